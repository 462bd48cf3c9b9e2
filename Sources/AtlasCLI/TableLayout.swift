/// Text tables for the terminal: columns two spaces apart, and, when a width is given,
/// cells wrapped at spaces so that each line fits it (`atlas list` on a narrow terminal).
enum TableLayout {
    /// Whether `table` fits in `width` columns as ``EvalRow/align(_:)`` lays it out.
    static func fits(_ table: [[String]], width: Int?) -> Bool {
        guard let width else { return true }
        let columnCount = table.map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            table.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return widths.reduce(0, +) + 2 * max(columnCount - 1, 0) <= width
    }

    /// ``EvalRow/align(_:)`` when the table fits `width` (or `width` is nil); otherwise
    /// the widest columns narrowed, one character at a time, down to their longest word,
    /// and their cells wrapped (``wrap(_:width:)``) over as many lines as they need. A
    /// cell for which `keepsWhole(column, cell)` is true is never wrapped. A table whose
    /// words alone are wider than `width` is printed at those widths: a word is never cut.
    static func fit(
        _ table: [[String]], width: Int?, keepsWhole: (Int, String) -> Bool = { _, _ in false }
    ) -> String {
        let columnCount = table.map(\.count).max() ?? 0
        func cells(_ column: Int) -> [String] { table.map { $0.indices.contains(column) ? $0[column] : "" } }
        var widths = (0..<columnCount).map { cells($0).map(\.count).max() ?? 0 }
        var total = widths.reduce(0, +) + 2 * max(columnCount - 1, 0)
        guard let width, total > width else { return EvalRow.align(table) }
        let narrowest = (0..<columnCount).map { column in
            cells(column).map { cell in keepsWhole(column, cell) ? cell.count : (words(cell).map(\.count).max() ?? 0) }.max()
                ?? 0
        }
        while total > width {
            // The widest column that can still give up a character.
            guard let column = widths.indices.filter({ widths[$0] > narrowest[$0] }).max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[column] -= 1
            total -= 1
        }
        var lines: [String] = []
        for row in table {
            let wrapped = row.enumerated().map { column, cell in
                keepsWhole(column, cell) ? [cell] : wrap(cell, width: widths[column])
            }
            let height = wrapped.map(\.count).max() ?? 0
            for index in 0..<height {
                let parts = wrapped.enumerated().map { column, cellLines in
                    let text = index < cellLines.count ? cellLines[index] : ""
                    return column == wrapped.count - 1 ? text : text.padding(toLength: widths[column] + 2)
                }
                lines.append(trimmingTrailingSpaces(parts.joined()))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` in lines of at most `width` characters, broken at spaces and after an
    /// opening parenthesis that follows a name (`torch.nn.PReLU(` / `init=0.25)`); a
    /// longer word has a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for (word, spaced) in pieces(text) {
            let joined = line.isEmpty ? word : line + (spaced ? " " : "") + word
            if line.isEmpty || joined.count <= width {
                line = joined
            } else {
                lines.append(line)
                line = word
            }
        }
        lines.append(line)
        return lines
    }

    /// The pieces ``wrap(_:width:)`` may break between: split at spaces (dropped) and
    /// after `(`; each with whether a space went before it.
    private static func pieces(_ text: String) -> [(text: String, spaced: Bool)] {
        var result: [(text: String, spaced: Bool)] = []
        for (index, word) in text.split(separator: " ").enumerated() {
            var spaced = index > 0
            var current = ""
            for character in word {
                current.append(character)
                // After a name, `F.elu(` | `alpha=1)`; never a word's own opening `(logistic)`.
                if character == "(", current.count > 1 {
                    result.append((current, spaced))
                    current = ""
                    spaced = false
                }
            }
            if !current.isEmpty { result.append((current, spaced)) }
        }
        return result
    }

    /// The longest pieces a cell can be broken into.
    private static func words(_ text: String) -> [String] { pieces(text).map(\.text) }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
