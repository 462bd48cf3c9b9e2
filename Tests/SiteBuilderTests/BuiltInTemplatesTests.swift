import Testing

@testable import SiteBuilder

/// The built-in templates parsed once per process (`BuiltInTemplates`): every one of them is
/// there, so no build falls back to parsing them, and a set made from them knows that the
/// built-in layout lists no lessons itself.
struct BuiltInTemplatesTests {
    @Test("Every built-in template is parsed, within the nesting limit; the built-in layout lists no lessons itself")
    func everyTemplateIsThere() throws {
        #expect(Set(BuiltInTemplates.parsed.keys) == Set(TemplateSet.templateNames))
        for (name, bytes) in BuiltInTemplates.texts {
            let nesting = SectionNesting.scan(String(decoding: bytes, as: UTF8.self))
            #expect(nesting.tooDeep == nil && nesting.unclosed == nil, "\(name)")
        }
        let set = try #require(TemplateSet.load(overridesIn: nil, displayPath: "Templates").0)
        #expect(!set.layoutReadsCourse, "the built-in layout writes {{{courseItems}}}, not a list of every lesson")
    }
}
