import Foundation

/// KaTeX's MathML for many formulas at once, from one `node` process running
/// `katex-corpus.js` (starting node for each formula would cost about 0.3 s apiece).
///
/// Needs Debian's `katex` package (`apt-get install katex`), which brings `node` and puts
/// the library in `/usr/share/nodejs/katex`.
enum KaTeXReference {
    /// One formula to render.
    struct Request: Encodable {
        var tex: String
        var display: Bool
    }

    /// KaTeX's answer for one formula: MathML, or KaTeX's parse error.
    struct Response: Decodable {
        var mathml: String?
        var error: String?
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("katex-corpus.js")

    /// Renders every request in order; throws when node or KaTeX cannot be run.
    static func render(_ requests: [Request]) throws -> [Response] {
        guard FileManager.default.fileExists(atPath: "/usr/share/nodejs/katex/package.json") else {
            throw Failure(
                description: "KaTeX is not installed: run 'apt-get install katex' (Debian's package provides /usr/share/nodejs/katex)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", script.path]
        var environment = ProcessInfo.processInfo.environment
        environment["NODE_PATH"] = "/usr/share/nodejs"
        process.environment = environment
        // The requests go through a file: writing a large corpus into a pipe while node
        // fills the other pipe with answers could deadlock.
        let requestFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("katex-requests-\(UUID().uuidString).json")
        try JSONEncoder().encode(requests).write(to: requestFile)
        defer { try? FileManager.default.removeItem(at: requestFile) }
        let input = try FileHandle(forReadingFrom: requestFile)
        defer { try? input.close() }
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // Node's errors go straight to our standard error.
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "'node \(script.lastPathComponent)' exited with status \(process.terminationStatus); check that 'node' is on PATH and NODE_PATH=/usr/share/nodejs holds katex"
            )
        }
        let responses = try JSONDecoder().decode([Response].self, from: data)
        guard responses.count == requests.count else {
            throw Failure(description: "KaTeX answered \(responses.count) formulas for \(requests.count) asked")
        }
        return responses
    }
}
