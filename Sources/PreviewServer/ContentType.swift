/// The `Content-Type` of a served file, by its extension (case-insensitive); text types
/// say UTF-8, which is what the build writes.
enum ContentType {
    static func of(fileName: String) -> String {
        let dot = fileName.lastIndex(of: ".")
        let ext = dot.map { fileName[fileName.index(after: $0)...].lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }

    static let html = "text/html; charset=utf-8"

    private static let types: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "map": "application/json",
        "svg": "image/svg+xml",
        "xml": "application/xml",
        "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "pdf": "application/pdf", "wasm": "application/wasm",
    ]
}
