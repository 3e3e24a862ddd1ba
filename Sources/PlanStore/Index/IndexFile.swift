#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords

/// The index file as the caseload was read from it, kept open (and mapped, unread) for the parts of a
/// row read only one row at a time. Another process may replace the index meanwhile: this one still
/// reads the file it parsed, which no rename can change.
final class IndexFile: IndexBytes, @unchecked Sendable {
    // Immutable after init; the mapping is only read.
    private let fd: Int32
    private let base: UnsafeRawPointer?
    let size: Int

    init?(path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else {
            close(fd)
            return nil
        }
        size = Int(info.st_size)
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        base = mapped == MAP_FAILED ? nil : UnsafeRawPointer(mapped)
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), size) }
        close(fd)
    }

    var file: IndexFile? { self }

    func read(into memory: UnsafeMutableBufferPointer<UInt8>, at: Int, count: Int, from offset: Int) -> Int {
        guard let base = memory.baseAddress, at + count <= memory.count else { return 0 }
        var total = 0
        while total < count {
            let n = pread(fd, base + at + total, count - total, off_t(offset + total))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            total += n
        }
        return total
    }

    /// The bytes in `range`, from the mapping (they are paged in only when a row's detail is asked for).
    func bytes(_ range: Range<Int>) -> [UInt8] {
        guard range.lowerBound >= 0, range.upperBound <= size else { return [] }
        if let base { return Array(UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)) }
        var buffer: [UInt8] = []
        let n = read(into: &buffer, count: range.count, at: range.lowerBound)
        return Array(buffer.prefix(n))
    }
}

