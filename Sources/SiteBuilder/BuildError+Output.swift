import SiteOutput

extension BuildError {
    /// The build error for a failure to install the site: the same path and reason, so
    /// that the message is made here, in ``message``, like every other.
    init(_ error: OutputError) {
        switch error {
        case .unsafeLocation(let path, let reason): self = .unsafeOutput(path: path, reason: reason)
        case .fileSystem(let path, let reason): self = .fileSystem(path: path, reason: reason)
        }
    }
}
