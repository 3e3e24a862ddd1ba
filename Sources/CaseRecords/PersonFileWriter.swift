/// How a store writes a file a person asked for (a letter, a list): where it may go, and the writing,
/// which never follows a symbolic link and never replaces a file. The file store's careful writer
/// serves every store, so a database store exports exactly as a folder does.
public struct PersonFileWriter: Sendable {
    public let check: @Sendable (_ path: String) throws(StoreError) -> Void
    public let write: @Sendable (_ path: String, _ text: String) throws(StoreError) -> Void

    public init(check: @escaping @Sendable (String) throws(StoreError) -> Void,
                write: @escaping @Sendable (String, String) throws(StoreError) -> Void) {
        self.check = check
        self.write = write
    }
}
