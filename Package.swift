// swift-tools-version:6.0
// ActivationAtlas: Markdown lessons about activation functions -> a static teaching site.
// Arrows point one way (DESIGN.md §1):
//   atlas-serve -> AtlasServe -> AtlasCLI, PreviewServer -> SiteBuilder, FlyingFox (atlas serve)
//   atlas -> AtlasCLI -> SiteBuilder -> LessonMarkdown -> CCmark (libcmark), TeXMath
//                                    -> SVGPlot
//                                    -> ActivationMath -> RealModule
//                                    -> TeXMath, MathFontData (generated data)
//                                    -> SiteOutput
//   every module may use AtlasDiagnostics (leaf: Diagnostic, SourceLocation, did-you-mean)
//   and AtlasText (leaf: the one number formatter, JSON writer and markup escaper)
import PackageDescription

let package = Package(
    name: "ActivationAtlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "atlas", targets: ["atlas"]),
        .executable(name: "atlas-serve", targets: ["atlas-serve"]),
        .library(name: "ActivationMath", targets: ["ActivationMath", "AtlasDiagnostics", "AtlasText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        // MARK: - Public modules

        /// The leaf every module may use: one diagnostic type with a kind, severity,
        /// location, message and hint, and one did-you-mean.
        .target(name: "AtlasDiagnostics", exclude: ["README.md"]),
        /// The leaf for numbers as text: shortest round-trip and correctly rounded decimals
        /// in parts, the one JSON writer, and the one escaper of text into HTML, SVG and
        /// MathML with its policy for control characters; byte search and ASCII-fast
        /// character classes for the lexers. No Foundation.
        // libm by name: AtlasText rounds and uses FMA (ScaledRounding) but imports nothing,
        // and an executable whose other modules do not pull libm in (fuzz-tex) would not link.
        .target(name: "AtlasText", exclude: ["README.md"], linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

        /// Every activation: value, derivative, metadata, catalogue.
        .target(
            name: "ActivationMath",
            dependencies: ["AtlasDiagnostics", "AtlasText", .product(name: "RealModule", package: "swift-numerics")],
            exclude: ["README.md"]
        ),
        /// Curves of any f(x) -> fitted range, adaptive samples, one layout, accessible SVG.
        /// Knows nothing of activations.
        .target(name: "SVGPlot", dependencies: ["AtlasText"], exclude: ["README.md"]),
        /// The TeX subset -> MathML Core. Knows nothing of Markdown.
        .target(name: "TeXMath", dependencies: ["AtlasDiagnostics", "AtlasText"], exclude: ["README.md"]),
        /// The only door to cmark: front matter, directives with positions, math found, HTML.
        .target(
            name: "LessonMarkdown",
            dependencies: ["AtlasDiagnostics", "CCmark", "AtlasText", "TeXMath", "Yams"],
            exclude: ["README.md"]
        ),
        /// A finished site (path -> bytes) -> the output folder, all or nothing. Knows nothing of lessons.
        .target(name: "SiteOutput", exclude: ["README.md"]),
        /// Content folder + templates -> site tree. Joins the modules above.
        .target(
            name: "SiteBuilder",
            dependencies: [
                "ActivationMath", "AtlasDiagnostics", "AtlasText", "LessonMarkdown", "MathFontData", "SVGPlot", "SiteOutput",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["README.md"],
            resources: [
                .embedInCode("Resources/layout.mustache"),
                .embedInCode("Resources/index.mustache"),
                .embedInCode("Resources/lesson.mustache"),
                .embedInCode("Resources/print.mustache"),
                .embedInCode("Resources/style.css"),
                .embedInCode("Resources/print.css"),
                .embedInCode("Resources/plot.js"),
                .embedInCode("Resources/search.js"),
                .embedInCode("Resources/site.js"),
                .embedInCode("Resources/preview.js"),
                .embedInCode("Resources/OFL-AsanaMath.txt"),
            ]
        ),
        /// `atlas serve`: the site over HTTP on the loopback address, rebuilt when a watched
        /// file changes, every open page reloaded (or shown the build's errors). Prints nothing.
        .target(
            name: "PreviewServer",
            dependencies: [
                "AtlasDiagnostics", "AtlasText", "SiteBuilder", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            exclude: ["README.md"],
            resources: [.embedInCode("Resources/live-reload.js")]
        ),
        /// Subcommands, argument parsing, and the one place errors become text and exit codes.
        .target(
            name: "AtlasCLI",
            dependencies: [
                "AtlasDiagnostics", "AtlasText", "SiteBuilder", "ActivationMath",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "atlas", dependencies: ["AtlasCLI"]),
        /// `atlas serve`, an executable of its own that `atlas` hands the command line to:
        /// FlyingFox brings in FoundationNetworking and libcurl, whose loading cost every
        /// other command 5–7 ms at start.
        .target(
            name: "AtlasServe",
            dependencies: [
                "AtlasCLI", "PreviewServer", "SiteBuilder", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "atlas-serve", dependencies: ["AtlasServe"]),

        // MARK: - Implementation details

        /// Generated data: the Asana Math font, base64 (Scripts/embed-math-font.py; `make math-font-check`).
        .target(name: "MathFontData", exclude: ["README.md", "characters.txt"]),
        /// cmark, Debian's libcmark-dev (pkg-config libcmark).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),

        // MARK: - Tests

        .target(name: "AtlasTestSupport", path: "Tests/AtlasTestSupport"),
        .testTarget(name: "AtlasDiagnosticsTests", dependencies: ["AtlasDiagnostics", "AtlasTestSupport"]),
        .testTarget(name: "AtlasTextTests", dependencies: ["AtlasText", "AtlasTestSupport"]),
        .testTarget(
            name: "ActivationMathTests", dependencies: ["ActivationMath", "AtlasDiagnostics", "AtlasTestSupport"], exclude: ["Vectors"]),
        .testTarget(name: "SVGPlotTests", dependencies: ["SVGPlot", "AtlasTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "TeXMathTests", dependencies: ["AtlasDiagnostics", "TeXMath", "AtlasTestSupport"],
            exclude: ["Golden", "corpus.tex", "corpus-differences.txt", "katex-corpus.js"]
        ),
        .testTarget(
            name: "LessonMarkdownTests",
            dependencies: ["AtlasDiagnostics", "LessonMarkdown", "AtlasText", "TeXMath", "AtlasTestSupport", "Yams"]),
        .testTarget(name: "SiteOutputTests", dependencies: ["SiteOutput", "AtlasTestSupport"]),
        .testTarget(
            name: "SiteBuilderTests",
            dependencies: [
                "AtlasDiagnostics", "SiteBuilder", "LessonMarkdown", "AtlasText", "SiteOutput", "SVGPlot",
                "AtlasTestSupport",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: ["PreviewServer", "SiteBuilder", "AtlasDiagnostics", "AtlasTestSupport"]),
        .testTarget(
            name: "AtlasCLITests",
            dependencies: ["atlas", "atlas-serve", "AtlasCLI", "AtlasServe", "AtlasDiagnostics", "AtlasTestSupport"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: - Developer tools (`make bench`, `make fuzz`)

// Only with ATLAS_DEV_TOOLS=1, which the Makefile sets: a plain `swift build` or
// `swift test` compiles neither the benchmark nor the libFuzzer targets (issue 11).
// `ATLAS_DEV_TOOLS=1 swift build`, part of `make test`, keeps them compiling.
if Context.environment["ATLAS_DEV_TOOLS"] == "1" {
    package.targets += [
        /// `make bench`: time per element of every function, next to numpy's.
        .executableTarget(name: "atlas-bench", dependencies: ["ActivationMath", "AtlasText", "SVGPlot"]),

        // libFuzzer targets (`make fuzz`). -parse-as-library: the file has no top-level
        // code, so with -D FUZZING there is no Swift `main` and libFuzzer's links in.
        .executableTarget(name: "fuzz-directive", dependencies: ["AtlasDiagnostics", "LessonMarkdown"], swiftSettings: fuzzSettings),
        .executableTarget(name: "fuzz-expression", dependencies: ["ActivationMath"], swiftSettings: fuzzSettings),
        .executableTarget(name: "fuzz-tex", dependencies: ["TeXMath"], swiftSettings: fuzzSettings),
        .executableTarget(name: "fuzz-lesson", dependencies: ["SiteBuilder"], swiftSettings: fuzzSettings),
    ]
}

/// The fuzz targets are compiled as libraries would be (see above).
var fuzzSettings: [SwiftSetting] { [.unsafeFlags(["-parse-as-library"])] }
