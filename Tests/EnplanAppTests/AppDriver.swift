import EnplanApp
import TerminalKit

/// A person at the keyboard of an app under test: keys pressed, text typed, the screen read.
extension App {
    func press(_ keys: Key...) { for k in keys { handle(.key(k)) } }

    func type(_ text: String) { for ch in text { handle(.key(.character(ch))) } }

    /// The screen as text, drawn as a terminal would.
    func screenText(unicode: Bool = true) -> String { Golden.render(self, unicode: unicode).text }
}
