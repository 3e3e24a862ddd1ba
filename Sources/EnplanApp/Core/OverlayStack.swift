/// The layers over the screen, bottom first: the top one gets each key first. The only way the
/// layers change, so no update reaches into the list by index.
public struct OverlayStack: Sequence {
    private var layers: [Overlay] = []

    public init() {}

    public var top: Overlay? { layers.last }
    public var isEmpty: Bool { layers.isEmpty }

    /// Opens a layer over the others.
    mutating func push(_ overlay: Overlay) { layers.append(overlay) }

    /// Closes the top layer.
    @discardableResult
    mutating func pop() -> Overlay? { layers.popLast() }

    /// The top layer after a key changed it (a form with one more letter typed).
    mutating func replaceTop(with overlay: Overlay) {
        guard !layers.isEmpty else { return push(overlay) }
        layers[layers.count - 1] = overlay
    }

    public func makeIterator() -> IndexingIterator<[Overlay]> { layers.makeIterator() }
}
