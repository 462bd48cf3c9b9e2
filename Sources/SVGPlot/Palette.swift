/// The Okabe–Ito colour-blind-safe palette, in the order series take it.
///
/// Reference: Okabe & Ito, "Color Universal Design" (2002),
/// https://jfly.uni-koeln.de/color/. The colours are written as `stroke` attributes so a
/// standalone SVG is coloured; the matching `c0`…`c6` classes let a site stylesheet
/// (which beats presentation attributes) restyle them, e.g. for a dark theme where
/// black (`c6`) would vanish.
///
/// Three hues are darkened a little (same hue, every channel scaled) so that every curve
/// has the 3:1 contrast on white that WCAG 2.1 (1.4.11, non-text contrast) asks of
/// graphics: Okabe–Ito's orange #E69F00 has 2.25:1, sky blue #56B4E9 2.31:1 and reddish
/// purple #CC79A7 3.06:1; #BF8400, #4897C4 and #C675A2 have 3.2:1 or more.
///
/// Black comes fifth, before the darkened orange and sky blue: next to vermillion and
/// blue those two are the hardest to tell apart, and five curves (the classic
/// activations) is the common case.
enum Palette {
    /// Blue, vermillion, bluish green, reddish purple, black, orange, sky blue.
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#C675A2", "#000000", "#BF8400", "#4897C4"]

    /// The palette slot of a colour index: `index` modulo 7, never negative.
    ///
    /// `Int.min % 7` does not overflow, so every `Int` is accepted.
    static func slot(_ index: Int) -> Int {
        let count = colors.count
        return ((index % count) + count) % count
    }

    /// The `#RRGGBB` colour of a colour index.
    static func color(_ index: Int) -> String {
        colors[slot(index)]
    }
}
