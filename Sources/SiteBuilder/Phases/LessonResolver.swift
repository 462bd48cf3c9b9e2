import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// The resolve phase for one lesson: every function reference looked up once (in the
/// lesson's definitions, then the catalogue), every figure and table numbered, every role
/// and link given its target, each problem reported once (DESIGN §1).
///
/// Directives are resolved first, in document order, since a `{define}` is seen by the
/// directives after it; then roles, which see every definition of the lesson; then links.
struct LessonResolver {
    /// The course, or nil for `atlas render` of one file: links are then kept as written.
    /// Every question asked of it is recorded: the lesson's cached result depends on the answers.
    var course: CourseLookups?
    /// The lesson's own numbers and labels (the course's copy, when there is a course).
    var labels: LessonLabels
    /// The lesson's links, checked and rewritten against the course.
    var links: LinkResolver?
    /// A draft may link and reference other drafts.
    var isDraft = false
    /// The site's words: figure and table labels, table notes, `{compare}`'s rows.
    var words = SiteStrings.english

    func resolve(_ lesson: Lesson) -> ResolvedLesson {
        var resolved = ResolvedLesson(diagnostics: labels.problems)
        let scope = LessonScope()
        // The `{define}` blocks so far: all that a directive sees of the lesson besides itself.
        var definitions: [String] = []
        for directive in lesson.directives {
            switch resolve(directive, scope: scope) {
            case .success(let value?):
                resolved.directives[directive.id] = value
                resolved.directiveKeys[directive.id] = Self.key(
                    of: directive, number: labels.numbers[directive.id] ?? 0, seeing: definitions, words: words.digest)
                if case .plot(let plot, _, _) = value {
                    resolved.samplingKeys[directive.id] = Self.samplingKey(of: plot, seeing: definitions)
                }
            case .success(nil): break
            case .failure(let failure): resolved.diagnostics += failure.diagnostics
            }
            if directive.name.value == "define" { definitions.append(directive.source) }
        }
        for role in lesson.roles {
            switch resolve(role, scope: scope) {
            case .success(let value):
                resolved.roles[role.id] = value
                if course != nil, let link = ReferenceRoleRenderer.otherLesson(role) { resolved.fragmentLinks.append(link) }
            case .failure(let failure): resolved.diagnostics += failure.diagnostics
            }
        }
        var links = links
        // A set: links sharing a reference definition share its one problem.
        var linkProblems: Set<Diagnostic> = []
        for link in lesson.links {
            guard let result = links?.resolve(link) else { continue }
            switch result {
            case .success(let url): resolved.links[link.id] = url
            case .failure(let problem): linkProblems.insert(problem.diagnostic(.link, at: link.destination.location))
            }
        }
        resolved.linkedFiles = links?.files ?? []
        resolved.fragmentLinks = (links?.fragments ?? []) + resolved.fragmentLinks
        resolved.diagnostics = (resolved.diagnostics + linkProblems).sorted()
        return resolved
    }

    /// The key of a directive's HTML in the build cache: the digest of all it is drawn
    /// from. Its block's text, its number and the lesson's `{define}`s before it decide
    /// how it resolves (the catalogue is the version's, and the version names the cache),
    /// and the compute phase reads nothing else; where it stands does not count, since
    /// only the problems of a failed directive carry positions, and those are not cached.
    /// The site's words count too: they label and annotate what is drawn.
    static func key(of directive: LessonDirective, number: Int, seeing definitions: [String], words: ContentDigest)
        -> ContentDigest
    {
        var writer = CacheWriter()
        writer.write(words)
        writer.write(directive.source)
        writer.write(number)
        writer.write(definitions)
        return ContentDigest.of(writer.bytes)
    }

    /// The key of a plot's samples and read-out values (``PlotMemo``): what decides its
    /// curves (the functions as written, the family, `:derivative:`, the lesson's
    /// `{define}`s before it, which say what a name means) and where they are sampled (the
    /// ranges, the size, `:samples:`). Not its caption, alt text, name or number, nor the
    /// site's words: those only label it, so a translated lesson's plot has the same key.
    static func samplingKey(of plot: PlotDirective, seeing definitions: [String]) -> ContentDigest {
        var writer = CacheWriter()
        writer.write("plot sampling 1")
        writer.write(plot.functions.map(\.value))
        writer.write(plot.vary.map { [$0.parameter.value] + $0.values.map(\.value) } ?? [])
        writer.write(plot.derivative)
        for bound in [plot.x.lowerBound, plot.x.upperBound] { writer.write(unsigned: bound.bitPattern) }
        writer.write(plot.y != nil)
        for bound in plot.y.map({ [$0.lowerBound, $0.upperBound] }) ?? [] { writer.write(unsigned: bound.bitPattern) }
        for size in [plot.width, plot.height, plot.samples] { writer.write(size ?? -1) }
        writer.write(definitions)
        return ContentDigest.of(writer.bytes)
    }

    /// A directive's inputs, nil for one that draws nothing (`{define}`), or its problems.
    /// One whose options failed still has its function references checked, so that a
    /// misspelt function and a bad option are reported together.
    private func resolve(_ entry: LessonDirective, scope: LessonScope) -> Result<ResolvedDirective?, DirectiveFailure> {
        let takesFunctions = ["plot", "table", "formula", "compare"].contains(entry.name.value)
        let problems =
            takesFunctions ? referenceProblems(entry.arguments, suppliedLater: entry.hasFamilyOption, scope: scope) : []
        guard let directive = entry.directive, problems.isEmpty else {
            return problems.isEmpty ? .success(nil) : .failure(DirectiveFailure(problems))
        }
        let number = labels.numbers[entry.id] ?? 0
        switch directive {
        case .plot(let plot):
            return PlotCurves.members(of: plot, scope: scope).map { .plot(plot, members: $0, number: number) }
        case .table(let table):
            return FunctionResolver.resolve(table.functions, lookup: scope.resolve)
                .flatMap { FunctionResolver.requireDerivatives($0, if: table.derivative, at: table.functions) }
                .map { .table(table, functions: $0, number: number) }
        case .formula(let formula):
            return FunctionResolver.resolve([formula.function], lookup: scope.resolve).map { functions in
                functions.first.map { .formula(formula, function: $0) }
            }
        case .compare(let compare):
            return FunctionResolver.resolve(compare.functions, lookup: scope.resolve).map { .compare(compare, functions: $0) }
        case .define(let definition):
            return scope.define(definition).map { _ in nil }
        }
    }

    /// A problem for each function reference that names nothing or leaves out a required
    /// parameter, at its column; with a `:vary:` line (`suppliedLater`), a missing
    /// parameter is left for the family to supply, and checked with its members.
    private func referenceProblems(
        _ references: [Located<String>], suppliedLater: Bool, scope: LessonScope
    ) -> [Diagnostic] {
        references.compactMap { reference in
            let checked = suppliedLater ? scope.check(reference.value) : scope.resolve(reference.value).map { _ in () }
            guard case .failure(let error) = checked else { return nil }
            return error.diagnostic(.function, at: reference.location)
        }
    }

    private func resolve(_ role: Role, scope: LessonScope) -> Result<ResolvedRole, DirectiveFailure> {
        switch role.name {
        case "ref":
            ReferenceRoleRenderer.render(role, labels: labels, course: course, fromDraft: isDraft, words: words).map {
                .html($0)
            }
        case "lesson":
            LessonRoleRenderer.render(role, course: course, fromDraft: isDraft).map { .html($0) }
        default:
            EvalRenderer.evaluation(of: role, scope: scope).map { .eval($0) }
        }
    }
}
