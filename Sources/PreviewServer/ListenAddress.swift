/// The address `atlas serve` listens on and the `Host` headers it answers.
///
/// A browser sends the name it connected to in `Host`; a page of another site whose
/// DNS name has been pointed at 127.0.0.1 (DNS rebinding) sends that name, so a request
/// whose `Host` is not one of ours is refused. On the loopback address the names are
/// `127.0.0.1:PORT`, `localhost:PORT` and `[::1]:PORT`; with `--host` an address of the
/// machine, that address too; with a wildcard address (`0.0.0.0`, `::`) any IP literal
/// with the port, since a name is what rebinding needs and an address cannot be rebound.
public struct ListenAddress: Sendable, Hashable {
    /// The IP address bound, as given (`127.0.0.1`, `::1`, `0.0.0.0`, `192.168.1.5`).
    public var ip: String
    public var port: UInt16

    public init(ip: String, port: UInt16) {
        self.ip = ip
        self.port = port
    }

    /// The address of `--host`: an IPv4 or IPv6 literal, or `localhost` (127.0.0.1); nil
    /// for anything else (a DNS name would have to be resolved, and could be rebound).
    public static func ip(forHost host: String) -> String? {
        if host.lowercased() == "localhost" { return "127.0.0.1" }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return IPLiteral.isIPv4(bare) || IPLiteral.isIPv6(bare) ? bare : nil
    }

    public var isIPv6: Bool { ip.contains(":") }

    /// 127.0.0.0/8 or ::1: reachable from this machine only.
    public var isLoopback: Bool {
        ip == "::1" || (IPLiteral.isIPv4(ip) && ip.hasPrefix("127."))
    }

    /// `0.0.0.0` or `::`: every address of the machine.
    public var isWildcard: Bool { ip == "0.0.0.0" || ip == "::" }

    /// The URL to open: the address itself, or 127.0.0.1 for a wildcard.
    public var url: String {
        let host = isWildcard ? "127.0.0.1" : (isIPv6 ? "[\(ip)]" : ip)
        return "http://\(host):\(port)/"
    }

    /// The `host:port` the URL names, as a browser sends it in `Origin` and `Host`.
    var authority: String {
        let host = isWildcard ? "127.0.0.1" : (isIPv6 ? "[\(ip)]" : ip)
        return "\(host):\(port)"
    }

    /// Whether a request's `Host` header names this server (case-insensitive). A missing
    /// port is refused: browsers always send it for a port other than 80.
    public func accepts(host header: String) -> Bool {
        let value = header.lowercased()
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        names.insert(isIPv6 ? "[\(ip.lowercased())]" : ip)
        for name in names where value == "\(name):\(port)" { return true }
        guard isWildcard, let colon = value.lastIndex(of: ":"), value[value.index(after: colon)...] == "\(port)" else {
            return false
        }
        let host = String(value[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { return IPLiteral.isIPv6(String(host.dropFirst().dropLast())) }
        return IPLiteral.isIPv4(host)
    }
}

/// Textual IP addresses, checked by their shape (no resolver is asked).
enum IPLiteral {
    /// Four decimal numbers 0–255 separated by dots, no leading zeros.
    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigitCharacter)
                    && (part.count == 1 || part.first != "0") && (Int(part) ?? 256) <= 255
            }
    }

    /// Hexadecimal groups separated by colons, at most one `::`, at most 8 groups (an
    /// IPv4 tail counts as two). Zone ids (`%eth0`) are not accepted.
    static func isIPv6(_ text: String) -> Bool {
        guard text.contains(":"), text.count <= 45 else { return false }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (position, part) in parts.enumerated() {
                let last = index == halves.count - 1 && position == parts.count - 1
                if last, part.contains(".") {
                    guard isIPv4(String(part)) else { return false }
                    groups += 2
                    continue
                }
                guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit) else { return false }
                groups += 1
            }
        }
        return halves.count == 2 ? groups < 8 : groups == 8
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
