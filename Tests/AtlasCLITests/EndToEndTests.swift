import AtlasTestSupport
import Foundation
import Testing

/// Protects the real `atlas` command: exit codes, what it prints, what it writes.
@Suite struct EndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Copies a fixture into a fresh folder, so the build can write `_site` beside it.
    func workspace(_ fixture: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent(fixture).appendingPathComponent("Content"),
            to: folder.url.appendingPathComponent("Content"))
        return folder
    }

    @Test("atlas build with no options builds ./Content into ./_site")
    func build() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let result = try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("_site/index.html"))
        #expect(
            TemporaryFolder.files(in: folder.url.appendingPathComponent("_site"))
                == [
                    "assets/OFL-AsanaMath.txt", "assets/favicon.svg", "assets/math-font.css", "assets/plot.js",
                    "assets/preview.js", "assets/print.css", "assets/search-index.js", "assets/search.js", "assets/search/0.js",
                    "assets/site.js", "assets/strings.js", "assets/style.css", "index.html", "print.html", "sigmoid.html",
                ])
    }

    @Test("A misspelt function: exit 1, a compiler-style message, nothing written")
    func misspelt() throws {
        let folder = try workspace("misspelt")
        defer { folder.remove() }
        let result = try AtlasProcess.run(["build"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                Content/01-typo.md:7:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?
                    7 | ```{plot} sigmod
                      |           ^
                1 error; _site left as it was

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("_site").path))
    }

    @Test("Warnings are printed and the build goes on; with --strict they fail it and nothing is written")
    func warningsAndStrict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("---\ntitle: A\norder: 1\n---\nA.\n".utf8).write(to: content.appendingPathComponent("01-a.md"))
        try Data("---\ntitle: B\norder: 1\n---\nB.\n".utf8).write(to: content.appendingPathComponent("02-b.md"))
        let expected = """
            Content/02-b.md:3:1: warning: 'order: 1' is also the order of '01-a.md'; the two follow each other by file name
                3 | order: 1
                  | ^
              hint: give each lesson its own 'order', or leave 'order' out to order lessons by file name

            """
        let strict = try AtlasProcess.run(["build", "--strict"], in: folder.url)
        #expect(strict.status == 1)
        // Piped, so no colour codes; the summary names the warning that failed the build.
        #expect(
            strict.standardError
                == expected + "--strict: 1 warning failed the build (Content/02-b.md:3:1); _site left as it was\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("_site").path))
        let lenient = try AtlasProcess.run(["build"], in: folder.url)
        #expect(lenient.status == 0)
        #expect(lenient.standardError == expected)
        #expect(lenient.standardOutput.contains("(1 warning): open _site/index.html"))
    }

    @Test(
        "Usage errors exit 2",
        arguments: [
            ["build", "--content", "NoSuchFolder"],
            ["build", "--jobs", "0"],
            ["eval", "sigmoid"],
            ["eval", "sigmod", "--x", "1"],
            ["eval", "sigmoid", "--x", "one"],
            ["frobnicate"],
            ["list", "nosuch"],
        ])
    func usage(_ arguments: [String]) throws {
        let result = try AtlasProcess.run(arguments)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(!result.standardError.isEmpty)
    }

    @Test(
        "Usage error messages",
        arguments: [
            (["eval", "sigmod", "--x", "1"], "error: unknown activation 'sigmod'; did you mean 'sigmoid'?\n"),
            (["list", "tanhh"], "error: unknown activation 'tanhh'; did you mean 'tanh'?\n"),
            // Read as a reference, which gets further than reading it as an expression.
            (
                ["eval", "gelu(approximate=foo)", "--x", "1"],
                "error: parameter 'approximate' is 'none' or 'tanh', not 'foo'\n  gelu(approximate=foo)\n                   ^\n"
            ),
            (["eval", "relu(alpha=1)", "--x", "1"], "error: 'relu' takes no parameters\n  relu(alpha=1)\n       ^\n"),
            (["eval", "max(x)", "--x", "1"], "error: 'max' takes 2 arguments\n  max(x)\n  ^\n"),
            (["render", "NoSuchLesson.md"], "error: cannot read 'NoSuchLesson.md'; pass a lesson file or '-'\n"),
            (["render", "/"], "error: '/' is a folder; pass a lesson file or '-'\n"),
        ])
    func usageMessages(_ arguments: [String], message: String) throws {
        let result = try AtlasProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError == message)
    }

    /// swift-argument-parser prints these, from `validate()`, with the usage after them,
    /// and `Error:` rewritten `error:` as every other error starts.
    @Test(
        "Options checked before running: exit 2 and the message first",
        arguments: [
            (["build", "--jobs", "0"], "error: '--jobs' must be between 1 and 1024, not '0'"),
            (
                ["build", "--content", "NoSuchFolder"],
                "error: content folder 'NoSuchFolder' does not exist; create it or pass --content DIR"
            ),
            (
                ["build", "--content", "/", "--templates", "NoSuchFolder"],
                "error: templates folder 'NoSuchFolder' does not exist; pass an existing folder"
            ),
            (["eval", "sigmoid"], "error: give the points with --x, e.g. '--x -2 0 2'"),
            (["eval", "sigmoid", "--x", "1", "one"], "error: 'one' after --x is not a number"),
        ])
    func validationMessages(_ arguments: [String], message: String) throws {
        let result = try AtlasProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.split(separator: "\n").first.map(String.init) == message)
        #expect(result.standardError.contains("Usage: atlas \(arguments[0])"))
    }

    @Test("eval reads values that begin with a minus and prints shortest round-trip strings in JSON")
    func evalJSON() throws {
        let result = try AtlasProcess.run(
            ["eval", "relu", "--x", "-2", "-inf", "-0.0", "5e-324", "nan", "--derivative", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: String]]
        #expect(
            rows == [
                ["x": "-2", "value": "0", "derivative": "0"],
                ["x": "-inf", "value": "0", "derivative": "0"],
                ["x": "-0", "value": "0", "derivative": "0"],
                ["x": "5e-324", "value": "5e-324", "derivative": "1"],
                ["x": "nan", "value": "nan", "derivative": "nan"],
            ])
    }

    @Test("eval in Float rounds the input to Float first; every printed number reads back exactly")
    func evalFloat() throws {
        let result = try AtlasProcess.run(["eval", "sigmoid", "--x", "0.1", "-100", "--type", "float", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: String]]
        let values = rows?.compactMap { $0["value"] } ?? []
        #expect(values.count == 2)
        // Reference: mpmath, 1/(1+e^-x) at x = Float(0.1) = 0.100000001490116119384765625, rounded to binary32.
        #expect(values.first.flatMap { Float($0) } == Float(0.5249792))
        // σ(−100) = 3.72e−44 is a Float subnormal; Float gives it, not 0.
        #expect(values.last.flatMap { Float($0) }.map { $0 > 0 && $0 < Float.leastNormalMagnitude } == true)
    }

    @Test("eval takes an expression; its derivative comes from dual numbers")
    func evalExpression() throws {
        let result = try AtlasProcess.run(["eval", "x*sigmoid(1.5*x)", "--x", "-1", "0", "1", "--derivative", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: String]]
        let derivatives = rows?.compactMap { $0["derivative"].flatMap(Double.init) } ?? []
        // mpmath, 30 digits: d/dx x·σ(1.5x) at −1, 0, 1.
        let reference = [-0.0412941542991429443595172943073, 0.5, 1.04129415429914294435951729431]
        #expect(derivatives.count == 3)
        for (ours, exact) in zip(derivatives, reference) {
            // At −1 the two terms of the product rule cancel five-fold: a few ulp is the best
            // any evaluation in Double can promise there.
            #expect(abs(ours - exact) <= 8 * exact.ulp, "\(ours) against \(exact)")
        }
        let bad = try AtlasProcess.run(["eval", "x*sigmod(x)", "--x", "1"])
        #expect(bad.status == 2)
        #expect(bad.standardError == "error: unknown function 'sigmod'; did you mean 'sigmoid'?\n  x*sigmod(x)\n    ^\n")
    }

    @Test("eval text output lines up values under a header")
    func evalText() throws {
        let result = try AtlasProcess.run(["eval", "leaky_relu(negative_slope=0.2)", "--x", "-1", "--derivative"])
        #expect(
            result.standardOutput == """
                x   leaky_relu(negative_slope=0.2)(x)  leaky_relu(negative_slope=0.2)'(x)
                -1  -0.2                               0.2

                """)
    }

    @Test("render prints one lesson's fragment from standard input")
    func render() throws {
        let result = try AtlasProcess.run(["render", "-"], input: "---\ntitle: T\n---\n# Hello <b>x</b>\n")
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                <h1 id="hello-x">Hello <!-- raw HTML omitted -->x<!-- raw HTML omitted --> \
                <a class="anchor" href="#hello-x" aria-hidden="true" tabindex="-1">#</a></h1>

                """)
        let failing = try AtlasProcess.run(["render"], input: "```{table} relu\n:digits: 0\n```\n")
        #expect(failing.status == 1)
        #expect(failing.standardError == "<stdin>:2:10: error: ':digits:' takes a whole number from 1 to 17, not '0'\n")
    }

    @Test("list names every function of the catalogue")
    func list() throws {
        let result = try AtlasProcess.run(["list"])
        #expect(result.status == 0)
        for name in ["sigmoid (logistic)", "tanh", "relu", "negative_slope=0.01", "alpha=1", "torch.nn.functional.relu"] {
            #expect(result.standardOutput.contains(name))
        }
        let one = try AtlasProcess.run(["list", "logistic"])
        #expect(one.standardOutput.hasPrefix("sigmoid: "))
    }
}
