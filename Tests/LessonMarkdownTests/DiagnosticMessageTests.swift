import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Pins every message LessonMarkdown can print, with its position: the table users read.
@Suite struct DiagnosticMessageTests {
    @Test(arguments: [
        ("```{plott} relu\n```", 1, 5, "unknown directive 'plott'; did you mean 'plot'?"),
        (
            "```{chart} relu\n```", 1, 5,
            "unknown directive 'chart'; the directives are '{plot}', '{table}', '{formula}', '{compare}', '{define}'"
        ),
        ("```{formula} relu elu\n```", 1, 19, "'{formula}' takes one function; write one directive per function"),
        ("```{compare}\n```", 1, 5, "'{compare}' needs at least one function, e.g. '{compare} sigmoid'"),
        ("```{formula}\n```", 1, 5, "'{formula}' needs at least one function, e.g. '{formula} sigmoid'"),
        ("```{formula} relu\n:x: 1 2\n```", 2, 2, "unknown option ':x:' for '{formula}'; '{formula}' takes :derivative:"),
        ("```{plot relu\n```", 1, 4, "directive name is not closed; write it as '{plot}'"),
        ("```{plot}relu\n```", 1, 10, "put a space between '{plot}' and its arguments"),
        ("```{plot}\n```", 1, 5, "'{plot}' needs at least one function, e.g. '{plot} sigmoid'"),
        ("```{table} a b c d e f g h i j k l m n\n```", 1, 36, "'{table}' takes at most 12 functions, not 14; split it into several"),
        (
            "```{plot} relu\n:colour: red\n```", 2, 2,
            "unknown option ':colour:' for '{plot}'; '{plot}' takes :x:, :y:, :derivative:, :caption:, :samples:, :alt:, :name:, :vary:, :width:, :height:"
        ),
        (
            "```{plot} relu\n:width: 5000\n```", 2, 9,
            "':width:' takes a whole number from 200 to 2000 (px, the figure's view box), not '5000'"
        ),
        ("```{plot} relu\n:smaples: 9\n```", 2, 2, "unknown option ':smaples:' for '{plot}'; did you mean ':samples:'?"),
        (
            "```{plot} relu\n:samples: 100001\n```", 2, 11,
            "':samples:' takes a whole number from 2 to 100000 (the most a plot samples), not '100001'"
        ),
        ("```{plot} relu\n:samples: 1\n```", 2, 11, "':samples:' takes a whole number from 2 to 100000 (the most a plot samples), not '1'"),
        (
            "```{plot} relu\n:name: 3d plot\n```", 2, 8,
            "'3d plot' is not a label; use a letter, then letters, digits, '-' and '_', e.g. ':name: fig-sigmoid'"
        ),
        (
            "```{plot} relu\n:name: plot-2\n```", 2, 8,
            "labels starting 'plot-' are kept for the generator's own ids; choose another, e.g. 'fig-2'"
        ),
        (
            "```{table} relu\n:name: table-1-note-1\n```", 2, 8,
            "labels starting 'table-' are kept for the generator's own ids; choose another, e.g. 'fig-1-note-1'"
        ),
        ("```{table} relu\n:nmae: t\n```", 2, 2, "unknown option ':nmae:' for '{table}'; did you mean ':name:'?"),
        (
            "```{plot} relu\n:x: -1e308 1e308\n```", 2, 5,
            "':x:' must lie within ±10¹² (the largest range a plot draws), e.g. ':x: -1e6 1e6'"
        ),
        (
            "```{plot} relu\n:y: 0 1e-320\n```", 2, 5,
            "':y:' is too narrow to draw: its width must be at least 10⁻⁹ of its larger end and at least 10⁻²⁰⁰"
        ),
        (
            "```{plot} relu\n:x: 1000000 1000000.0000001\n```", 2, 5,
            "':x:' is too narrow to draw: its width must be at least 10⁻⁹ of its larger end and at least 10⁻²⁰⁰"
        ),
        ("```{plot} relu\n:alt:\n```", 2, 2, "':alt:' needs text after it"),
        ("```{plot} elu\n:vary: alpha\n```", 2, 8, "':vary:' takes a parameter and its values, e.g. ':vary: alpha 0.5 1 2'"),
        (
            "```{plot} elu\n:vary: alpha 1 2 3 4 5 6 7 8\n```", 2, 28,
            "':vary:' lists 8 values; a family holds at most 7, one per palette colour"
        ),
        ("```{plot} elu\n:vary: alpha 1 2 1\n```", 2, 18, "'1' is listed twice in ':vary:'"),
        (
            "```{plot} elu celu\n:vary: alpha 1 2\n```", 1, 15,
            "':vary:' draws a family of one function; plot one function, or drop ':vary:'"
        ),
        ("```{plot} relu\n:derivativ:\n```", 2, 2, "unknown option ':derivativ:' for '{plot}'; did you mean ':derivative:'?"),
        ("```{plot} relu\n:x: -1 1\n:x: -2 2\n```", 3, 2, "option ':x:' is given twice"),
        ("```{plot} relu\n:x: -1 one\n```", 2, 8, "malformed number 'one' in ':x:'"),
        ("```{plot} relu\n:x: -1 inf\n```", 2, 8, "'inf' is not a finite number; ':x:' takes finite numbers, e.g. ':x: -5 5'"),
        ("```{plot} relu\n:x: 1 2 3\n```", 2, 5, "':x:' takes two numbers 'a b', e.g. ':x: -5 5'"),
        ("```{plot} relu\n:y: 2 -2\n```", 2, 5, "':y:' needs its first number below its second, e.g. ':y: -5 5'"),
        ("```{plot} relu\n:derivative: yes\n```", 2, 14, "':derivative:' is a flag; write ':derivative:' alone, or ':derivative: false'"),
        ("```{plot} relu\n:caption:\n```", 2, 2, "':caption:' needs text after it"),
        ("```{plot} relu\n:x: -1 1\nrelu(x)\n```", 3, 1, "'{plot}' takes no body; options are ':key: value' lines at its top"),
        ("```{table} relu\n:digits: 30\n```", 2, 10, "':digits:' takes a whole number from 1 to 17, not '30'"),
        ("```{table} relu\n:x: 0 1 step 0\n```", 2, 5, "':x: a b step s' needs a ≤ b and s > 0, e.g. ':x: -2 2 step 0.5'"),
        ("```{table} relu\n:x: 0 1 step 0.0001\n```", 2, 5, "':x:' gives more than 1000 rows; a table holds at most 1000"),
        ("```{table} relu\n:x:\n```", 2, 2, "':x:' needs numbers, e.g. ':x: -2 -1 0 1 2' or ':x: -2 2 step 0.5'"),
        ("---\ntitle: x\n", 1, 1, "front matter is not closed; end it with a line '---'"),
        ("---\ntitle: [x\n---\n", 3, 1, "front matter is not valid YAML: did not find expected ',' or ']'"),
        ("---\ntitle: x\norder: first\n---\n", 3, 1, "'order' must be a whole number, e.g. 'order: 3'"),
        ("---\ntitle: x\n  order: 2\n---\n", 3, 8, "front matter is not valid YAML: mapping values are not allowed in this context"),
        ("---\ntitle: a\ntitle: b\n---\n", 2, 1, "front matter gives the key 'title' twice"),
        ("---\n- a\n---\n", 2, 1, "front matter must be 'key: value' lines"),
        ("---\n   order: 1.5\n---\n", 2, 4, "'order' must be a whole number, e.g. 'order: 3'"),
        ("---\ndraft: maybe\n---\n", 2, 1, "'draft' must be 'true' or 'false'"),
        ("---\ntitle: x\nsummary: [a, b]\n---\n", 3, 1, "'summary' must be text"),
        (
            "---\ntitle: x\nsummary: " + String(repeating: "[", count: 1_001) + "\n---\n", 3, 11,
            "front matter nests too deeply to read; write plain 'key: value' lines"
        ),
        ("```{define}\nx\n```", 1, 5, "'{define}' needs a name, e.g. '{define} g'"),
        ("```{define} g h\nx\n```", 1, 15, "'{define}' takes one name; the expression goes in the body"),
        ("```{define} 2g\nx\n```", 1, 13, "'2g' is not a name; use letters, digits and '_', starting with a letter"),
        ("```{define} g\n:formula: g(x)\n```", 1, 1, "'{define} g' needs an expression in its body, e.g. 'x * sigmoid(x)'"),
        ("Value {foo}`x`.", 1, 7, "unknown role '{foo}'; the roles are '{eval}', '{ref}', '{lesson}'"),
        (
            "a \u{E001} $x$", 1, 3,
            "the lesson holds a character from U+E000 to U+E002, which ActivationAtlas reserves for math; remove it"
        ),
        (
            "$$\\begin{cases} {a \\\\ b} \\end{cases}$$", 1, 20,
            "'\\\\' inside a group; close the '{' or '\\left' before the next row"
        ),
    ])
    func message(_ lesson: String, line: Int, column: Int, message: String) {
        let diagnostics = render(lesson).diagnostics
        #expect(diagnostics.map { "\($0.location) \($0.message)" } == ["\(line):\(column) \(message)"])
    }

    @Test("All problems of a lesson are reported, sorted by position")
    func collected() {
        let lesson = "```{table} relu\n:digits: 0\n:x: a\n```\n\n```{plott} x\n```\n"
        let diagnostics = render(lesson).diagnostics
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(line: 2, column: 10), SourceLocation(line: 3, column: 5), SourceLocation(line: 6, column: 5),
            ])
    }

    @Test("A directive's function references stay located text: the parse does not judge them")
    func referencesAreNotJudgedHere() {
        let (lesson, problems) = LessonParser.parse("```{plot} sigmod\n```")
        #expect(problems.isEmpty)
        #expect(lesson.directives.first?.arguments == [Located("sigmod", at: SourceLocation(line: 1, column: 11))])
    }

    @Test func formatting() {
        let diagnostic = Diagnostic(.directive, "unknown directive 'plott'", at: SourceLocation(line: 14, column: 10))
        #expect(
            diagnostic.formatted(path: "Content/02-sigmoid.md")
                == "Content/02-sigmoid.md:14:10: error: unknown directive 'plott'")
    }
}
