import AtlasText

/// `sitemap.xml` (sitemaps.org protocol 0.9), written only when `site.yaml` has a
/// `base_url`: the outline and every published lesson, in page order, each by its
/// absolute address (``BaseURL/address(of:base:)``). No `<lastmod>`: the build knows no
/// date that would not change the bytes from one build to the next.
enum Sitemap {
    static let fileName = "sitemap.xml"

    /// - Parameters:
    ///   - pages: the site's page names relative to its root (`index.html`, `sigmoid.html`).
    ///   - base: a normalized `base_url`.
    static func xml(pages: [String], base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(MarkupText.escaped(BaseURL.address(of: page, base: base)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
