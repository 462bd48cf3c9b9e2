import AtlasDiagnostics
import LessonMarkdown

/// The numbers of one lesson's figures and tables and the `:name:` labels that a
/// ``{ref}`label` `` may name, read from the parsed lesson in the resolve phase, before
/// anything is drawn, so that a reference may come before its target or sit in another
/// lesson (``{ref}`04-relu.md#fig-relu` ``).
///
/// Plots and tables are numbered from 1 in document order, each kind on its own
/// ("Figure 2", id `plot-2`; "Table 1", id `table-1`). A directive whose options have
/// errors keeps its number and its label, so that its one mistake gives one error and
/// not also "unknown label" at every reference to it. Figures and tables share one set
/// of labels, as they share the page's ids.
struct LessonLabels: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case figure = "Figure"
        case table = "Table"
    }

    /// What a label names: "Figure 2".
    struct Target: Sendable, Hashable {
        var kind: Kind
        var number: Int

        var text: String { "\(kind.rawValue) \(number)" }

        /// The label in the site's words: "Figure 2", "图 2".
        func text(_ words: SiteStrings) -> String {
            words.fill(kind == .figure ? .figure : .table, ["number": String(number)])
        }
    }

    /// By directive id: the number of each `{plot}` and `{table}`.
    private(set) var numbers: [Int: Int] = [:]
    /// By label.
    private(set) var targets: [String: Target] = [:]
    /// A label used twice, at the second.
    private(set) var problems: [Diagnostic] = []

    /// No figures, no tables.
    init() {}

    /// Labels as they were read before: from the build cache (`LessonLabels+CacheCodable`).
    init(numbers: [Int: Int], targets: [String: Target], problems: [Diagnostic]) {
        self.numbers = numbers
        self.targets = targets
        self.problems = problems
    }

    init(_ lesson: Lesson) {
        var counts: [Kind: Int] = [:]
        for directive in lesson.directives {
            let kind: Kind
            switch directive.name.value {
            case "plot": kind = .figure
            case "table": kind = .table
            default: continue
            }
            let number = counts[kind, default: 0] + 1
            counts[kind] = number
            numbers[directive.id] = number
            guard let label = directive.label else { continue }
            if let first = targets[label.value] {
                problems.append(
                    Diagnostic(
                        .label,
                        "the label '\(label.value)' already names \(first.text); labels must differ", at: label.location))
                continue
            }
            targets[label.value] = Target(kind: kind, number: number)
        }
    }

    /// The labels, sorted: for messages.
    var known: [String] { targets.keys.sorted() }
}
