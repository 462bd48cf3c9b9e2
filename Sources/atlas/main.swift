import AtlasCLI

await Atlas.runAndExit()
