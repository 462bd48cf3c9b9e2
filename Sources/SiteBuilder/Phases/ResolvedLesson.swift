import AtlasDiagnostics

/// One lesson after the resolve phase: what each directive, role and link stands for, and
/// every problem found on the way, each reported once.
struct ResolvedLesson {
    /// By directive id; a directive that failed, and `{define}`, have none.
    var directives: [Int: ResolvedDirective] = [:]
    /// By directive id, for each in `directives`: the digest of its inputs, under which
    /// its HTML is cached (``LessonResolver/key(of:number:seeing:words:)``).
    var directiveKeys: [Int: ContentDigest] = [:]
    /// By directive id, for each plot: the digest of what its samples depend on, under
    /// which they are shared (``LessonResolver/samplingKey(of:seeing:)``).
    var samplingKeys: [Int: ContentDigest] = [:]
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
