import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// The width to fit standard output to: `COLUMNS` when it holds a positive number (as
    /// `ls` and most tools read it), else the terminal's own width when standard output is
    /// a terminal, else nil: a pipe or a file gets lines as long as they are.
    static var standardOutputColumns: Int? {
        columns(environment: ProcessInfo.processInfo.environment, terminalWidth: terminalWidth(of: 1))
    }

    /// ``standardOutputColumns`` from its inputs, for tests.
    static func columns(environment: [String: String], terminalWidth: Int?) -> Int? {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return terminalWidth
    }

    /// The width in columns of the terminal on `descriptor`, or nil when it is not a
    /// terminal (or says 0).
    static func terminalWidth(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
