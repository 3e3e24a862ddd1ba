#if canImport(Glibc)
import Glibc
import CaseRecords
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few file operations the store's safety rests on, with their failure modes made explicit.
/// Foundation's atomic write is not used: on Linux it does not fsync the folder and can fall back to
/// a non-atomic write.
enum FileSystem {
    /// Permission bits the store uses: private by default, group-readable when the data folder is.
    struct Modes: Equatable, Sendable {
        var file: mode_t
        var folder: mode_t

        static let privateOnly = Modes(file: 0o600, folder: 0o700)
        static let groupReadable = Modes(file: 0o640, folder: 0o750)
    }

    static func errno(_ operation: String, _ path: String) -> StoreError {
        .io(operation: operation, path: path, code: Glibc.errno)
    }

    /// Writes `data` to `path` so that a reader sees the old or the new file whole, never a mix, and the
    /// new one survives a power cut once this returns: temp file, write, fsync, rename, fsync folder.
    static func replaceDurably(_ path: String, with data: Data, mode: mode_t) throws(StoreError) {
        try replaceDurably(path, with: [data], mode: mode)
    }

    /// The same for a file written in parts, one after the other (a large file need not be one buffer).
    static func replaceDurably(_ path: String, with parts: [Data], mode: mode_t) throws(StoreError) {
        let folder = PathName.parent(of: path)
        let name = PathName.lastComponent(of: path)
        var generator = SystemRandomNumberGenerator()
        let temp = folder + "/." + name + ".tmp.\(getpid()).\(generator.next() % 1_000_000_000)"
        try writeNew(temp, parts, mode: mode)
        guard rename(temp, path) == 0 else {
            let failure = errno("replace", path)
            unlink(temp)
            throw failure
        }
        try syncFolder(folder)
    }

    /// Writes a cache file in place: no new inode per write (a save pays for this one), no flush.
    /// A reader may catch it half written, and a crash may leave it so: a cache carries its own
    /// check (a MAC), and one that fails it is made again.
    static func overwrite(_ path: String, with data: Data, mode: mode_t) throws(StoreError) {
        // Never follows a link, and a pipe put in its place fails at once instead of waiting for a reader.
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else { throw errno("write", path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .oddFile(path: path, kind: .unknown) }
        try writeAll(fd, data, path: path)
        guard ftruncate(fd, off_t(data.count)) == 0 else { throw errno("write", path) }
    }

    /// Writes a file that must not exist yet, flushes and closes it; on any failure it is removed.
    /// A failed fsync is not retried: the kernel may have dropped the dirty pages already.
    static func writeNew(_ path: String, _ data: Data, mode: mode_t) throws(StoreError) {
        try writeNew(path, [data], mode: mode)
    }

    static func writeNew(_ path: String, _ parts: [Data], mode: mode_t) throws(StoreError) {
        try writeNew(in: AT_FDCWD, name: path, shownAs: path, parts, mode: mode, sync: true)
    }

    /// The same with `name` relative to an open folder; returns the file's stamp as written (nil
    /// when it could not be taken), which a rename later keeps.
    /// - Parameter sync: false for a file of a batch that is made durable all at once (`syncFileSystem`).
    @discardableResult
    static func writeNew(in folder: Int32, name: String, shownAs path: String, _ parts: [Data], mode: mode_t,
                         sync: Bool) throws(StoreError) -> Stamp? {
        let fd = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw errno("create", path) }
        do throws(StoreError) {
            guard fchmod(fd, mode) == 0 else { throw errno("set permissions on", path) }
            for data in parts { try writeAll(fd, data, path: path) }
            guard !sync || fsync(fd) == 0 else { throw errno("flush", path) }
        } catch {
            close(fd)
            unlinkat(folder, name, 0)
            throw error
        }
        var info = stat()
        let written = fstat(fd, &info) == 0 ? stamp(info) : nil
        guard close(fd) == 0 else {
            let failure = errno("close", path)
            unlinkat(folder, name, 0)
            throw failure
        }
        return written
    }

