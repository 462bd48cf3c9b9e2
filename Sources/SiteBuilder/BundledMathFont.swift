import MathFontData

/// The math font every site carries, so MathML renders with stretchy brackets, big
/// operators and proper scripts on any machine, offline.
///
/// Chromium's MathML needs an OpenType MATH font; many systems (most Linux desktops)
/// have none, and then brackets do not stretch and `\sum` stays small. Asana Math (SIL
/// OFL 1.1) is the smallest good one (397 KB); the site carries a WOFF2 subset of it
/// (about 85 KB) with just the characters TeXMath can draw and their MATH variants,
/// renamed "Atlas Math" because "Asana Math" is the font's Reserved Font Name. It
/// reaches the page as a `data:` URL in `assets/math-font.css`: browsers refuse
/// `@font-face` files loaded from `file://` (their origin is opaque), and a site must
/// work from the disk. The font's bytes are generated data in their own target,
/// `MathFontData` (`Scripts/embed-math-font.py`).
enum BundledMathFont {
    /// `assets/math-font.css`: the `@font-face` rule with the font inline.
    static var stylesheet: String { String(decoding: stylesheetBytes, as: UTF8.self) }

    /// ``stylesheet`` as the bytes written: the base64 copied line by line (joining
    /// Substrings took 20 ms when the font was 530 KB of it).
    static var stylesheetBytes: [UInt8] {
        let head = """
            /* Atlas Math: a subset of Asana Math, copyright 2007 Apostolos Syropoulos,
               SIL Open Font License 1.1, renamed as its Reserved Font Name clause requires:
               see OFL-AsanaMath.txt beside this file. */
            @font-face {
              font-family: "Atlas Math";
              src: url("data:font/woff2;base64,
            """
        let tail = "\") format(\"woff2\");\n}\n"
        var bytes = Array(head.utf8)
        var lines = AsanaMath.base64Lines
        lines.withUTF8 { data in
            bytes.reserveCapacity(bytes.count + data.count + tail.utf8.count)
            for line in data.split(separator: UInt8(ascii: "\n")) { bytes.append(contentsOf: line) }
        }
        bytes.append(contentsOf: tail.utf8)
        return bytes
    }
}
