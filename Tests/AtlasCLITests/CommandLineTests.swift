import ActivationMath
import AtlasTestSupport
import Foundation
import SiteBuilder
import Testing

@testable import AtlasCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the small promises of the command line (issue 13, point 7): --version, the
/// width of `atlas list`, eval's several functions, lists and leading minus signs, the
/// same errors as the build, `error:` first, and render's notice on a terminal.
@Suite struct CommandLineTests {
    @Test("--version prints the one version string, exit 0")
    func version() throws {
        let result = try AtlasProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == AtlasVersion.current + "\n")
        #expect(AtlasVersion.current.split(separator: ".").count == 3)
    }

    @Test("Every error starts 'error:', the argument parser's too")
    func errorPrefix() throws {
        let unknown = try AtlasProcess.run(["frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("error: Unexpected argument 'frobnicate'\n"))
        let option = try AtlasProcess.run(["build", "--nosuch"])
        #expect(option.standardError.hasPrefix("error: Unknown option '--nosuch'\n"))
        #expect(ErrorPrefix.lowercased("Error: x") == "error: x")
        #expect(ErrorPrefix.lowercased("error: x") == "error: x")
        #expect(ErrorPrefix.lowercased("Usage: Error: x") == "Usage: Error: x")
    }

    /// The environment of the test without COLUMNS, plus `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = nil
        return environment.merging(extra) { _, new in new }
    }

    @Test("atlas list: ranges to 4 significant digits; piped, lines as long as they are")
    func listPiped() throws {
        let result = try AtlasProcess.run(["list"], environment: environment())
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("gelu ") && $0.contains("[−0.17, ∞)") && $0.contains("torch.nn.functional.gelu") })
        #expect(lines.contains { $0.contains("torch.nn.functional.leaky_relu(negative_slope=0.01)") })
        #expect(!result.standardOutput.contains("0.1699712"))
        // One line per function and the header: nothing wrapped.
        #expect(lines.count == 1 + Catalog.entries.count)
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") })
    }

    @Test("atlas list fits COLUMNS: cells wrap, ranges stay whole, PyTorch names shortened to F.", arguments: [80, 100])
    func listFits(_ columns: Int) throws {
        let result = try AtlasProcess.run(["list"], environment: environment(["COLUMNS": String(columns)]))
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let widest = lines.map(\.count).max() ?? 0
        #expect(widest <= columns, "\(widest) > \(columns)")
        #expect(lines.contains { $0.contains("[−0.2785, ∞)") })
        #expect(lines.contains { $0.hasSuffix("F.leaky_relu") })
        #expect(lines.last == "F. is torch.nn.functional.")
    }

    @Test("Terminal width: COLUMNS first, then the terminal, else nothing to fit")
    func columns() {
        #expect(Terminal.columns(environment: ["COLUMNS": "72"], terminalWidth: 120) == 72)
        #expect(Terminal.columns(environment: ["COLUMNS": "wide"], terminalWidth: 120) == 120)
        #expect(Terminal.columns(environment: [:], terminalWidth: nil) == nil)
        #expect(TableLayout.wrap("torch.nn.PReLU(init=0.25) x", width: 16) == ["torch.nn.PReLU(", "init=0.25) x"])
        #expect(TableLayout.fit([["a", "b c"]], width: nil) == "a  b c")
        #expect(TableLayout.fit([["aaaa", "bb cc"]], width: 8) == "aaaa  bb\n      cc")
    }

    @Test("eval: several functions, a list after --x, an expression that starts with a minus")
    func evalForms() throws {
        let several = try AtlasProcess.run(["eval", "sigmoid", "tanh", "--x", "1"])
        #expect(several.status == 0, "\(several.standardError)")
        #expect(several.standardOutput == "x  sigmoid(x)          tanh(x)\n1  0.7310585786300049  0.7615941559557649\n")
        let list = try AtlasProcess.run(["eval", "relu", "--x", "-2,0,2", "--format", "json"])
        #expect(list.standardOutput == #"[{"x": "-2", "value": "0"}, {"x": "0", "value": "0"}, {"x": "2", "value": "2"}]"# + "\n")
        let minus = try AtlasProcess.run(["eval", "-x^-x", "--x", "0.5"])
        #expect(minus.status == 0, "\(minus.standardError)")
        #expect(minus.standardOutput == "x    f(x)\n0.5  -1.4142135623730951\n")
        let json = try AtlasProcess.run(["eval", "relu", "x*x", "--x", "-1", "--derivative", "--format", "json"])
        #expect(
            json.standardOutput
                == #"[{"function": "relu", "x": "-1", "value": "0", "derivative": "0"}, "#
                + #"{"function": "x*x", "x": "-1", "value": "1", "derivative": "-2"}]"# + "\n")
        let bad = try AtlasProcess.run(["eval", "relu", "--x", "1,,2"])
        #expect(bad.status == 2)
        #expect(bad.standardError.hasPrefix("error: '' after --x is not a number\n"))
    }

    @Test("eval refuses what the build refuses, in the same words")
    func evalSameErrors() throws {
        let derivative = try AtlasProcess.run(["eval", "sigmoid'(x)", "--derivative", "--x", "1"])
        #expect(derivative.status == 2)
        #expect(
            derivative.standardError
                == "error: the derivative of 'sigmoid'(x)' is not available: its expression uses a derivative f'(…), "
                + "and atlas computes first derivatives only; leave out '--derivative'\n")
        let values = try AtlasProcess.run(["eval", "sigmoid'(x)", "--x", "1"])
        #expect(values.status == 0)
        let hardtanh = try AtlasProcess.run(["eval", "hardtanh(min_val=2, max_val=1)", "--x", "1"])
        #expect(hardtanh.status == 2)
        #expect(
            hardtanh.standardError
                == "error: 'hardtanh' needs min_val < max_val, as PyTorch's nn.Hardtanh does, not min_val=2 and max_val=1\n"
                + "  hardtanh(min_val=2, max_val=1)\n  ^\n")
        let equal = try AtlasProcess.run(["eval", "x*hardtanh(x, max_val=-1)", "--x", "1"])
        #expect(
            equal.standardError
                == "error: 'hardtanh' needs min_val < max_val, as PyTorch's nn.Hardtanh does, not min_val=-1 and max_val=-1\n"
                + "  x*hardtanh(x, max_val=-1)\n    ^\n")
    }

    #if os(Linux)
    @Test("render on a terminal says what it waits for, on standard error; piped, it says nothing")
    func renderNotice() throws {
        // A pseudo-terminal from /dev/ptmx (posix_openpt and ptsname are not imported into
        // Swift): unlock it and ask its number with the ioctls of asm-generic/ioctls.h,
        // the same on x86-64 and arm64.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        try #require(ioctl(master, TIOCSPTLCK, &unlock) == 0 && ioctl(master, TIOCGPTN, &number) == 0)
        let terminal = try #require(FileHandle(forUpdatingAtPath: "/dev/pts/\(number)"))
        let process = Process()
        process.executableURL = AtlasProcess.executable
        process.arguments = ["render"]
        process.standardInput = terminal
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        try terminal.close()
        // The lesson, then Ctrl-D at the start of a line: the end of input on a terminal.
        let typed = Array("# Hi\n\u{4}".utf8)
        _ = typed.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
        let stop = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: stop)
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let notice = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        stop.cancel()
        #expect(process.terminationStatus == 0)
        #expect(
            notice
                == "atlas render: reading a lesson from standard input; type or paste it, then press Ctrl-D "
                + "(or pass a file: 'atlas render LESSON.md')\n")
        #expect(printed.hasPrefix("<h1 id=\"hi\">Hi"))
        let piped = try AtlasProcess.run(["render"], input: "# Hi\n")
        #expect(piped.standardError == "")
    }
    #endif
}
