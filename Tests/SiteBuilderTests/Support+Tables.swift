import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A `{table}` as a reader meets it, parsed from a lesson's HTML with XMLParser (the
/// renderer writes well-formed markup): per body row, the cells' text split into what is
/// seen, what is hidden padding, and footnote markers.
struct RenderedTable {
    /// A lesson whose one table mixes integers, decimals of several lengths, scientific
    /// values with negative and positive exponents of one and two digits, a kink
    /// (relu′(0)) and a jump (binary_step′(0) is `undefined`). Its reference values are
    /// `Fixtures/reference/mixed-formats.tsv`.
    static let mixedLesson = """
        ```{define} growth
        exp(x)
        ```

        ```{table} sigmoid relu binary_step growth
        :x: -20 -10 -1 0 0.5 2 30
        :derivative:
        ```
        """

    struct Cell {
        /// Text outside `aria-hidden` spans and markers: what is read and copied.
        var visible = ""
        /// The cell's text in order, padding included, markers left out: what takes room.
        var padded = ""
        /// Text of `aria-hidden="true"` spans.
        var pad = ""
        /// `href`s of `<sup class="note-ref">` links, in order.
        var markerLinks: [String] = []
        /// Marker texts (the note numbers), in order.
        var markerTexts: [String] = []
        /// Whether anything but a marker comes after the first marker.
        var textAfterMarker = false
        /// Attributes of each hidden span.
        var padAttributes: [[String: String]] = []
    }

    var id: String?
    /// Body rows; the x header cell is first in each.
    var rows: [[Cell]]

    /// Column `index` (0 is x), top to bottom.
    func column(_ index: Int) -> [Cell] { rows.compactMap { index < $0.count ? $0[index] : nil } }

    /// Every `<figure class="table-wrap" …><table class="values">` table in `html`, in order.
    static func all(in html: String) -> [RenderedTable] {
        var tables: [RenderedTable] = []
        var rest = html[...]
        while let start = rest.range(of: "<table class=\"values\">"), let end = rest.range(of: "</table>") {
            let figureStart = rest[..<start.lowerBound].range(of: "<figure", options: .backwards)
            let figureTag = figureStart.map { rest[$0.lowerBound..<start.lowerBound] } ?? ""
            let id = figureTag.range(of: "id=\"").map { figureTag[$0.upperBound...].prefix { $0 != "\"" } }.map(String.init)
            // Only {table} output; a plot's collapsed data table sits in a plot figure.
            if figureTag.hasPrefix("<figure class=\"table-wrap\"") {
                tables.append(RenderedTable(id: id, rows: parseRows(String(rest[start.lowerBound..<end.upperBound]))))
            }
            rest = rest[end.upperBound...]
        }
        return tables
    }

    private static func parseRows(_ table: String) -> [[Cell]] {
        let collector = Collector()
        let parser = XMLParser(data: Data(table.utf8))
        parser.delegate = collector
        return parser.parse() ? collector.rows : []
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var rows: [[Cell]] = []
        private var stack: [(name: String, attributes: [String: String])] = []
        private var inBody = false
        private var cell: Cell?

        private var hidden: Bool { stack.contains { $0.attributes["aria-hidden"] == "true" } }
        private var inMarker: Bool { stack.contains { $0.attributes["class"] == "note-ref" } }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            stack.append((name, attributes))
            switch name {
            case "tbody": inBody = true
            case "tr" where inBody: rows.append([])
            case "th" where inBody, "td" where inBody: cell = Cell()
            case "span" where attributes["aria-hidden"] == "true": cell?.padAttributes.append(attributes)
            case "a" where inMarker: if let href = attributes["href"] { cell?.markerLinks.append(href) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
            if name == "th" || name == "td", inBody, let finished = cell, !rows.isEmpty {
                rows[rows.count - 1].append(finished)
                cell = nil
            }
            if name == "tbody" { inBody = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard cell != nil else { return }
            if inMarker {
                cell?.markerTexts.append(string)
                return
            }
            if cell?.markerLinks.isEmpty == false { cell?.textAfterMarker = true }
            cell?.padded += string
            if hidden { cell?.pad += string } else { cell?.visible += string }
        }
    }
}

extension RenderedTable.Cell {
    /// The room the cell takes right of its units digit, as counts of each kind of glyph:
    /// digits, superscript digits, points, ` × 10`s, minus signs. Two cells whose counts
    /// agree are equally wide there in tabular figures (superscript digits equally wide),
    /// so their decimal points line up when the cells are right-aligned. Nil for a word.
    var widthRightOfUnits: [String: Int]? {
        let integer = padded.prefix { "−0123456789∞".contains($0) }
        guard !integer.isEmpty, integer != "−" else { return nil }
        var counts: [String: Int] = [:]
        var rest = padded.dropFirst(integer.count)[...]
        if rest.hasPrefix(".") {
            counts["."] = 1
            rest = rest.dropFirst()
        }
        let fraction = rest.prefix { $0.isASCII && $0.isNumber }
        counts["digit"] = fraction.count
        rest = rest.dropFirst(fraction.count)
        if rest.hasPrefix(" × 10") {
            counts["× 10"] = 1
            rest = rest.dropFirst(5)
        }
        for character in rest {
            switch character {
            case "⁻": counts["⁻", default: 0] += 1
            case _ where "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(character): counts["superscript digit", default: 0] += 1
            case _ where character.isASCII && character.isNumber: counts["digit", default: 0] += 1
            default: counts["other: \(character)", default: 0] += 1
            }
        }
        return counts
    }
}
