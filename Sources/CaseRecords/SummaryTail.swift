/// Where a summary's tail can be read from without holding it in memory (the index file, mapped).
package protocol SummaryTailBytes: AnyObject, Sendable {
    func bytes(_ range: Range<Int>) -> [UInt8]
}

/// The part of a summary row read one row at a time: in memory, or where it lies in the index file.
package enum SummaryTail: Sendable {
    case text(String)
    /// Where the CPR digest and the fields from the overall goal to the line's end lie in the file.
    case file(any SummaryTailBytes, TailPlace)

    package var text: String {
        switch self {
        case let .text(t): return t
        case let .file(file, place):
            let digest = Int(place.digestStart)..<Int(place.digestStart) + Int(place.digestLength)
            let rest = Int(place.restStart)..<Int(place.restStart) + Int(place.restLength)
            return String(decoding: file.bytes(digest) + [0x09] + file.bytes(rest), as: UTF8.self)
        }
    }
}

/// Offsets into an index file in 32 bits: sixteen bytes a citizen rather than thirty-two. An index
/// too large for them (over 4 GiB) keeps its tails as text.
package struct TailPlace: Sendable {
    package let digestStart: UInt32
    package let restStart: UInt32
    package let restLength: UInt32
    package let digestLength: UInt16

    package init?(digest: Range<Int>, rest: Range<Int>) {
        guard let d = UInt32(exactly: digest.lowerBound), let dl = UInt16(exactly: digest.count),
              let r = UInt32(exactly: rest.lowerBound), let rl = UInt32(exactly: rest.count) else { return nil }
        (digestStart, digestLength, restStart, restLength) = (d, dl, r, rl)
    }
}
