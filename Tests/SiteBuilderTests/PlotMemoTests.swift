import Foundation
import LessonMarkdown
import SVGPlot
import Testing

@testable import SiteBuilder

/// Plots sharing their samples and read-out values (`PlotMemo`): the key holds all that
/// decides them and nothing that only labels them, a plot drawn from the memo is the plot
/// drawn anew, in either language, and threads that ask at once compute it once.
@Suite struct PlotMemoTests {
    /// Each plot's sampling key in a lesson, in document order.
    static func keys(_ markdown: String) -> [ContentDigest] {
        let lesson = LessonParser.parse(markdown).lesson
        let resolved = LessonResolver(course: nil, labels: LessonLabels(lesson), links: nil).resolve(lesson)
        return resolved.samplingKeys.sorted { $0.key < $1.key }.map(\.value)
    }

    static func key(_ plot: String) throws -> ContentDigest {
        try #require(keys(plot).first)
    }

    static let base = PlotTests.plot("sigmoid tanh", ":x: -6 6", ":derivative:")

    @Test("A caption, alt text or name, or the place in the lesson, leaves the key as it is")
    func labelsDoNotCount() throws {
        let base = try Self.key(Self.base)
        let labelled = PlotTests.plot(
            "sigmoid tanh", ":x: -6 6", ":derivative:", ":caption: S 形曲线", ":alt: Two curves.", ":name: fig-s")
        #expect(try Self.key(labelled) == base)
        // The second figure of a lesson: another number, the same samples.
        #expect(Self.keys(PlotTests.plot("relu") + "\n" + Self.base).last == base)
    }

    @Test(
        "Everything that decides the curves or where they are sampled changes the key",
        arguments: [
            PlotTests.plot("tanh sigmoid", ":x: -6 6", ":derivative:"),
            PlotTests.plot("sigmoid tanh", ":x: -6 6.5", ":derivative:"),
            PlotTests.plot("sigmoid tanh", ":x: -6 6"),
            PlotTests.plot("sigmoid tanh", ":x: -6 6", ":derivative:", ":y: -1 1"),
            PlotTests.plot("sigmoid tanh", ":x: -6 6", ":derivative:", ":width: 500"),
            PlotTests.plot("sigmoid tanh", ":x: -6 6", ":derivative:", ":height: 300"),
            PlotTests.plot("sigmoid tanh", ":x: -6 6", ":derivative:", ":samples: 80"),
            PlotTests.plot("leaky_relu(negative_slope=0.2)", ":x: -6 6", ":derivative:"),
        ])
    func inputsCount(_ other: String) throws {
        #expect(try Self.key(other) != Self.key(Self.base))
    }

    @Test("A family's parameter and values and the definitions before the plot change the key; later ones do not")
    func familiesAndDefinitions() throws {
        let family = try Self.key(PlotTests.plot("elu", ":vary: alpha 0.5 1 2"))
        #expect(try Self.key(PlotTests.plot("elu", ":vary: alpha 0.5 1 3")) != family)
        #expect(try Self.key(PlotTests.plot("leaky_relu", ":vary: negative_slope 0.5 1 2")) != family)
        let defined = "```{define} f\nsigmoid(2 * x)\n```\n\n" + PlotTests.plot("f")
        let redefined = "```{define} f\nsigmoid(3 * x)\n```\n\n" + PlotTests.plot("f")
        #expect(try Self.key(defined) != Self.key(redefined))
        let after = defined + "\n```{define} g\ntanh(x)\n```\n"
        #expect(try Self.key(after) == Self.key(defined))
    }

    /// The first plot of `markdown` as the compute phase draws it, with or without a key.
    static func html(_ markdown: String, words: SiteStrings, key: ContentDigest?) throws -> String {
        let lesson = LessonParser.parse(markdown).lesson
        let resolved = LessonResolver(course: nil, labels: LessonLabels(lesson), links: nil, words: words).resolve(lesson)
        let directive = try #require(resolved.directives.sorted { $0.key < $1.key }.first?.value)
        return String(decoding: try FragmentComputer.html(for: directive, words: words, samplingKey: key).get(), as: UTF8.self)
    }

    @Test("A plot drawn from the memo, in English and then in Chinese, is the plot drawn anew")
    func sameHTML() throws {
        // A key of its own, so that no other test's plot is in the memo under it.
        let markdown = PlotTests.plot("mish gelu", ":x: -4.25 3.75", ":derivative:", ":caption: Two gates.")
        let key = try Self.key(markdown)
        let english = try #require(SiteStrings.builtIn("en")), chinese = try #require(SiteStrings.builtIn("zh"))
        for words in [english, chinese, english] {
            #expect(try Self.html(markdown, words: words, key: key) == Self.html(markdown, words: words, key: nil))
        }
        #expect(try Self.html(markdown, words: chinese, key: key).contains("<svg"))
    }

    /// A sampling to store: any will do.
    static let anySampling = Plot.sample(
        [PlotCurve(id: "line", label: "line") { $0 }], options: PlotOptions(xDomain: -1...1, title: "", idPrefix: "p"))

    @Test("A plot asked for again is not computed again, until an entry past the budget forgets it")
    func budget() {
        let first = ContentDigest.of(Array("first".utf8)), second = ContentDigest.of(Array("second".utf8))
        let entry = PlotMemo.Entry(sampling: Self.anySampling, readout: [[0, 1]])
        // Room for one entry: the second one forgets every finished one, the first too.
        let memo = PlotMemo(budget: entry.size)
        var made = 0
        func ask(_ key: ContentDigest) {
            _ = memo.entry(key) {
                made += 1
                return entry
            }
        }
        ask(first)
        ask(first)
        #expect(made == 1)
        ask(second)
        ask(first)
        #expect(made == 3)
    }

    @Test("Threads asking for one plot at once compute it once and all get it")
    func concurrentAsks() throws {
        let memo = PlotMemo(budget: 1 << 20)
        let key = ContentDigest.of(Array("plot".utf8))
        let sampling = Self.anySampling
        let made = LockedBox(0)
        let answers = LockedBox<[[Double]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let entry = memo.entry(key) {
                made.withValue { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.05)
                return PlotMemo.Entry(sampling: sampling, readout: [[Double(index)]])
            }
            answers.withValue { $0.append(entry.readout[0]) }
        }
        #expect(made.withValue { $0 } == 1)
        let answered = answers.withValue { $0 }
        #expect(answered.count == 8 && Set(answered).count == 1)
    }
}
