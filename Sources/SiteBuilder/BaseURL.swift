/// `base_url` in `site.yaml`: the absolute address the site is published at, checked
/// once when the configuration is read so that every page and `sitemap.xml` can append
/// a relative file name to it as it is.
enum BaseURL {
    /// Why a `base_url` is refused, in the house style.
    struct Problem: Error, Equatable {
        var message: String
    }

    /// `value` as a base for the site's pages: an absolute `http` or `https` URL with a
    /// host, ending in `/` (added when missing: `https://example.org/atlas` →
    /// `https://example.org/atlas/`). A query, a fragment, white space, quotes or angle
    /// brackets are refused: the result is written into HTML attributes and XML
    /// unescaped by nothing else, and page names are appended to it.
    ///
    /// ```swift
    /// BaseURL.normalized("https://example.org")   // .success("https://example.org/")
    /// BaseURL.normalized("example.org")           // .failure(…)
    /// ```
    static func normalized(_ value: String) -> Result<String, Problem> {
        let lowered = value.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
            return .failure(
                Problem(
                    message: "'base_url' must be an absolute http or https URL, such as 'https://example.org/atlas/'; "
                        + "got '\(value)'"))
        }
        let forbidden: Set<Character> = ["?", "#", "\"", "'", "<", ">", "\\", "`"]
        let isControl = { (character: Character) in character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }
        if let bad = value.first(where: { $0.isWhitespace || isControl($0) || forbidden.contains($0) }) {
            let shown = bad.isWhitespace || isControl(bad) ? "white space or control characters" : "'\(bad)'"
            return .failure(
                Problem(
                    message: "'base_url' must not contain \(shown); give the folder the site is published at, "
                        + "such as 'https://example.org/atlas/'"))
        }
        let host = value.dropFirst(scheme.count).prefix(while: { $0 != "/" })
        guard !host.isEmpty else {
            return .failure(Problem(message: "'base_url' has no host; write it as 'https://example.org/atlas/'"))
        }
        return .success(value.hasSuffix("/") ? value : value + "/")
    }

    /// A page's absolute address: `base` (normalized) and a page name of the site, whose
    /// characters outside RFC 3986's unreserved set and `/` are percent-encoded as UTF-8
    /// (a slug may be Chinese). `index.html` is the base itself, as servers serve it.
    static func address(of page: String, base: String) -> String {
        if page == "index.html" { return base }
        var encoded = ""
        for byte in page.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 15)])"
            }
        }
        return base + encoded
    }
}
