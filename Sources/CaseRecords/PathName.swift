/// The parts of a path, worked out on its characters. Foundation's `NSString` path functions trap on
/// some strings on Linux (a one-letter last component such as `--data d`, or `æ`), and a path a
/// user typed must never crash enplan.
public enum PathName {
    /// The path without trailing slashes ("/" stays "/").
    package static func trimmed(_ path: String) -> Substring {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        if end == path.startIndex && !path.isEmpty { return "/" }
        return path[..<end]
    }

    /// The last component: "b" for "a/b" and "a/b/", "/" for "/", "" for "".
    public static func lastComponent(of path: String) -> String {
        let body = trimmed(path)
        if body == "/" { return "/" }
        guard let slash = body.lastIndex(of: "/") else { return String(body) }
        return String(body[body.index(after: slash)...])
    }

    /// The folder that holds the path: "a" for "a/b", "/" for "/x", "" for "d" (the current folder).
    public static func parent(of path: String) -> String {
        let body = trimmed(path)
        if body == "/" { return "/" }
        guard let slash = body.lastIndex(of: "/") else { return "" }
        var end = slash
        while end > body.startIndex, body[body.index(before: end)] == "/" { end = body.index(before: end) }
        return end == body.startIndex ? "/" : String(body[..<end])
    }
}
