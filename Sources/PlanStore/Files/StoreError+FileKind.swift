#if canImport(Glibc)
import Glibc
#endif
import CaseRecords

extension StoreError.OddKind {
    /// What stands at a path, from its stat mode.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symbolicLink
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFIFO: self = .pipe
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }
}
