import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document (an SVG, say): proves well-formedness with XMLParser and keeps
/// a flat element list.
public struct SVGDocument {
    public struct Element {
        public var name: String
        public var attributes: [String: String]
        public var text: String
        public var depth: Int
    }

    public var elements: [Element]
    public var error: String?

    public var isWellFormed: Bool { error == nil }

    public init(_ svg: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        elements = collector.elements
        error = ok ? nil : (parser.parserError.map { String(describing: $0) } ?? "parse failed")
    }

    /// Elements with this tag name, in document order.
    public func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Children of the root element, in order.
    public var rootChildren: [Element] { elements.filter { $0.depth == 1 } }

    private final class Collector: NSObject, XMLParserDelegate {
        public var elements: [Element] = []
        var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            stack.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributeDict, text: "", depth: stack.count - 1))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = stack.last { elements[index].text += string }
        }
    }
}

/// Absolute coordinates visited by path data made of M, l, h and v commands.
public func absolutePoints(_ data: String) -> [(Double, Double)] {
    var points: [(Double, Double)] = []
    var numbers: [Double] = []
    var command: Character = "M"
    var current = (0.0, 0.0)
    func flush() {
        switch command {
        case "M":
            if numbers.count >= 2 { current = (numbers[0], numbers[1]); points.append(current) }
        case "l":
            var index = 0
            while index + 1 < numbers.count {
                current = (current.0 + numbers[index], current.1 + numbers[index + 1])
                points.append(current)
                index += 2
            }
        case "h":
            for value in numbers { current.0 += value; points.append(current) }
        case "v":
            for value in numbers { current.1 += value; points.append(current) }
        default: break
        }
        numbers = []
    }
    var token = ""
    func endToken() {
        if let value = Double(token) { numbers.append(value) }
        token = ""
    }
    for character in data {
        if "Mlhv".contains(character) {
            endToken(); flush(); command = character
        } else if character == " " {
            endToken()
        } else if character == "-" {
            endToken(); token = "-"
        } else {
            token.append(character)
        }
    }
    endToken(); flush()
    return points
}

/// Number of subpaths (M commands) in path data.
public func subpathCount(_ data: String) -> Int { data.filter { $0 == "M" }.count }
