import CaseRecords
import CLibpq
import Foundation

/// One connection to the server through libpq: parameters always travel apart from the SQL (no text
/// of a person is ever spliced into a statement), every result is read as text, and every failure is
/// a `StoreError` in words.
final class Connection {
    private let handle: OpaquePointer
    /// Where the records are, as a person may see it (no password).
    let place: String
    /// What this connection's session was told (settings, who is acting, what it listens to): told
    /// again when a dropped connection is made again, so it goes on as the same person.
    private var session: [(sql: String, parameters: [String?])] = []

    init(_ conninfo: String, place: String) throws(StoreError) {
        self.place = place
        if let missing = enplan_pq_load() { throw .unreachable(place: place, reason: String(cString: missing)) }
        guard let handle = enplan_PQconnectdb(conninfo) else { throw .unreachable(place: place, reason: "libpq could not allocate a connection") }
        guard enplan_PQstatus(handle) == CONNECTION_OK else {
            let reason = Connection.words(enplan_PQerrorMessage(handle))
            enplan_PQfinish(handle)
            throw .unreachable(place: place, reason: reason)
        }
        self.handle = handle
        // Plain text in and out, UTF-8, and no statement left waiting for ever on a lock.
        try setSession("SET client_encoding = 'UTF8'")
        try setSession("SET lock_timeout = '10s'")
    }

    /// Runs a statement that sets up the session, and keeps it to run again on a new connection.
    func setSession(_ sql: String, _ parameters: [String?] = []) throws(StoreError) {
        try execute(sql, parameters)
        session.append((sql, parameters))
    }

    /// A connection the server dropped (a restart, the network) is made again before the next
    /// statement, and told its session again. The statement that found it dropped has already failed
    /// in words; nothing is sent twice.
    private func reconnectIfDropped() throws(StoreError) {
        guard enplan_PQstatus(handle) != CONNECTION_OK else { return }
        enplan_PQreset(handle)
        guard enplan_PQstatus(handle) == CONNECTION_OK else {
            throw .unreachable(place: place, reason: Connection.words(enplan_PQerrorMessage(handle)))
        }
        for statement in session { try execute(statement.sql, statement.parameters) }
    }

    deinit { enplan_PQfinish(handle) }

    /// The rows of a statement, each a list of its columns as text (nil for NULL).
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> [[String?]] {
        try reconnectIfDropped()
        let result = withCStrings(parameters) { pointers in
            enplan_PQexecParams(handle, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        defer { enplan_PQclear(result) }
        switch enplan_PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return []
        case PGRES_TUPLES_OK:
            let rows = Int(enplan_PQntuples(result)), columns = Int(enplan_PQnfields(result))
            var table: [[String?]] = []
            table.reserveCapacity(rows)
            for r in 0..<rows {
                table.append((0..<columns).map { c in
                    enplan_PQgetisnull(result, Int32(r), Int32(c)) == 1 ? nil : enplan_PQgetvalue(result, Int32(r), Int32(c)).map { String(cString: $0) }
                })
            }
            return table
        default:
            throw failure(result)
        }
    }

    /// The payloads of the notifications on `channel` other connections sent since the last call,
    /// without waiting (libpq reads what the socket has).
    func notifications() -> [String] {
        guard enplan_PQconsumeInput(handle) == 1 else { return [] }
        let own = enplan_PQbackendPID(handle)
        var payloads: [String] = []
        while let note = enplan_PQnotifies(handle) {
            if note.pointee.be_pid != own, let extra = note.pointee.extra { payloads.append(String(cString: extra)) }
            enplan_PQfreemem(note)
        }
        return payloads
    }

    /// Runs a script of several statements, none with parameters (the schema's migrations).
    func run(script: String) throws(StoreError) {
        try reconnectIfDropped()
        let result = enplan_PQexec(handle, script)
        defer { enplan_PQclear(result) }
        let status = enplan_PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY else { throw failure(result) }
    }

    /// Runs `body` in one transaction: everything it did is committed together, or nothing is.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// The error of a failed statement: its SQLSTATE decides the kind, the server's words say why.
    private func failure(_ result: OpaquePointer?) -> StoreError {
        guard enplan_PQstatus(handle) == CONNECTION_OK else {
            return .unreachable(place: place, reason: Connection.words(enplan_PQerrorMessage(handle)))
        }
        let state = enplan_PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        let message = enplan_PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
            ?? Connection.words(enplan_PQerrorMessage(handle))
        return .database(DatabaseProblem(state: state, message: message))
    }

    private static func words(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "no reason given" }
        return String(cString: text).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }
}

/// The parameters as C strings for as long as the call runs.
private func withCStrings<R>(_ values: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    var storage: [UnsafeMutablePointer<CChar>?] = values.map { $0.flatMap { strdup($0) } }
    defer { storage.forEach { free($0) } }
    return storage.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return body(nil) }
        return base.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: values.count) { body($0) }
    }
}
