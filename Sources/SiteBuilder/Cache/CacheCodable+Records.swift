import AtlasDiagnostics
import LessonMarkdown

// The records a lesson's cache entry holds, each written field by field in a fixed
// order (``CacheCodable``). A change here is a change of layout: bump
// `BuildCache.formatVersion`.

extension SourceLocation: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(line: try reader.readInt(), column: try reader.readInt())
    }
}

extension Diagnostic: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(kind.rawValue)
        writer.write(location)
        writer.write(message)
        writer.write(severity == .error)
        writer.write(hint)
        writer.write(endColumn)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        guard let kind = Kind(rawValue: try reader.readString()) else { throw CacheFormatError() }
        let location = try reader.read(SourceLocation.self)
        let message = try reader.readString()
        let severity: Severity = try reader.readBool() ? .error : .warning
        let hint = try reader.readOptional(String.self)
        self.init(kind, message, at: location, severity: severity, hint: hint, endColumn: try reader.readOptional(Int.self))
    }
}

extension FrontMatter: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(title)
        writer.write(order)
        writer.write(summary)
        writer.write(draft)
        writer.write(orderLocation)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(
            title: try reader.readOptional(String.self), order: try reader.readOptional(Int.self),
            summary: try reader.readOptional(String.self), draft: try reader.readBool())
        orderLocation = try reader.readOptional(SourceLocation.self)
    }
}

extension LessonLabels: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        // Sorted: the same labels always give the same bytes.
        writer.write(unsigned: UInt64(numbers.count))
        for (id, number) in numbers.sorted(by: { $0.key < $1.key }) {
            writer.write(id)
            writer.write(number)
        }
        writer.write(unsigned: UInt64(targets.count))
        for (label, target) in targets.sorted(by: { $0.key < $1.key }) {
            writer.write(label)
            writer.write(target.kind == .figure)
            writer.write(target.number)
        }
        writer.write(problems)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        var numbers: [Int: Int] = [:]
        for _ in 0..<(try reader.readCount()) { numbers[try reader.readInt()] = try reader.readInt() }
        var targets: [String: Target] = [:]
        for _ in 0..<(try reader.readCount()) {
            let label = try reader.readString()
            targets[label] = Target(kind: try reader.readBool() ? .figure : .table, number: try reader.readInt())
        }
        self.init(numbers: numbers, targets: targets, problems: try reader.readArray(Diagnostic.self))
    }
}

extension ConfinedFolder.File: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(sitePath)
        writer.write(physicalPath)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(sitePath: try reader.readString(), physicalPath: try reader.readString())
    }
}

extension LinkedFile: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(file)
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(file: try reader.read(), location: try reader.read())
    }
}

extension FragmentLink: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(lessonFileName)
        writer.write(fragment)
        writer.write(location)
        writer.write(isReference)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(
            lessonFileName: try reader.readString(), fragment: try reader.readString(), location: try reader.read(),
            isReference: try reader.readBool())
    }
}
