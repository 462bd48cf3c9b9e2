// libFuzzer target: arbitrary bytes as the info string and body of a directive, read by
// LessonMarkdown's directive reader (no rendering): ```{ + input + newline + ```.
// Every input must give directives or diagnostics with positions inside the lesson.
import LessonMarkdown

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDirective(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let lesson = "```{" + input + "\n```\n"
    // Lines as CommonMark counts them: ended by LF, CR LF or a lone CR.
    let bytes = Array(lesson.utf8)
    var lines = 1
    for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && bytes[safe: index + 1] != 0x0A) {
        lines += 1
    }
    for diagnostic in LessonParser.parse(lesson).diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lines, "diagnostic outside the lesson")
    }
    return 0
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

#if !FUZZING
/// Without `-D FUZZING` (`make tools`, part of `make test`) this is an ordinary program that says
/// how to run it; `make fuzz` defines FUZZING so that libFuzzer supplies `main`.
@main
enum Main {
    static func main() {
        print("fuzz-directive: a libFuzzer target; run it with 'make fuzz'")
    }
}
#endif
