import CLibcrypto
import Foundation
import CaseRecords

/// SHA-256 and HMAC-SHA256, from the system's libcrypto. The one place that knows where the
/// cryptography comes from, so the choice can change without touching the audit trail.
public enum Digest {
    /// The SHA-256 of `parts` concatenated, as lowercase hex.
    public static func sha256Hex(_ parts: Data...) -> String {
        var joined = Data()
        for part in parts { joined.append(part) }
        return hex(sha256(joined))
    }

    /// The raw SHA-256 of `data` (32 bytes). EVP_Digest fails only when libcrypto cannot allocate;
    /// the zeros left then fail every check they are compared in.
    public static func sha256(_ data: Data) -> Data {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        _ = data.withUnsafeBytes { EVP_Digest($0.baseAddress, $0.count, &out, &length, enplan_sha256(), nil) }
        return Data(out)
    }

    /// The HMAC-SHA256 of `parts` concatenated under `key`, as lowercase hex.
    public static func hmacSHA256Hex(key: [UInt8], _ parts: Data...) -> String {
        var joined = Data()
        for part in parts { joined.append(part) }
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let result = key.withUnsafeBytes { keyBytes in
            joined.withUnsafeBytes { bytes in
                HMAC(enplan_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                     bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &out, &length)
            }
        }
        return result != nil ? hex(out.prefix(Int(length))) : String(repeating: "0", count: 64)
    }

    /// `count` bytes from the system's cryptographically secure generator, or nil when it has none.
    public static func randomBytes(_ count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        return RAND_bytes(&out, Int32(count)) == 1 ? out : nil
    }

    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        for b in bytes {
            text.append(digits[Int(b >> 4)])
            text.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Random numbers drawn from libcrypto a few kilobytes at a time: the system generator makes one
/// getrandom(2) call per number, and fresh ids for an import of 100,000 rows took 800,000 of them.
struct BufferedRandom: RandomNumberGenerator {
    private var buffer: [UInt64] = []
    private var fallback = SystemRandomNumberGenerator()

    mutating func next() -> UInt64 {
        if buffer.isEmpty, let bytes = Digest.randomBytes(4096) {
            buffer = stride(from: 0, to: bytes.count, by: 8).map { i in
                bytes[i..<(i + 8)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            }
        }
        return buffer.popLast() ?? fallback.next()
    }
}
