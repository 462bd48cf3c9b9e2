import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// A directive with everything it needs to be drawn: its functions resolved against the
/// catalogue and the lesson's definitions, its number. The compute phase turns it into
/// HTML without looking anything up (``FragmentComputer``).
enum ResolvedDirective {
    case plot(PlotDirective, members: [PlotMember], number: Int)
    case table(TableDirective, functions: [any Activation], number: Int)
    case formula(FormulaDirective, function: any Activation)
    case compare(CompareDirective, functions: [any Activation])
}

/// A role with everything it needs: an `{eval}`'s parsed expression, or the finished
/// link of a `{ref}` or `{lesson}`, which needs no computing.
enum ResolvedRole {
    case eval(Expression)
    case html(String)
}

/// One lesson after the resolve phase: what each directive, role and link stands for, and
/// every problem found on the way, each reported once.
struct ResolvedLesson {
    /// By directive id; a directive that failed, and `{define}`, have none.
    var directives: [Int: ResolvedDirective] = [:]
    /// By role id; a role that failed has none.
    var roles: [Int: ResolvedRole] = [:]
    /// By link id: the URL to write.
    var links: [Int: String] = [:]
    /// The files the lesson's links and images use, to copy into the site.
    var linkedFiles: [LinkedFile] = []
    /// The links to places in other lessons, checked once every lesson is rendered.
    var fragmentLinks: [FragmentLink] = []
    var diagnostics: [Diagnostic] = []
}
