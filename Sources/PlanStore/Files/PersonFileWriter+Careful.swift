import CaseRecords
import Foundation

extension PersonFileWriter {
    /// Files a person asked for, private to them (0600), never through a link, never over a file.
    public static let careful = PersonFileWriter(
        check: { path throws(StoreError) in try FileSystem.checkPlaceForPerson(path) },
        write: { path, text throws(StoreError) in try FileSystem.writeNewForPerson(path, Data(text.utf8), mode: 0o600) })
}
