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
        if confirmingDiscard != nil { return ModalForm.answerDiscard(key, &confirmingDiscard) }
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
            ModalForm.drawDiscard(on: &canvas, selected: choice, strings: s)
            cursor = nil
        }
        return cursor
    }

    /// A key while "discard what you typed?" is asked (0 discard, 1 keep editing): `.close` once the
    /// user discards; the question goes away when they keep editing.
    static func answerDiscard(_ key: Key, _ choice: inout Int?) -> Event? {
        guard let selected = choice else { return nil }
        switch key {
        case .left, .right, .tab, .backTab: choice = 1 - selected
        case .enter:
            if selected == 0 { return .close }
            choice = nil
        case .escape: choice = nil
        default: break
        }
        return nil
    }

    static func drawDiscard(on canvas: inout Canvas, selected: Int, strings s: Strings) {
        Dialog.draw(on: &canvas, in: canvas.bounds, title: s.discardTitle, message: s.discardQuestion,
                    buttons: [s.discard, s.keepEditing], selected: selected)
    }
}
