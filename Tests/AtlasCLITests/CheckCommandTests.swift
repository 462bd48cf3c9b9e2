import AtlasDiagnostics
import AtlasTestSupport
import Foundation
import Testing

/// Protects `atlas check`: the build's problems in the build's words, in text or JSON
/// (against docs/check.schema.json), its exit codes, and that it writes nothing.
@Suite struct CheckCommandTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/check.schema.json")

    /// A course with a warning (a misspelt key) and two errors (a misspelt function, a
    /// hardtanh PyTorch refuses), in `Content/` of a fresh folder.
    func badCourse() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let lesson = "---\ntitle: A\nsumary: x\n---\n\n```{plot} sigmod\n```\n\n```{plot} hardtanh(min_val=2, max_val=1)\n```\n"
        try Data(lesson.utf8).write(to: content.appendingPathComponent("01-a.md"))
        return folder
    }

    static let warning = """
        Content/01-a.md:3:1: warning: unknown key 'sumary' in front matter; did you mean 'summary'?
            3 | sumary: x
              | ^~~~~~
          hint: atlas reads 'title', 'order', 'summary', 'draft', 'translation_of'; correct the key or remove it
        """

    @Test("check prints what build prints, exits 1 on errors, and writes nothing")
    func textMatchesBuild() throws {
        let folder = try badCourse()
        defer { folder.remove() }
        let check = try AtlasProcess.run(["check"], in: folder.url)
        #expect(check.status == 1)
        #expect(check.standardOutput == "")
        #expect(Self.everything(in: folder.url) == ["Content", "Content/01-a.md"])
        let problems =
            Self.warning + "\n"
            + "Content/01-a.md:6:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?\n"
            + "    6 | ```{plot} sigmod\n"
            + "      |           ^\n"
            + "Content/01-a.md:9:11: error: 'hardtanh' needs min_val < max_val, as PyTorch's nn.Hardtanh does, "
            + "not min_val=2 and max_val=1\n"
            + "    9 | ```{plot} hardtanh(min_val=2, max_val=1)\n"
            + "      |           ^\n"
        #expect(check.standardError == problems + "2 errors and 1 warning\n")
        // The build's words, but for the folder it leaves alone.
        let build = try AtlasProcess.run(["build"], in: folder.url)
        #expect(build.status == 1)
        #expect(build.standardError == problems + "2 errors and 1 warning; _site left as it was\n")
    }

    @Test("Warnings: exit 0 and a summary, exit 1 with --strict; nothing written either way")
    func warnings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("---\ntitle: A\nsumary: x\n---\nText.\n".utf8).write(to: content.appendingPathComponent("01-a.md"))
        let lenient = try AtlasProcess.run(["check"], in: folder.url)
        #expect(lenient.status == 0)
        #expect(lenient.standardError == Self.warning + "\n")
        #expect(lenient.standardOutput == "Checked 1 lesson, nothing written: 1 warning\n")
        let strict = try AtlasProcess.run(["check", "--strict"], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.standardError == Self.warning + "\n--strict: 1 warning failed the build (Content/01-a.md:3:1)\n")
        let json = try AtlasProcess.run(["check", "--strict", "--format", "json"], in: folder.url)
        #expect(json.status == 1)
        #expect(json.standardError == "")
        try Self.validate(json.standardOutput)
        #expect(Self.everything(in: folder.url) == ["Content", "Content/01-a.md"])
        try Data("---\ntitle: A\n---\nText.\n".utf8).write(to: content.appendingPathComponent("01-a.md"))
        let clean = try AtlasProcess.run(["check"], in: folder.url)
        #expect(clean.status == 0)
        #expect(clean.standardOutput == "Checked 1 lesson, nothing written: no problems\n")
        let cleanJSON = try AtlasProcess.run(["check", "--format", "json"], in: folder.url)
        #expect(cleanJSON.status == 0)
        #expect(cleanJSON.standardOutput == "[]\n")
    }

    @Test("--format json: one object per diagnostic, as the schema says, hint apart from the message")
    func json() throws {
        let folder = try badCourse()
        defer { folder.remove() }
        let result = try AtlasProcess.run(["check", "--format", "json"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError == "")
        let objects = try Self.validate(result.standardOutput)
        #expect(objects.count == 3)
        #expect(
            objects.first?["hint"] as? String
                == "atlas reads 'title', 'order', 'summary', 'draft', 'translation_of'; correct the key or remove it"
        )
        #expect(objects.first?["severity"] as? String == "warning")
        // 'sumary' is columns 1 to 6: the range ends before column 7.
        #expect(objects.first?["endColumn"] as? Int == 7)
        #expect(objects.last?["endColumn"] == nil)
        #expect(objects.first?["kind"] as? String == "frontMatterField")
        #expect(objects.dropFirst().first?["message"] as? String == "unknown activation 'sigmod'; did you mean 'sigmoid'?")
        #expect(objects.dropFirst().first?["hint"] == nil)
        #expect(objects.last?["line"] as? Int == 9)
        #expect(objects.last?["column"] as? Int == 11)
        // One object per line, for grep and line-based tools.
        #expect(result.standardOutput.split(separator: "\n").count == 5)
        #expect(Self.everything(in: folder.url) == ["Content", "Content/01-a.md"])
    }

    @Test("The schema's kinds are exactly Diagnostic.Kind's: a new kind must be written down")
    func schemaKinds() throws {
        let schema = try Self.loadSchema()
        let properties = (schema["items"] as? [String: Any])?["properties"] as? [String: Any]
        let kinds = (properties?["kind"] as? [String: Any])?["enum"] as? [String]
        #expect(kinds == Diagnostic.Kind.allCases.map(\.rawValue))
        #expect(((properties?["severity"] as? [String: Any])?["enum"] as? [String]) == ["error", "warning"])
    }

    @Test("The validator below refuses what the schema refuses: it can fail")
    func validatorCanFail() throws {
        let good = #"[{"file": "a.md", "line": 1, "column": 2, "severity": "error", "kind": "math", "message": "m"}]"#
        #expect(throws: Never.self) { try Self.validate(good) }
        for bad in [
            #"{"file": "a.md"}"#,
            #"[{"file": "a.md", "line": 1, "column": 2, "severity": "error", "kind": "math"}]"#,
            #"[{"file": "a.md", "line": "1", "column": 2, "severity": "error", "kind": "math", "message": "m"}]"#,
            #"[{"file": "a.md", "line": 0, "column": 2, "severity": "error", "kind": "math", "message": "m"}]"#,
            #"[{"file": "a.md", "line": 1, "column": 2, "severity": "fatal", "kind": "math", "message": "m"}]"#,
            #"[{"file": "a.md", "line": 1, "column": 2, "severity": "error", "kind": "math", "message": "m", "extra": 1}]"#,
        ] {
            #expect(throws: SchemaViolation.self) { try Self.validate(bad) }
        }
    }

    /// Every entry below `root`, hidden ones (`.atlas-cache`, staging folders) included.
    static func everything(in root: URL) -> [String] {
        (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
    }

    // MARK: The schema, read from docs/ and applied

    struct SchemaViolation: Error, CustomStringConvertible {
        var description: String
    }

    static func loadSchema() throws -> [String: Any] {
        let data = try Data(contentsOf: schema)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SchemaViolation(description: "the schema is not a JSON object")
        }
        return object
    }

    /// Checks `text` against docs/check.schema.json: the parts of JSON Schema it uses (an
    /// array of objects; `required`, `additionalProperties: false`, each property's
    /// `type` string or integer, `minimum`, `enum`). Returns the objects.
    @discardableResult
    static func validate(_ text: String) throws -> [[String: Any]] {
        let schema = try loadSchema()
        guard schema["type"] as? String == "array", let items = schema["items"] as? [String: Any],
            let properties = items["properties"] as? [String: [String: Any]],
            let required = items["required"] as? [String]
        else { throw SchemaViolation(description: "the schema is not the array of objects this validator reads") }
        guard let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
            throw SchemaViolation(description: "not a JSON array: \(text)")
        }
        var objects: [[String: Any]] = []
        for element in array {
            guard let object = element as? [String: Any] else { throw SchemaViolation(description: "not an object: \(element)") }
            for key in required where object[key] == nil { throw SchemaViolation(description: "'\(key)' missing in \(object)") }
            for (key, value) in object {
                guard let property = properties[key] else {
                    if items["additionalProperties"] as? Bool == false {
                        throw SchemaViolation(description: "'\(key)' is not in the schema")
                    }
                    continue
                }
                switch property["type"] as? String {
                case "string": guard value is String else { throw SchemaViolation(description: "'\(key)' is not a string") }
                case "integer":
                    guard let number = value as? Int else {
                        throw SchemaViolation(description: "'\(key)' is not an integer")
                    }
                    if let minimum = property["minimum"] as? Int, number < minimum {
                        throw SchemaViolation(description: "'\(key)' is below \(minimum)")
                    }
                default: break
                }
                if let allowed = property["enum"] as? [String] {
                    guard let text = value as? String, allowed.contains(text) else {
                        throw SchemaViolation(description: "'\(key)' is not one of \(allowed)")
                    }
                }
            }
            objects.append(object)
        }
        return objects
    }
}
