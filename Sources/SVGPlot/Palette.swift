/// The Okabe–Ito colour-blind-safe palette, in the order series take it.
///
/// Reference: Okabe & Ito, "Color Universal Design" (2002),
/// https://jfly.uni-koeln.de/color/. The colours are written as `stroke` attributes so a
/// standalone SVG is coloured; the matching `c0`…`c6` classes let a site stylesheet
/// (which beats presentation attributes) restyle them, e.g. for a dark theme where
/// black (`c6`) would vanish.
enum Palette {
    /// Blue, vermillion, bluish green, reddish purple, orange, sky blue, black.
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

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
