import Foundation

/// WCAG 2.1 contrast ratio between two `#RRGGBB` colours (1 … 21), from the relative
/// luminance of sRGB: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
public func contrastRatio(_ first: String, _ second: String) -> Double? {
    guard let a = relativeLuminance(first), let b = relativeLuminance(second) else { return nil }
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
}

private func relativeLuminance(_ hex: String) -> Double? {
    let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
    guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
        let c = Double(channel) / 255
        return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
}
