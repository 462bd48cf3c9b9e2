import AtlasDiagnostics

/// A directive read from a lesson, its options given types and positions.
///
/// LessonMarkdown reads directives; it never evaluates the functions they name.
/// Function references stay text (`"elu(alpha=0.5)"`) with their locations, for
/// SiteBuilder to resolve against ActivationMath's catalogue.
public enum Directive: Sendable, Hashable {
    case plot(PlotDirective)
    case table(TableDirective)
    case formula(FormulaDirective)
    case compare(CompareDirective)
    case define(DefineDirective)

    /// Where the opening fence starts.
    public var location: SourceLocation {
        switch self {
        case .plot(let plot): plot.location
        case .table(let table): table.location
        case .formula(let formula): formula.location
        case .compare(let compare): compare.location
        case .define(let define): define.location
        }
    }

    /// The directive names this version understands, in the order `atlas` documents them.
    public static let names = ["plot", "table", "formula", "compare", "define"]

    /// More functions than this in one directive is an error: a plot of 13 curves cannot
    /// be read, and the colour palette repeats after 7.
    public static let maximumFunctions = 12
}
