import Dispatch
import Foundation
import CaseRecords
import PlanCore

/// Where an index is read from: the file (whose rows' tails stay in it), or memory.
protocol IndexBytes: Sendable {
    var size: Int { get }
    /// The file the rows' tails can be read from later; nil: keep them as text.
    var file: IndexFile? { get }
    /// Reads up to `count` bytes at `offset` into `memory[at...]`; returns how many.
    func read(into memory: UnsafeMutableBufferPointer<UInt8>, at: Int, count: Int, from offset: Int) -> Int
}

extension IndexBytes {
    /// Reads up to `count` bytes at `offset` into `buffer` (grown as needed); returns how many.
    func read(into buffer: inout [UInt8], count: Int, at offset: Int) -> Int {
        if buffer.count < count { buffer += [UInt8](repeating: 0, count: count - buffer.count) }
        return buffer.withUnsafeMutableBufferPointer { read(into: $0, at: 0, count: count, from: offset) }
    }
}

struct MemoryBytes: IndexBytes {
    let data: [UInt8]
    var size: Int { data.count }
    var file: IndexFile? { nil }

    func read(into memory: UnsafeMutableBufferPointer<UInt8>, at: Int, count: Int, from offset: Int) -> Int {
        let n = max(0, min(count, data.count - offset, memory.count - at))
        for i in 0..<n { memory[at + i] = data[offset + i] }
        return n
    }
}

/// Reading an index: a chunk at a time, on both cores, a coordinator's own rows alone when asked.
extension SummaryIndex {
    /// An index held in memory (the fuzz tests): parsed like the file, its rows' tails kept as text.
    static func decode(_ data: Data) -> SummaryIndex? { decode(MemoryBytes(data: [UInt8](data))) }

    /// Reads the file in chunks, never whole: the header and the damaged documents first, then the
    /// entries in two halves, one per core, split at a line's end. Each row's tail stays in the file.
    static func decode(_ source: some IndexBytes, onlyCoordinator: String? = nil) -> SummaryIndex? {
        var head = LineStream(source, 0..<source.size)
        var index = SummaryIndex(entries: [])
        guard let first = head.next(), parseHeader(first.line, into: &index) else { return nil }
        var bodyStart = head.position
        var groups: [(String, Range<Int>)] = []
        while let next = head.next(), next.line.first == UInt8(ascii: "!") || next.line.first == UInt8(ascii: "@") {
            var fields = [Bytes](repeating: next.line[next.line.startIndex..<next.line.startIndex], count: 4)
            guard split(next.line, into: &fields) else { return nil }
            if next.line.first == UInt8(ascii: "@") {
                guard let start = SummaryText.parseInt(fields[2]).flatMap(Int.init(exactly:)), let end = SummaryText.parseInt(fields[3]).flatMap(Int.init(exactly:)),
                      start >= 0, start <= end else { return nil }
                groups.append((SummaryText.unescape(fields[1]), start..<end))
            } else {
                index.damaged.append(DamagedDocument(id: SummaryText.unescape(fields[1]), path: SummaryText.unescape(fields[2]), reason: SummaryText.unescape(fields[3])))
            }
            bodyStart = head.position
        }
        index.groups = Dictionary(groups, uniquingKeysWith: { a, _ in a })
        var range = bodyStart..<source.size
        if let only = onlyCoordinator, index.inListOrder, index.groups.count == groups.count {
            // One coordinator's own rows: what a coordinator's session shows first.
            index.partial = only
            guard let own = index.groups[only] else { return index }   // none of their own
            range = min(source.size, bodyStart + own.lowerBound)..<min(source.size, bodyStart + own.upperBound)
        }
        let middle = lineEnd(in: source, from: range.lowerBound + range.count / 2, limit: range.upperBound)
        let halves = [range.lowerBound..<middle, middle..<range.upperBound]
        let parsed = Concurrently.map(2) { half in entries(in: source, halves[half]) }
        guard let firstHalf = parsed[0], let secondHalf = parsed[1] else { return nil }
        index.entries = firstHalf + secondHalf
        if let only = index.partial, !index.entries.allSatisfy({ $0.summary.coordinator == only }) { return nil }
        return index
    }

