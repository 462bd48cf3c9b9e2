import AtlasText

/// A request's path, checked and decoded into the names it walks down the output folder.
///
/// Checked on the raw, still percent-encoded target, before anything normalises it: a
/// `..` or `.` segment, written plainly or encoded (`%2e%2e`), an encoded slash or
/// backslash (`%2f`, `%5c`) that would join two names into one path, a NUL, a backslash
/// or bad percent-encoding is refused, never resolved. A hidden name (`.git`) is not
/// served either. Symbolic links are the file side's affair (``SiteFiles``).
struct RequestPath: Equatable {
    /// The decoded names, in order; empty for `/`.
    var segments: [String]
    /// The path ends with `/` (or is `/`): a folder is asked for.
    var asksForFolder: Bool

    enum Refusal: Error, Equatable {
        /// Does not start with `/`, is not valid percent-encoding or UTF-8, or holds NUL.
        case malformed
        /// A `.` or `..` segment, an encoded slash or backslash: a way out or around.
        case traversal
        /// A name starting with `.`.
        case hidden
        /// Longer than ``maximumLength``.
        case tooLong
    }

    /// Bytes of the raw path; a site's paths are short.
    static let maximumLength = 2_048

    /// Reads `raw`, the request target's path without its query.
    static func parse(_ raw: String) -> Result<RequestPath, Refusal> {
        guard raw.utf8.count <= maximumLength else { return .failure(.tooLong) }
        guard raw.hasPrefix("/") else { return .failure(.malformed) }
        var segments: [String] = []
        let parts = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            // `//` inside a path, or the trailing `/`: nothing to walk.
            if part.isEmpty {
                if index == parts.count - 1 { break }
                continue
            }
            guard let name = decode(part) else { return .failure(.malformed) }
            if name.contains("/") || name.contains("\\") { return .failure(.traversal) }
            if name == "." || name == ".." { return .failure(.traversal) }
            if name.hasPrefix(".") { return .failure(.hidden) }
            segments.append(name)
        }
        return .success(RequestPath(segments: segments, asksForFolder: raw.hasSuffix("/")))
    }

    /// Percent-decoding of one segment; nil for a stray `%`, a NUL, or bytes that are not UTF-8.
    private static func decode(_ part: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = part.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(HexDigit.value), let low = iterator.next().flatMap(HexDigit.value) else { return nil }
            bytes.append(high << 4 | low)
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return text
    }
}
