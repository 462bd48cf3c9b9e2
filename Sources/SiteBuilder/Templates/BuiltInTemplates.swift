import Mustache

/// The built-in page templates, parsed once per process, and what ``TemplateSet`` reads
/// from the built-in layout: a build that overrides none of them (most) takes them from
/// here instead of parsing the same text again.
///
/// Why: parsing them is about 2 ms at the start of every build, most of it swift-mustache's
/// first use (its parser, and the runtime's first lookups of its types' conformances), all
/// of it before the first lesson can be paged. ``StartUp/prepare()`` makes them on the
/// second core while the main thread reads the command line; a build that asks before that
/// is done waits for it (`static let` is initialised once), and a build that is not
/// preceded by it (a test, `atlas serve`'s rebuilds) makes them at its first use.
enum BuiltInTemplates {
    /// Each built-in template by name (``TemplateSet/templateNames``). The built-ins
    /// parse and nest within the limits (`BuiltInTemplatesTests` checks both); one that did not
    /// parse would be missing here and take the general path, which reports it.
    ///
    /// Why no ``SectionNesting`` scan before parsing, as an override gets: it guards the
    /// parser against an author's deep nesting, and these texts are fixed when atlas is
    /// built and checked by the test. The scan walks Characters, and cost about 1 ms of
    /// this work, which the first lesson waits for.
    ///
    /// Each is parsed with ``TemplateEscaping/tag`` before its text: the same pages, escaped
    /// faster.
    static let parsed: [String: MustacheTemplate] = {
        TemplateEscaping.registered
        var parsed: [String: MustacheTemplate] = [:]
        for (name, bytes) in texts {
            let text = TemplateEscaping.tag + String(decoding: bytes, as: UTF8.self)
            guard let template = try? MustacheTemplate(string: text) else { continue }
            parsed[name] = template
        }
        return parsed
    }()

    /// ``TemplateSet/layoutReadsCourse`` for the built-in layout.
    static let layoutReadsCourse = TemplateSet.readsCourse(String(decoding: PackageResources.layout_mustache, as: UTF8.self))

    static let texts: [String: [UInt8]] = [
        "layout": PackageResources.layout_mustache, "index": PackageResources.index_mustache,
        "lesson": PackageResources.lesson_mustache, "print": PackageResources.print_mustache,
    ]
}
