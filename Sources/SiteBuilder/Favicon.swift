import Foundation

/// `assets/favicon.svg`: the sigmoid, σ(x) = 1 / (1 + e⁻ˣ) for x in [−6, 6], drawn by
/// the generator as a white curve on a rounded square of the site's link blue (the dark
/// scheme's lighter blue and a dark curve under `prefers-color-scheme: dark`), so that
/// it stands out on a light or a dark tab strip.
///
/// Labelled like every SVG of the site (`role="img"`, `<title>`, `<desc>`), which the
/// site checks hold every SVG file to.
///
/// Points every 0.5 in x, written with two decimals: the file is the same on every
/// machine and every build (`String(format:)` with `%.2f` is locale-independent).
enum Favicon {
    static let fileName = "assets/favicon.svg"

    /// The SVG text, ending in a newline.
    static let svg: String = {
        let points = stride(from: -6.0, through: 6.0, by: 0.5).map { x -> String in
            let y = 1 / (1 + exp(-x))
            // x: −6…6 → 5…27; y: 0…1 → 26…6 (SVG's y grows downwards).
            let px = 5 + (x + 6) / 12 * 22
            let py = 26 - y * 20
            return String(format: "%.2f %.2f", px, py)
        }
        let path = "M" + points.joined(separator: " L")
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img">\
            <title>Sigmoid</title><desc>The logistic sigmoid from x = -6 to 6, the icon of the site.</desc>\
            <style>rect{fill:#0b5cad}path{stroke:#fff}\
            @media (prefers-color-scheme:dark){rect{fill:#79b8ff}path{stroke:#0f1419}}</style>\
            <rect width="32" height="32" rx="6"/>\
            <path d="\(path)" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>

            """
    }()

    static var bytes: [UInt8] { Array(svg.utf8) }
}
