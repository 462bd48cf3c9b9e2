// libFuzzer target: arbitrary bytes as an expression of `{define}`, `{eval}` and
// `atlas eval`. Parsing must return a value or an error, and evaluating what parses must
// return numbers (any, even NaN) for x and its derivative: never trap, never hang.
// Build and run with `make fuzz` (see the Makefile); a crash becomes a regression test.
import ActivationMath

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard case .success(let expression) = Expression.parse(text, lookup: Catalog.resolve) else { return 0 }
    for x in [-3.0, -0.0, 0.5, 1e300, .nan] {
        _ = expression.evaluate(at: x)
        _ = expression.evaluate(at: Float(x))
    }
    return 0
}

#if !FUZZING
/// Without `-D FUZZING` (`make tools`, part of `make test`) this is an ordinary program that says
/// how to run it; `make fuzz` defines FUZZING so that libFuzzer supplies `main`.
@main
enum Main {
    static func main() {
        print("fuzz-expression: a libFuzzer target; run it with 'make fuzz'")
    }
}
#endif
