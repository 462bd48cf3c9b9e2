import Testing

/// Protects the yardstick itself: the ulp distance used by every accuracy test.
@Suite("ulp distance")
struct ULPTests {
    @Test("Neighbours, signed zeros, subnormals and NaN")
    func distances() {
        #expect(ulpDistance(1.0, 1.0) == 0)
        #expect(ulpDistance(1.0, 1.0.nextUp) == 1)
        #expect(ulpDistance(1.0.nextDown, 1.0.nextUp) == 2)
        #expect(ulpDistance(0.0, -0.0) == 0)
        #expect(ulpDistance(0.0, Double.leastNonzeroMagnitude) == 1)
        #expect(ulpDistance(-Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude) == 2)
        #expect(ulpDistance(Double.leastNormalMagnitude, Double.leastNormalMagnitude.nextDown) == 1)
        #expect(ulpDistance(Float(1), Float(1).nextUp.nextUp) == 2)
        #expect(ulpDistance(Float(0), -Float.leastNonzeroMagnitude) == 1)
        #expect(ulpDistance(Double.nan, .nan) == 0)
        #expect(ulpDistance(Double.nan, 1) == .max)
        #expect(ulpDistance(-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude) > 1 << 62)
    }
}
