#if canImport(Glibc)
import Glibc
#endif
import CaseRecords
import Foundation

/// An open folder, for batches of thousands of files: each create or move names the file relative to
/// the folder, so the kernel does not walk the whole path again for every one of them.
final class FolderHandle {
    let path: String
    let descriptor: Int32

    init(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.errno("open the folder", path) }
        self.path = path
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Writes a file that must not exist yet and closes it, unflushed (its batch is made durable at
    /// once, see `FileSystem.syncFileSystem`); on any failure it is removed. Returns its stamp.
    func writeNew(_ name: String, _ data: Data, mode: mode_t) throws(StoreError) -> FileSystem.Stamp? {
        try FileSystem.writeNew(in: descriptor, name: name, shownAs: path + "/" + name, [data], mode: mode, sync: false)
    }

    /// Moves `name` into `target` under the same name, never replacing a file there: with
    /// renameat2's RENAME_NOREPLACE the check and the move are one step; where the kernel or the file
    /// system lacks it, a look first.
    func move(_ name: String, to target: FolderHandle) throws(StoreError) {
        let targetPath = target.path + "/" + name
        if let renameat2 = FolderHandle.renameat2 {
            if renameat2(descriptor, name, target.descriptor, name, FolderHandle.noReplace) == 0 { return }
            let code = Glibc.errno
            if code == EEXIST { throw FolderHandle.appeared(targetPath) }
            guard code == EINVAL || code == ENOSYS else { throw .io(operation: "move into place", path: targetPath, code: code) }
        }
        var info = stat()
        if fstatat(target.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 { throw FolderHandle.appeared(targetPath) }
        guard renameat(descriptor, name, target.descriptor, name) == 0 else {
            throw FileSystem.errno("move into place", targetPath)
        }
    }

    private static func appeared(_ path: String) -> StoreError {
        // Never replace a document: an id clash after commit means someone created it meanwhile.
        .io(operation: "move into place (a document of that id appeared meanwhile)", path: path, code: EEXIST)
    }

    private static let noReplace: UInt32 = 1
    private static let exchangeFlag: UInt32 = 2

    /// Whether this C library has renameat2 (the file system may still refuse an exchange).
    static var canExchange: Bool { renameat2 != nil }

    /// Exchanges two paths in one step (RENAME_EXCHANGE): each ends up under the other's name, and a
    /// reader sees one or the other, never neither. False when the kernel or file system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
    }

    /// glibc's renameat2(2), looked up at run time: Swift's Glibc module leaves out the GNU extensions.
    private static let renameat2: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
    }()
}
