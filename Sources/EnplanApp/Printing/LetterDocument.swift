/// A printed letter as blocks, written out as Markdown or as one self-contained HTML page. The
/// letter decides what to say; this decides only how it looks, so both formats say the same.
struct LetterDocument {
    enum Block {
        case title(String)
        case subtitle(String)
        case heading(String)
        case paragraph(String)
        /// The citizen's own words, set apart.
        case quote(String)
        case bullets([(text: String, level: Int)])
        /// Lines to sign on: who signs.
        case signatures(intro: String, signers: [String], date: String)
    }

    var language: String
    var blocks: [Block] = []

    mutating func add(_ block: Block) { blocks.append(block) }

    // MARK: - Markdown

    var markdown: String {
        var out = ""
        for block in blocks {
            switch block {
            case let .title(t): out += "# \(md(t))\n\n"
            case let .subtitle(t): out += "\(md(t))\n\n"
            case let .heading(t): out += "## \(md(t))\n\n"
            case let .paragraph(t): out += t.split(separator: "\n", omittingEmptySubsequences: false).map { md(String($0)) }.joined(separator: "  \n") + "\n\n"
            case let .quote(t): out += t.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + md(String($0)) }.joined(separator: "\n") + "\n\n"
            case let .bullets(items):
                out += items.map { String(repeating: "  ", count: $0.level) + "- " + md($0.text) }.joined(separator: "\n") + "\n\n"
            case let .signatures(intro, signers, date):
                out += md(intro) + "\n\n"
                for signer in signers {
                    out += "\(md(signer)): \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \(md(date)): \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n"
                }
            }
        }
        return out
    }

    /// Keeps a citizen's own words from turning into Markdown (or HTML inside it).
    private func md(_ s: String) -> String {
        var out = ""
        for (i, ch) in s.enumerated() {
            if "\\`*_[]<>#|~".contains(ch) || (i == 0 && "+-=".contains(ch)) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    // MARK: - HTML

    /// One page, no scripts and nothing fetched: it prints the same from any browser.
    var html: String {
        var body = ""
        var title = ""
        for block in blocks {
            switch block {
            case let .title(t):
                title = t
                body += "<h1>\(h(t))</h1>\n"
            case let .subtitle(t): body += "<p class=\"sub\">\(h(t))</p>\n"
            case let .heading(t): body += "<h2>\(h(t))</h2>\n"
            case let .paragraph(t): body += "<p>\(lines(t))</p>\n"
            case let .quote(t): body += "<blockquote>\(lines(t))</blockquote>\n"
            case let .bullets(items): body += list(items[...], level: 0)
            case let .signatures(intro, signers, date):
                body += "<p>\(h(intro))</p>\n<table class=\"sign\">\n"
                for signer in signers {
                    body += "<tr><td>\(h(signer))</td><td class=\"line\"></td><td>\(h(date))</td><td class=\"line short\"></td></tr>\n"
                }
                body += "</table>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(h(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(h(title))</title>
        <style>
        body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #111; }
        h1 { font-size: 20pt; margin-bottom: 0.2em; }
        h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
        .sub { color: #444; margin-top: 0; }
        blockquote { font-style: italic; border-left: 3px solid #999; margin-left: 0; padding-left: 1em; }
        table.sign { width: 100%; margin-top: 2.5em; border-collapse: separate; border-spacing: 0.5em 2.5em; }
        td.line { border-bottom: 1px solid #111; width: 55%; }
        td.line.short { width: 20%; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table.sign { break-inside: avoid; } }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private func list(_ items: ArraySlice<(text: String, level: Int)>, level: Int) -> String {
        var out = "<ul>\n"
        var rest = items
        while let first = rest.first {
            rest = rest.dropFirst()
            let children = rest.prefix { $0.level > level }
            rest = rest.dropFirst(children.count)
            out += "<li>\(h(first.text))" + (children.isEmpty ? "" : "\n" + list(children, level: level + 1)) + "</li>\n"
        }
        return out + "</ul>\n"
    }

    private func lines(_ t: String) -> String {
        t.split(separator: "\n", omittingEmptySubsequences: false).map { h(String($0)) }.joined(separator: "<br>")
    }

    private func h(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
