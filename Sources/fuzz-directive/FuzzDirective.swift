// libFuzzer target: arbitrary bytes as the info string and body of a directive, read by
// LessonMarkdown's directive reader (no rendering): ```{ + input + newline + ```.
// Every input must give directives or diagnostics with positions inside the lesson.
import LessonMarkdown

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDirective(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let lesson = "```{" + input + "\n```\n"
    let lines = lesson.split(separator: "\n", omittingEmptySubsequences: false).count
    for diagnostic in LessonRenderer.directives(in: lesson).diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lines, "diagnostic outside the lesson")
    }
    return 0
}

#if !FUZZING
/// Without `-D FUZZING` (a plain `swift build`) this is an ordinary program that says
/// how to run it; `make fuzz` defines FUZZING so that libFuzzer supplies `main`.
@main
enum Main {
    static func main() {
        print("fuzz-directive: a libFuzzer target; run it with 'make fuzz'")
    }
}
#endif
