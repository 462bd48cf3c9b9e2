/// The version of atlas: the one place it is written.
///
/// `atlas --version` prints it, and the build cache keys its folder with it (besides the
/// executable's size and time), so that no two versions read each other's cache.
public enum AtlasVersion {
    /// Semantic versioning; 0.x while the author's language may still change.
    public static let current = "0.13.0"
}
