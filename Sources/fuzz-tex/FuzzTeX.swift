// libFuzzer target: arbitrary bytes as TeX for the MathML converter, inline and display.
// It must give MathML or a TextProblem (with an offset inside the input): never trap, never
// recurse without bound, never take time beyond linear-ish in the input.
import TeXMath

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    for display in [false, true] {
        if case .failure(let error) = MathMLConverter.convert(tex, display: display) {
            precondition(error.offset >= 0 && error.offset <= tex.count, "error offset outside the input")
        }
    }
    return 0
}

#if !FUZZING
/// Without `-D FUZZING` (`make tools`, part of `make test`) this is an ordinary program that says
/// how to run it; `make fuzz` defines FUZZING so that libFuzzer supplies `main`.
@main
enum Main {
    static func main() {
        print("fuzz-tex: a libFuzzer target; run it with 'make fuzz'")
    }
}
#endif
