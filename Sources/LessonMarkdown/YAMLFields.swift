import AtlasDiagnostics
import Yams

/// Reads a YAML mapping (front matter, `site.yaml`) with Yams, keeping each key's position
/// so that a wrong value is reported where it is written.
public enum YAMLFields {
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - firstLine: the line of the file on which `yaml` starts (2 for front matter
    ///     after its `---` line), so positions are the file's.
    ///   - name: what the YAML is, to begin messages: "front matter", "site.yaml".
    ///   - kind: the kind of the diagnostics about the YAML as a whole.
    /// - Returns: the fields in the order written, or diagnostics when the text is not
    ///   valid YAML or not a mapping. An empty text is an empty mapping.
    public static func read(
        _ yaml: String, firstLine: Int, name: String, kind: Diagnostic.Kind
    ) -> (fields: [YAMLField], diagnostics: [Diagnostic]) {
        read(yaml, firstLine: firstLine, name: name, kind: kind, typingPlainScalars: true)
    }

    /// ``read(_:firstLine:name:kind:)``, or with `typingPlainScalars` false as it was before
    /// ``YAMLPlainScalar``, every scalar typed by Yams' resolver: the reference its tests
    /// compare with.
    static func read(
        _ yaml: String, firstLine: Int, name: String, kind: Diagnostic.Kind, typingPlainScalars: Bool
    ) -> (fields: [YAMLField], diagnostics: [Diagnostic]) {
        let start = SourceLocation(line: firstLine, column: 1)
        let root: Node?
        // Plain scalars are typed here (YAMLPlainScalar) unless a `!` may start an explicit
        // tag, which only Yams' resolver reads.
        let typesPlainScalars = typingPlainScalars && !yaml.utf8.contains(UInt8(ascii: "!"))
        do {
            // The encoding given, not `.default`: that one reads the whole environment on
            // every call (for YAMS_DEFAULT_ENCODING), a tenth of reading a front matter.
            root = try compose(yaml, typingPlainScalars: typesPlainScalars)
        } catch let error as YamlError {
            return ([], [diagnostic(for: error, in: yaml, firstLine: firstLine, name: name, kind: kind)])
        } catch {
            return ([], [Diagnostic(kind, "\(name) is not valid YAML: \(error)", at: start)])
        }
        guard let root else { return ([], []) }
        guard let mapping = root.mapping else {
            return ([], [Diagnostic(kind, "\(name) must be 'key: value' lines", at: location(of: root, firstLine: firstLine) ?? start)])
        }
        let fields = mapping.map { key, value in
            YAMLField(
                key: key.string ?? "",
                location: location(of: key, firstLine: firstLine) ?? start,
                value: scalarValue(value, typingPlainScalars: typesPlainScalars))
        }
        return (fields, [])
    }

    /// The YAML composed with Yams, with its default resolver or, when `typingPlainScalars`,
    /// with none (every scalar a string to Yams, and ``scalarValue(_:typingPlainScalars:)``
    /// types the plain ones). Yams then finds two keys the same that its resolver would tell
    /// apart (`1` and `'1'`, an int and a string): such YAML is composed again with the
    /// resolver, for the same outcome as always.
    private static func compose(_ yaml: String, typingPlainScalars: Bool) throws -> Node? {
        guard typingPlainScalars else { return try Yams.compose(yaml: yaml, .default, .default, .utf8) }
        do {
            return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch YamlError.duplicatedKeysInMapping {
            return try Yams.compose(yaml: yaml, .default, .default, .utf8)
        }
    }

    /// The warning for a key atlas does not read, the same in front matter and `site.yaml`
    /// (issue 13): nothing reads it (templates see only the keys atlas knows), so it is a
    /// typo or dead text; the site is right without it, so the build goes on, and
    /// `--strict` fails on it. A key close to a known one is named as that key misspelt.
    ///
    /// ```swift
    /// YAMLFields.unknownKey(field, in: "site.yaml", known: ["author", "title"], kind: .siteConfig)
    /// // warning: unknown key 'authr' in site.yaml; did you mean 'author'?
    /// ```
    public static func unknownKey(_ field: YAMLField, in name: String, known: [String], kind: Diagnostic.Kind) -> Diagnostic {
        let guess = Spelling.suggestion(for: field.key, among: known).map { "did you mean '\($0)'?" } ?? "atlas ignores it"
        return Diagnostic(
            kind, "unknown key '\(field.key)' in \(name); \(guess)", at: field.location, severity: .warning,
            hint: "atlas reads \(known.map { "'\($0)'" }.joined(separator: ", ")); correct the key or remove it",
            endColumn: field.location.column + field.key.count - 1)
    }

    private static func scalarValue(_ node: Node, typingPlainScalars: Bool) -> YAMLValue {
        if let sequence = node.sequence {
            let items = sequence.map { scalarValue($0, typingPlainScalars: typingPlainScalars) }
            return items.contains { if case .list = $0 { true } else if case .other = $0 { true } else { false } }
                ? .other : .list(items)
        }
        guard let scalar = node.scalar else { return .other }
        if typingPlainScalars {
            // With no tag written, a quoted or block scalar is a string, a plain one what
            // its text says, as Yams' resolver would have said.
            guard scalar.style == .plain else { return .text(scalar.string) }
            switch YAMLPlainScalar.kind(of: scalar.string) {
            case .str: return .text(scalar.string)
            case .int: return node.int.map(YAMLValue.integer) ?? .other
            case .float: return node.float.map(YAMLValue.number) ?? .other
            // Not `node.bool`: Yams' Bool.construct refuses a scalar tagged `str`, as every
            // scalar is without a resolver; this reads the text as it does.
            case .bool: return YAMLPlainScalar.boolValue(of: scalar.string).map(YAMLValue.boolean) ?? .other
            case .null: return .null
            case .merge, .timestamp, .value: return .other
            }
        }
        // The tag compose resolved with YAML's core schema ("2" is an int, "true" a bool);
        // `Tag.name` is internal to Yams, its description is the name's raw value.
        switch Tag.Name(rawValue: node.tag.description) {
        case .str: return .text(scalar.string)
        case .int: return node.int.map(YAMLValue.integer) ?? .other
        case .float: return node.float.map(YAMLValue.number) ?? .other
        case .bool: return node.bool.map(YAMLValue.boolean) ?? .other
        case .null: return .null
        default: return .other
        }
    }

    /// Yams marks are 1-based lines and columns within the YAML text.
    private static func location(of node: Node, firstLine: Int) -> SourceLocation? {
        node.mark.map { SourceLocation(line: firstLine + $0.line - 1, column: $0.column) }
    }

    private static func diagnostic(
        for error: YamlError, in yaml: String, firstLine: Int, name: String, kind: Diagnostic.Kind
    ) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(line: firstLine + mark.line - 1, column: mark.column) }
        switch error {
        case let .parser(_, problem, mark, _) where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml's words name its C setting; the author needs only the fix.
            return Diagnostic(kind, "\(name) nests too deeply to read; write plain 'key: value' lines", at: at(mark))
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            let line = lines.dropFirst(max(0, mark.line - 1)).first ?? ""
            return Diagnostic(
                kind, "\(name) is not valid YAML: \(problem)", at: at(mark),
                hint: YAMLHint.hint(problem: problem, line: String(line), column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(kind, "\(name) gives the key \(keys) twice", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return Diagnostic(kind, "\(name) is not valid YAML: \(problem)", at: SourceLocation(line: firstLine, column: 1))
        default:
            return Diagnostic(kind, "\(name) is not valid YAML", at: SourceLocation(line: firstLine, column: 1))
        }
    }
}
