import Foundation

/// Runs the built `atlas` executable, as a user would, and captures what it prints.
public enum AtlasProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// `atlas` sits beside the test bundle in SwiftPM's build folder
    /// (`.build/<triple>/debug/`), because the test target depends on it.
    public static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On macOS the test binary is inside `X.xctest/Contents/MacOS/`.
        while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("atlas")
    }

    /// - Parameter environment: replaces the test's own environment when given (to set
    ///   or leave out `COLUMNS`, say).
    public static func run(
        _ arguments: [String], input: String? = nil, in directory: URL? = nil, environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        // Standard error goes to a file: reading two pipes one after the other can block
        // when the child fills the pipe that is not being read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let output = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errData = FileManager.default.contents(atPath: errorFile.path) ?? Data()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
