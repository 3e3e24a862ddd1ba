#if canImport(Glibc)
import Glibc
#endif
import CaseRecords
import Foundation

/// The data folder's secret: 32 random bytes in `enplan.key` (0600), made when the folder is made
/// (or on the first writable open of an older folder). It keys the audit trail's chain, so lines
/// cannot be altered or removed and the chain recomputed by someone who can only read the trail, and
/// the CPR digests in the index, so the index holds no CPR number.
struct StoreKey: Sendable {
    let bytes: [UInt8]
    /// When the key was made (UTC, as audit times are written): unkeyed audit lines dated after it
    /// were not written by enplan.
    let created: String?

    /// The key of the folder, made if missing and `create` allows; nil when there is none to read.
    static func load(_ path: String, create: Bool) throws(StoreError) -> StoreKey? {
        if let data = try FileSystem.read(path) {
            guard let key = StoreKey(hex: data) else {
                throw .folderUnusable(path: path, .keyDamaged)
            }
            return key
        }
        guard create else { return nil }
        guard let bytes = Digest.randomBytes(32) else {
            throw .io(operation: "make a random key for", path: path, code: EIO)
        }
        // Written whole under a temporary name, then linked into place: a reader never sees half a
        // key, and if another enplan made one first, theirs is used.
        let temp = path + ".tmp.\(getpid())"
        unlink(temp)
        let created = AuditTrail.timestamp(Date())
        try FileSystem.writeNew(temp, Data((Digest.hex(bytes) + "\n" + created + "\n").utf8), mode: 0o600)
        defer { unlink(temp) }
        if link(temp, path) != 0 {
            guard errno == EEXIST else { throw FileSystem.errno("create", path) }
            return try load(path, create: false)
        }
        try FileSystem.syncFolder(PathName.parent(of: path))
        return StoreKey(bytes: bytes, created: created)
    }

    init(bytes: [UInt8], created: String?) {
        self.bytes = bytes
        self.created = created
    }

    /// The key file: the key in hex on the first line, the time it was made on the second.
    init?(hex data: Data) {
        let lines = data.split(separator: 0x0A).map { $0.filter { $0 != 0x0D } }
        guard let text = lines.first, text.count == 64 else { return nil }
        created = lines.count > 1 ? String(decoding: lines[1], as: UTF8.self) : nil
        var bytes: [UInt8] = []
        var high: UInt8?
        for c in text {
            let v: UInt8
            switch c {
            case 0x30...0x39: v = c - 0x30
            case 0x61...0x66: v = c - 0x61 + 10
            default: return nil
            }
            if let h = high {
                bytes.append(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
        self.bytes = bytes
    }

    func mac(_ parts: Data...) -> String {
        var joined = Data()
        for part in parts { joined.append(part) }
        return Digest.hmacSHA256Hex(key: bytes, joined)
    }

    /// What the index keeps of a CPR number: enough to find a second citizen with the same number.
    func cprDigest(_ digits: String) -> String { mac(Data(("cpr:" + digits).utf8)) }
}
