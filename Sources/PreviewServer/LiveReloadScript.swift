/// The script every HTML page `atlas serve` sends carries (`Resources/live-reload.js`),
/// added as it is sent: the built site on disk never holds it.
enum LiveReloadScript {
    /// The id of the `<script>` element, by which a test finds it.
    static let elementID = "atlas-live-reload"

    /// `html` with the script inserted before its last `</body>` (any case), or at its end
    /// when there is none, naming the generation of the build it is served from.
    static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array("<script id=\"\(elementID)\" data-generation=\"\(generation)\">".utf8)
        let script = tag + PackageResources.live_reload_js + Array("</script>\n".utf8)
        guard let body = lastBodyEnd(html) else { return html + script }
        return Array(html[..<body]) + script + Array(html[body...])
    }

    /// The index of the last `</body` in `html`, compared without regard to ASCII case.
    private static func lastBodyEnd(_ html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return nil }
        var index = html.count - needle.count
        while index >= 0 {
            var match = true
            for offset in 0..<needle.count where lowercased(html[index + offset]) != needle[offset] {
                match = false
                break
            }
            if match { return index }
            index -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
    }
}
