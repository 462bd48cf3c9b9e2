import SiteOutput

/// Paths as the user would type them, for messages: `Content` + `02-sigmoid.md`.
///
/// One definition, SiteOutput's (which names the output's files this way too), seen
/// here under the same name so that AtlasCLI, which sees SiteBuilder only, can use it.
public typealias DisplayPath = SiteOutput.DisplayPath
