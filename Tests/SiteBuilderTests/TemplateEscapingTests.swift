import AtlasTestSupport
import Mustache
import Testing

@testable import SiteBuilder

/// The built-in templates escape with `TemplateEscaping`; these tests hold it to
/// swift-mustache's own HTML escaping, through real templates with and without the tag.
struct TemplateEscapingTests {
    /// `{{value}}` filled by swift-mustache's escaping, and by ours through the tag.
    private static func both(_ value: String) throws -> (library: String, ours: String) {
        TemplateEscaping.registered
        let library = try MustacheTemplate(string: "[{{value}}]").render(["value": value])
        let ours = try MustacheTemplate(string: TemplateEscaping.tag + "[{{value}}]").render(["value": value])
        return (library, ours)
    }

    @Test(
        "Escaping agrees with swift-mustache's",
        arguments: [
            "", "plain", "a < b & c > d", "\"quoted\" and 'single'", "<>&\"'", "σ(x) < 1 & 'ε'",
            // A mark after `<` makes one Character that is not `<`: neither escapes it.
            "a <\u{301} b", "&\u{20DD}", "\r\n<\r\n", "👩‍👩‍👧 & 中文 < 英文",
        ])
    func agrees(_ value: String) throws {
        let (library, ours) = try Self.both(value)
        #expect(ours == library)
    }

    @Test("Escaping agrees with swift-mustache's on random text of ASCII and beyond")
    func agreesOnRandomText() throws {
        var generator = SeededGenerator(seed: 0xE5CA)
        let pieces = ["<", ">", "&", "\"", "'", "a", " ", "\r", "\n", "é", "e\u{301}", "\u{301}", "中", "😀", "&amp;"]
        for _ in 0..<2_000 {
            let value = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            let (library, ours) = try Self.both(value)
            #expect(ours == library, "\(value.debugDescription)")
        }
    }

    @Test(
        "The tag writes nothing, and the text after it is read as a template's first line",
        arguments: [
            "<!DOCTYPE html>\n{{a}}", "{{#a}}\nx\n{{/a}}\n", "  {{#a}}\n  x\n  {{/a}}\n", "{{! note }}\n{{a}}", "\n{{a}}",
            "{{a}}",
        ])
    func tagWritesNothing(_ text: String) throws {
        TemplateEscaping.registered
        let context = ["a": "<"]
        let without = try MustacheTemplate(string: text).render(context)
        let with = try MustacheTemplate(string: TemplateEscaping.tag + text).render(context)
        #expect(with == without, "\(text.debugDescription)")
    }

    @Test("Every built-in template is parsed, with the tag")
    func builtInsParse() {
        for (name, _) in BuiltInTemplates.texts { #expect(BuiltInTemplates.parsed[name] != nil, "\(name)") }
    }
}