    private static func parseHeader(_ line: Bytes, into index: inout SummaryIndex) -> Bool {
        var head = [Bytes](repeating: line[line.startIndex..<line.startIndex], count: 5)
        guard split(line, into: &head), String(decoding: head[0], as: UTF8.self) + "\t" + String(decoding: head[1], as: UTF8.self) == magic,
              let inode = SummaryText.parseInt(head[2]).flatMap(UInt64.init(exactly:)), let mtime = SummaryText.parseInt(head[3]) else { return false }
        index.folder = inode == 0 && mtime == 0 ? nil : FileSystem.Stamp(inode: inode, size: 0, modifiedNanoseconds: mtime)
        index.inListOrder = String(decoding: head[4], as: UTF8.self) == "list"
        return true
    }

    /// The offset just past the first newline at or after `offset`, at most `limit`.
    private static func lineEnd(in source: some IndexBytes, from offset: Int, limit: Int) -> Int {
        var buffer: [UInt8] = []
        var at = offset
        while at < limit {
            let n = source.read(into: &buffer, count: min(4096, limit - at), at: at)
            guard n > 0 else { return limit }
            if let i = buffer.prefix(n).firstIndex(of: 0x0A) { return at + i + 1 }
            at += n
        }
        return limit
    }

    /// The entries of the lines in `range`, or nil when any of them is damaged.
    private static func entries(in source: some IndexBytes, _ range: Range<Int>) -> [Entry]? {
        var lines = LineStream(source, range)
        var result: [Entry] = []
        result.reserveCapacity(range.count / 400)
        while let next = lines.next() {
            guard !next.line.isEmpty else { continue }
            var fields = [Bytes](repeating: next.line[next.line.startIndex..<next.line.startIndex], count: Field.allCases.count)
            guard next.line.first != UInt8(ascii: "!"), split(next.line, into: &fields),
                  let entry = entry(fields, file: source.file, bufferOffset: next.bufferOffset) else { return nil }
            result.append(entry)
        }
        return result
    }

    /// Lines of a range of the source, read a chunk at a time; each line is valid until the next.
    private struct LineStream<Source: IndexBytes> {
        let source: Source
        let end: Int
        /// The file offset of the next line.
        private(set) var position: Int
        private let buffer = ChunkBuffer()
        private var bufferStart = 0   // file offset of buffer[0]
        private var filled = 0
        private var cursor = 0        // index in buffer of the next line
        static var chunk: Int { 1 << 18 }

        init(_ source: Source, _ range: Range<Int>) {
            self.source = source
            end = range.upperBound
            position = range.lowerBound
            bufferStart = range.lowerBound
        }

        /// The next line (without its newline) and the file offset of its buffer's first byte.
        mutating func next() -> (line: Bytes, bufferOffset: Int)? {
            guard position < end else { return nil }
            while true {
                let bytes = UnsafeBufferPointer(buffer.memory)
                if let base = bytes.baseAddress, cursor < filled, let found = memchr(base + cursor, 0x0A, filled - cursor) {
                    let nl = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    let start = cursor
                    cursor = nl + 1
                    position = bufferStart + cursor
                    return (bytes[start..<nl], bufferStart)
                }
                // No whole line left: keep the partial one at the front, read on after it.
                let kept = filled - cursor
                buffer.keep(cursor..<filled)
                bufferStart += cursor
                cursor = 0
                filled = kept
                let want = min(LineStream.chunk, end - (bufferStart + filled))
                guard want > 0 else {
                    // The last line has no newline.
                    guard filled > 0 else { return nil }
                    cursor = filled
                    position = end
                    return (UnsafeBufferPointer(buffer.memory)[0..<filled], bufferStart)
                }
                buffer.reserve(filled + want)
                let n = source.read(into: buffer.memory, at: filled, count: want, from: bufferStart + filled)
                guard n > 0 else {
                    position = end
                    return nil
                }
                filled += n
            }
        }
    }

    /// The memory a line stream reads into: grown when a line is longer than what is left.
    private final class ChunkBuffer {
        private(set) var memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)

        deinit { memory.deallocate() }

        func reserve(_ count: Int) {
            guard count > memory.count else { return }
            // Grown to what a long line needs, not doubled: two of these live at once.
            let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count + (1 << 16))
            _ = bigger.initialize(from: memory)
            memory.deallocate()
            memory = bigger
        }

        /// Moves `range` to the front.
        func keep(_ range: Range<Int>) {
            guard range.lowerBound > 0, let base = memory.baseAddress else { return }
            base.update(from: base + range.lowerBound, count: range.count)
        }
    }
}
