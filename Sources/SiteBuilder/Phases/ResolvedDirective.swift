import ActivationMath
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
