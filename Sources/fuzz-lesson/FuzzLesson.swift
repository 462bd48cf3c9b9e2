// libFuzzer target: arbitrary bytes as a whole lesson file through the full pipeline
// (UTF-8 check, front matter, math, cmark, directives, plots, tables, roles), as
// `atlas render` runs it. It must give HTML or diagnostics: never trap or hang.
import Foundation
import SiteBuilder

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLesson(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: count))
    _ = try? LessonPipeline.renderFragment(bytes, path: "fuzz.md", allowRawHTML: count % 2 == 0)
    return 0
}

#if !FUZZING
/// Without `-D FUZZING` (`make tools`, part of `make test`) this is an ordinary program that says
/// how to run it; `make fuzz` defines FUZZING so that libFuzzer supplies `main`.
@main
enum Main {
    static func main() {
        print("fuzz-lesson: a libFuzzer target; run it with 'make fuzz'")
    }
}
#endif
