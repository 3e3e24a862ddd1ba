import Foundation
@testable import TerminalKit
import Testing
import TestSupport

/// The theme parser reads files a person edits: garbage is a named error, never a crash or a hang.
@Suite struct ThemeFuzzTests {
    @Test func themeParser() {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/theme").path
        var fuzzer = Fuzzer(target: "theme", corpus: folder, dictionary: ["[selection]", "fg = ", "bg = \"#", "attrs = [", "#ff"])
        let tried = fuzzer.run { input in
            guard let theme = try? Theme.parse(String(decoding: input, as: UTF8.self), file: "fuzz.toml") else { return }
            for colors in [0, 8, 16, 256] { _ = theme.style(.text, colors: colors) }
        }
        #expect(tried > fuzzer.corpus.count)
    }
}
