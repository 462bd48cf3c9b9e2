import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parsing MathML text into a small element tree with Foundation's XMLParser.
extension MathMLSignature {
    /// One XML element: name, attributes, and children in document order.
    final class Element {
        enum Child {
            case element(Element)
            case text(String)
        }

        let name: String
        let attributes: [String: String]
        var children: [Child] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        var elementChildren: [Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }

        var text: String {
            children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
        }
    }

    /// Parses `mathML`; the error is XMLParser's, so a broken converter output is reported
    /// rather than compared.
    static func parseTree(_ mathML: String) -> Result<Element, ParseFailure> {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(withXMLEntities(mathML).utf8))
        parser.delegate = builder
        let parsed = parser.parse()
        if let problem = builder.problem { return .failure(ParseFailure(message: problem)) }
        guard parsed, let root = builder.root else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "no root element"
            return .failure(ParseFailure(message: reason))
        }
        return .success(root)
    }

    struct ParseFailure: Error {
        var message: String
    }

    /// HTML named entities a MathML fragment in a web page may use; XML knows only five.
    static func withXMLEntities(_ text: String) -> String {
        let named: [(String, String)] = [
            ("&nbsp;", "&#xA0;"), ("&minus;", "&#x2212;"), ("&prime;", "&#x2032;"),
            ("&ApplyFunction;", "&#x2061;"), ("&af;", "&#x2061;"), ("&InvisibleTimes;", "&#x2062;"),
            ("&it;", "&#x2062;"), ("&thinsp;", "&#x2009;"), ("&times;", "&#xD7;"), ("&sdot;", "&#x22C5;"),
            ("&middot;", "&#xB7;"), ("&hellip;", "&#x2026;"), ("&infin;", "&#x221E;"),
        ]
        var result = text
        for (name, reference) in named where result.contains(name) {
            result = result.replacingOccurrences(of: name, with: reference)
        }
        return result
    }

    /// Builds `Element`s from parser callbacks; used by one parser on one thread.
    final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: Element?
        var problem: String?
        private var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(.element(element)) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            // Linux XMLParser recovers from `<mi>x</math>` and reports success; refuse it here.
            guard stack.last?.name == elementName else {
                problem = "closing tag '\(elementName)' does not match '\(stack.last?.name ?? "nothing")'"
                parser.abortParsing()
                return
            }
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            problem = problem ?? String(describing: parseError)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let parent = stack.last else { return }
            // XMLParser may deliver one text node in several pieces; keep them together.
            if case .text(let previous) = parent.children.last {
                parent.children[parent.children.count - 1] = .text(previous + string)
            } else {
                parent.children.append(.text(string))
            }
        }
    }
}
