import MathFontData

/// The math font every site carries, so MathML renders with stretchy brackets, big
/// operators and proper scripts on any machine, offline.
///
/// Chromium's MathML needs an OpenType MATH font; many systems (most Linux desktops)
/// have none, and then brackets do not stretch and `\sum` stays small. Asana Math (SIL
/// OFL 1.1) is the smallest good one (397 KB). It reaches the page as a `data:` URL in
/// `assets/math-font.css`: browsers refuse `@font-face` files loaded from `file://`
/// (their origin is opaque), and a site must work from the disk. The font's bytes are
/// generated data in their own target, `MathFontData`.
enum BundledMathFont {
    /// `assets/math-font.css`: the `@font-face` rule with the font inline.
    static var stylesheet: String {
        // The lines joined byte by byte: splitting 530 KB into Substrings and joining them
        // took 20 ms, a quarter of a small course's build.
        let data = String(decoding: AsanaMath.base64Lines.utf8.filter { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        return """
            /* Asana Math, copyright 2007 Apostolos Syropoulos, SIL Open Font License 1.1:
               see OFL-AsanaMath.txt beside this file. */
            @font-face {
              font-family: "Asana Math";
              src: url("data:font/otf;base64,\(data)") format("opentype");
            }

            """
    }
}
