import TerminalKit

/// A form over a screen, with the question to ask before throwing away what was typed.
public struct ModalForm {
    public var form: Form
    /// Showing "discard what you typed?"; the selected button (0 discard, 1 keep editing).
    public var confirmingDiscard: Int?

    public enum Event: Equatable { case submit, close }

    public init(_ form: Form) { self.form = form }

    /// Handles a key; `.close` once the form should go away unsaved, `.submit` when the user saves.
    public mutating func handle(_ key: Key, width: Int) -> Event? {
        if let choice = confirmingDiscard {
            switch key {
            case .left, .right, .tab, .backTab: confirmingDiscard = 1 - choice
            case .enter:
                if choice == 0 { return .close }
                confirmingDiscard = nil
            case .escape: confirmingDiscard = nil
            default: break
            }
            return nil
        }
        switch form.handle(key, width: width) {
        case .cancel?:
            guard form.changed else { return .close }
            confirmingDiscard = 1
            return nil
        case .submit?:
            return .submit
        case nil:
            return nil
        }
    }

    /// Draws the form with the key hint below it, and the discard question when it is asked.
    public func draw(on canvas: inout Canvas, strings s: Strings) -> (x: Int, y: Int)? {
        var cursor = form.draw(on: &canvas, in: canvas.bounds)
        let hint = Rect(x: 0, y: canvas.bounds.maxY - 1, width: canvas.bounds.width, height: 1)
        canvas.fill(hint)
        canvas.write(s.formHint, x: 0, y: hint.y, maxWidth: hint.width, role: .muted)
        if let choice = confirmingDiscard {
            Dialog.draw(on: &canvas, in: canvas.bounds, title: s.discardTitle, message: s.discardQuestion,
                        buttons: [s.discard, s.keepEditing], selected: choice)
            cursor = nil
        }
        return cursor
    }
}
