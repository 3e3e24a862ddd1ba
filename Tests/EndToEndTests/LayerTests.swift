import Foundation
import Testing

/// The layers of DESIGN.md, read off the sources: the screens and the command line reach a store only
/// through the records seam, and which store serves a command is decided in one file.
@Suite struct LayerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The Swift files under `Sources/<target>`, by path from there, with their text.
    static func files(of target: String) -> [(path: String, text: String)] {
        let root = sources.appendingPathComponent(target)
        let names = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        return names.sorted().compactMap { name in
            (try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)).map { (target + "/" + name, $0) }
        }
    }

    static func imports(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard let i = words.firstIndex(of: "import"), i + 1 < words.count else { return nil }
            return words[..<i].allSatisfy({ $0.hasPrefix("@") }) ? String(words[i + 1]) : nil
        })
    }

    /// Names of the concrete stores, and their module, that nothing above the seam may use.
    static func namesAConcreteStore(_ text: String) -> Bool {
        imports(text).contains("PlanStore") || text.range(of: #"\bCaseStore\b"#, options: .regularExpression) != nil
    }

    @Test func theScreensKnowOnlyTheSeam() {
        let files = LayerTests.files(of: "EnplanApp")
        #expect(files.count > 40, "the screens' sources are found")
        let offenders = files.filter { LayerTests.namesAConcreteStore($0.text) }.map(\.path)
        #expect(offenders.isEmpty, "these screen files name the concrete store: \(offenders)")
    }

    @Test func theCommandLineChoosesTheStoreInOneFile() {
        let files = LayerTests.files(of: "enplan")
        #expect(files.count > 15, "the command line's sources are found")
        let naming = files.filter { LayerTests.namesAConcreteStore($0.text) }.map(\.path)
        #expect(naming == ["enplan/Backend.swift"], "only Backend.swift may name the concrete store: \(naming)")
    }

    @Test func theSeamImportsOnlyTheDomain() {
        let files = LayerTests.files(of: "CaseRecords")
        #expect(files.count > 10)
        for file in files {
            let ours = LayerTests.imports(file.text).subtracting(["Foundation", "Glibc", "PlanCore"])
            #expect(ours.isEmpty, "\(file.path) imports \(ours)")
        }
    }
}