    /// Flushes every written file of the file system that holds `folder` with one syncfs(2), which
    /// reports a write-back error of any of them: a batch of thousands of files is durable at the cost
    /// of one flush instead of one per file.
    /// Without syncfs (not a Linux glibc), each file is flushed after all were written.
    static func syncFileSystem(of folder: String, files: [String]) throws(StoreError) {
        if let syncfs = FileSystem.syncfs {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw errno("flush", folder) }
            defer { close(fd) }
            guard syncfs(fd) == 0 else { throw errno("flush", folder) }
            return
        }
        for path in files {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw errno("flush", path) }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw errno("flush", path) }
        }
    }

    /// glibc's syncfs(2), looked up at run time: Swift's Glibc module leaves out the GNU extensions.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(StoreError) {
        var failure: StoreError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var p = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = write(fd, p, left)
                if n < 0 {
                    if Glibc.errno == EINTR { continue }
                    failure = errno("write", path)
                    return
                }
                if n == 0 {
                    failure = .io(operation: "write", path: path, code: ENOSPC)
                    return
                }
                left -= n
                p += n
            }
        }
        if let failure { throw failure }
    }

    static func syncFolder(_ folder: String) throws(StoreError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw errno("open the folder", folder) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw errno("flush the folder", folder) }
    }

    /// The whole file, or nil when it does not exist.
    /// A whole regular file, or nil when there is none. Never follows a symbolic link, and refuses a
    /// folder, a device or a pipe where a file belongs (O_NONBLOCK: opening a pipe never hangs).
    /// At most the first `count` bytes of a regular file, or nil when it cannot be read.
    static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, count) }
        return n > 0 ? Array(buffer.prefix(n)) : nil
    }

    static func read(_ path: String) throws(StoreError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd < 0 {
            if Glibc.errno == ENOENT { return nil }
            if Glibc.errno == ELOOP { throw .oddFile(path: path, kind: .symbolicLink) }
            throw errno("read", path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw errno("read", path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .oddFile(path: path, kind: StoreError.OddKind(mode: info.st_mode)) }
        var data = Data(count: Int(info.st_size))
        var total = 0
        var failure: StoreError?
        data.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            while total < raw.count {
                let n = Glibc.read(fd, base + total, raw.count - total)
                if n < 0 {
                    if Glibc.errno == EINTR { continue }
                    failure = errno("read", path)
                    return
                }
                if n == 0 { break }
                total += n
            }
        }
        if let failure { throw failure }
        if total < data.count { data.removeSubrange(total...) }
        return data
    }

    /// Creates `path` as a folder with `mode` unless it exists. Returns whether it was created.
    @discardableResult
    static func makeFolder(_ path: String, mode: mode_t) throws(StoreError) -> Bool {
        if mkdir(path, mode) == 0 {
            guard chmod(path, mode) == 0 else { throw errno("set permissions on", path) }
            return true
        }
        if Glibc.errno == EEXIST { return false }
        throw errno("create the folder", path)
    }

    /// Names in a folder, without "." and "..".
    static func list(_ folder: String) throws(StoreError) -> [String] {
        guard let dir = opendir(folder) else {
            if Glibc.errno == ENOENT { return [] }
            throw errno("list", folder)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What identifies one version of a file without reading it: a rename gives a new inode, a write a
    /// new mtime and usually a new size.
    struct Stamp: Equatable, Codable, Sendable {
        var inode: UInt64
        var size: Int64
        var modifiedNanoseconds: Int64
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return stamp(info)
    }

    /// The stamp of `name` inside an open folder: saves resolving the whole path for every file.
    static func stamp(in folder: Int32, _ name: String) -> Stamp? {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return stamp(info)
    }

    static func stamp(_ info: stat) -> Stamp {
        Stamp(inode: UInt64(info.st_ino), size: Int64(info.st_size),
                     modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// Why `path` cannot be looked at (ENOENT, EACCES, …), or nil when it can.
    static func statError(_ path: String) -> Int32? {
        var info = stat()
        return stat(path, &info) == 0 ? nil : Glibc.errno
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The kind of file at `path` (S_IFDIR, S_IFREG, …), following links; nil when there is none.
    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// Seconds since the file (not a link's target) was last modified.
    static func age(_ path: String) -> Double? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec - info.st_mtim.tv_sec)
    }

    static func removeTree(_ path: String) throws(StoreError) {
        for name in try list(path) {
            let child = path + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                try removeTree(child)
            } else if unlink(child) != 0 {
                throw errno("remove", child)
            }
        }
        if rmdir(path) != 0 && Glibc.errno != ENOENT { throw errno("remove", path) }
    }

    static func processIsAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || Glibc.errno == EPERM
    }
}

/// An exclusive `flock` on a dedicated lock file that is never replaced; the kernel releases it when
/// the process dies, even by kill -9.
final class FileLock {
    private let fd: Int32

    init(path: String, mode: mode_t) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileSystem.errno("open the lock", path) }
        while flock(fd, LOCK_EX) != 0 {
            if Glibc.errno == EINTR { continue }
            let failure = FileSystem.errno("lock", path)
            close(fd)
            throw failure
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
