// swift-tools-version:6.0
// ActivationAtlas: Markdown lessons about activation functions -> a static teaching site.
// Arrows point one way (DESIGN.md §1):
//   atlas -> AtlasCLI -> SiteBuilder -> {LessonMarkdown -> CCmark, SVGPlot, ActivationMath -> RealModule}
import PackageDescription

let package = Package(
    name: "ActivationAtlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "atlas", targets: ["atlas"]),
        .library(name: "ActivationMath", targets: ["ActivationMath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.0"),
    ],
    targets: [
        // MARK: - Public modules

        /// Every activation: value, derivative, metadata, catalogue, sampling.
        .target(
            name: "ActivationMath",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            exclude: ["README.md"]
        ),
        /// Sampled series -> deterministic, accessible SVG. Knows nothing of activations.
        .target(name: "SVGPlot", exclude: ["README.md"]),
        /// The only door to cmark: front matter, directives with positions, HTML.
        .target(
            name: "LessonMarkdown",
            dependencies: ["CCmark", "Yams"],
            exclude: ["README.md"]
        ),
        /// Content folder + templates -> site tree. Joins the modules above.
        .target(
            name: "SiteBuilder",
            dependencies: [
                "ActivationMath", "SVGPlot", "LessonMarkdown",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["README.md"],
            resources: [
                .embedInCode("Resources/layout.mustache"),
                .embedInCode("Resources/index.mustache"),
                .embedInCode("Resources/lesson.mustache"),
                .embedInCode("Resources/style.css"),
                .embedInCode("Resources/plot.js"),
                .embedInCode("Resources/OFL-AsanaMath.txt"),
            ]
        ),
        /// Subcommands, argument parsing, and the one place errors become text and exit codes.
        .target(
            name: "AtlasCLI",
            dependencies: [
                "SiteBuilder", "ActivationMath",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "atlas", dependencies: ["AtlasCLI"]),

        // MARK: - Implementation details

        /// cmark, Debian's libcmark-dev (pkg-config libcmark).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),

        // MARK: - Tests

        .target(name: "AtlasTestSupport", path: "Tests/AtlasTestSupport"),
        .testTarget(name: "ActivationMathTests", dependencies: ["ActivationMath", "AtlasTestSupport"], exclude: ["Vectors"]),
        .testTarget(name: "SVGPlotTests", dependencies: ["SVGPlot", "AtlasTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "LessonMarkdownTests", dependencies: ["LessonMarkdown", "AtlasTestSupport"],
            exclude: ["Math/Golden", "Math/corpus.tex", "Math/corpus-differences.txt", "Math/katex-corpus.js"]
        ),
        .testTarget(
            name: "SiteBuilderTests",
            dependencies: ["SiteBuilder", "AtlasTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "AtlasCLITests", dependencies: ["atlas", "AtlasCLI", "AtlasTestSupport"], exclude: ["Fixtures"]),
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
        .executableTarget(name: "atlas-bench", dependencies: ["ActivationMath"]),

        // libFuzzer targets (`make fuzz`). -parse-as-library: the file has no top-level
        // code, so with -D FUZZING there is no Swift `main` and libFuzzer's links in.
        .executableTarget(name: "fuzz-directive", dependencies: ["LessonMarkdown"], swiftSettings: fuzzSettings),
        .executableTarget(name: "fuzz-expression", dependencies: ["ActivationMath"], swiftSettings: fuzzSettings),
        .executableTarget(name: "fuzz-tex", dependencies: ["LessonMarkdown"], swiftSettings: fuzzSettings),
        .executableTarget(name: "fuzz-lesson", dependencies: ["SiteBuilder"], swiftSettings: fuzzSettings),
    ]
}

/// The fuzz targets are compiled as libraries would be (see above).
var fuzzSettings: [SwiftSetting] { [.unsafeFlags(["-parse-as-library"])] }
