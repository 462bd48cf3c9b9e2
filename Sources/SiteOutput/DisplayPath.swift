/// Paths as the user would type them, for messages: `Content` + `02-sigmoid.md`.
public enum DisplayPath {
    /// `join("Content", "a.md")` is `Content/a.md`; `join("", "a.md")` and `join(".", "a.md")` are `a.md`.
    public static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
