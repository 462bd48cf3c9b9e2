import AtlasCLI
import AtlasServe

await Atlas.runAndExit(Serve.self, Array(CommandLine.arguments.dropFirst()))
