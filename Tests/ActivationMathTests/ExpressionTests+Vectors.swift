import ActivationMath
import Foundation
import Testing

/// Protects the dual-number derivatives against mpmath references (Vectors/expressions.py).
@Suite("Expression reference vectors")
struct ExpressionVectorTests {
    struct Vector: Sendable {
        var expression: String
        var x: Double
        var value: Double
        var derivative: Double
        var floatValue: Double
        var floatDerivative: Double
        var line: Int
    }

    static func load(filePath: String = #filePath) throws -> [Vector] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Vectors").appendingPathComponent("expressions.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var vectors: [Vector] = []
        for (index, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let x = Double(f[1]), let v = Double(f[2]), let d = Double(f[3]),
                let fv = Double(f[4]), let fd = Double(f[5])
            else { throw VectorFileError(message: "expressions.tsv:\(index + 1): malformed line '\(line)'") }
            vectors.append(
                Vector(
                    expression: f[0], x: x, value: v, derivative: d, floatValue: fv, floatDerivative: fd,
                    line: index + 1))
        }
        return vectors
    }

    @Test("Double: value and derivative within 4 ulp of mpmath")
    func double() throws {
        let vectors = try Self.load()
        #expect(vectors.count > 100)
        var worst: (UInt64, String) = (0, "")
        for v in vectors {
            let expression = try Expression.parse(v.expression).get()
            let (value, derivative) = expression.evaluate(at: v.x)
            let dv = ulpDistance(value, v.value)
            let dd = ulpDistance(derivative, v.derivative)
            #expect(dv <= 4, "\(v.expression) at \(v.x): value \(value) vs \(v.value) (\(dv) ulp)")
            #expect(dd <= 4, "\(v.expression) at \(v.x): derivative \(derivative) vs \(v.derivative) (\(dd) ulp)")
            if Swift.max(dv, dd) > worst.0 { worst = (Swift.max(dv, dd), "\(v.expression) at \(v.x)") }
        }
        print("worst ulp (Double, expressions): \(worst.0) — \(worst.1)")
    }

    @Test("Float: value and derivative within 8 ulp of mpmath rounded once to Float")
    func float() throws {
        var worst: (UInt64, String) = (0, "")
        for v in try Self.load() {
            let expression = try Expression.parse(v.expression).get()
            let (value, derivative) = expression.evaluate(at: Float(v.x))
            let dv = ulpDistance(value, Float(v.floatValue))
            let dd = ulpDistance(derivative, Float(v.floatDerivative))
            #expect(dv <= 8, "\(v.expression) at \(v.x): value \(value) vs \(v.floatValue) (\(dv) ulp)")
            #expect(dd <= 8, "\(v.expression) at \(v.x): derivative \(derivative) vs \(v.floatDerivative) (\(dd) ulp)")
            if Swift.max(dv, dd) > worst.0 { worst = (Swift.max(dv, dd), "\(v.expression) at \(v.x)") }
        }
        print("worst ulp (Float, expressions): \(worst.0) — \(worst.1)")
    }
}
