#if canImport(Glibc)
import Glibc
#endif
import CaseRecords
import Foundation

/// Files written where a person says (a printed plan), by a process that may hold more rights than the
/// person: never through a symbolic link, never into a hidden file or folder, never over a file.
extension FileSystem {
    /// Refuses a place a printed plan may never go. Checked before the export is audited, so a refused
    /// place leaves no export line (a folder that cannot be opened is the write's failure, audited as
    /// such); the write walks the path again, so nothing swapped in between is followed.
    static func checkPlaceForPerson(_ path: String) throws(StoreError) {
        let opened: (Int32, String)
        do { opened = try openFolderForPerson(path) } catch {
            if case .refused = error { throw error }
            return
        }
        let (folder, name) = opened
        defer { close(folder) }
        var info = stat()
        if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK { throw .refused(.exportThroughSymbolicLink(path: path)) }
            throw .refused(.fileExists(path: path))
        }
    }

    static func writeNewForPerson(_ path: String, _ data: Data, mode: mode_t) throws(StoreError) {
        let (folder, name) = try openFolderForPerson(path)
        defer { close(folder) }
        do {
            try writeNew(in: folder, name: name, shownAs: path, [data], mode: mode, sync: true)
        } catch let error {
            if case let .io(_, _, code) = error, code == EEXIST { throw .refused(.fileExists(path: path)) }
            throw error
        }
        // The folder was walked with O_PATH, which cannot be flushed; its own descriptor can.
        let readable = openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard readable >= 0 else { return }
        defer { close(readable) }
        guard fsync(readable) == 0 || Glibc.errno == EINVAL else { throw errno("flush the folder", path) }
    }

    /// O_PATH (Linux): a folder walked, not read, so one the person may only pass through still works.
    /// Glibc's module hides it behind _GNU_SOURCE; its value is the same on every Linux architecture.
    private static let openPathOnly: Int32 = 0o10000000

    private static func openFolderForPerson(_ path: String) throws(StoreError) -> (Int32, String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let name = parts.last, name != ".", name != ".." else { throw .io(operation: "create", path: path, code: EISDIR) }
        for part in parts where part.hasPrefix(".") && part != "." && part != ".." {
            throw .refused(.exportIntoHiddenPlace(path: path))
        }
        var fd = open(path.hasPrefix("/") ? "/" : ".", openPathOnly | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw errno("open", path) }
        for part in parts.dropLast() {
            let next = openat(fd, part, openPathOnly | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let failure = Glibc.errno
            var info = stat()
            let isLink = next < 0 && fstatat(fd, part, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFLNK
            close(fd)
            if isLink { throw .refused(.exportThroughSymbolicLink(path: path)) }
            guard next >= 0 else { throw .io(operation: "open", path: path, code: failure) }
            fd = next
        }
        return (fd, name)
    }
}
