import AtlasDiagnostics
import Testing

/// Protects the one error shape of the small languages: its offset lands on the column a
/// user sees, for text on one line and for text pieced together from several.
@Suite struct TextProblemTests {
    @Test("A problem in a text on one line is reported its offset to the right of the text's start")
    func oneLine() {
        let problem = TextProblem(message: "unknown activation 'sigmod'; did you mean 'sigmoid'?", offset: 3)
        let diagnostic = problem.diagnostic(.function, at: SourceLocation(line: 4, column: 11))
        #expect(diagnostic == Diagnostic(.function, problem.message, at: SourceLocation(line: 4, column: 14)))
        #expect(diagnostic.formatted(path: "a.md") == "a.md:4:14: error: unknown activation 'sigmod'; did you mean 'sigmoid'?")
    }

    @Test("A problem in a text across lines is placed by the caller's map of offsets")
    func acrossLines() {
        // "ab cd": "ab" at 5:1 and "cd" at 6:1, joined by a space.
        let lines = [SourceLocation(line: 5, column: 1), SourceLocation(line: 6, column: 1)]
        let place = { (offset: Int) in offset < 3 ? lines[0].advanced(by: offset) : lines[1].advanced(by: offset - 3) }
        let diagnostic = TextProblem(message: "unexpected 'd'", offset: 4).diagnostic(.math, locatedBy: place)
        #expect(diagnostic.location == SourceLocation(line: 6, column: 2))
        #expect(diagnostic.kind == .math)
    }

    @Test("A problem moved into an enclosing text keeps its message and unknown-name flag")
    func shifted() {
        let problem = TextProblem(message: "unknown activation 'x'", offset: 2, isUnknownName: true).shifted(by: 5)
        #expect(problem == TextProblem(message: "unknown activation 'x'", offset: 7, isUnknownName: true))
        #expect(problem.description == "unknown activation 'x'")
    }
}
