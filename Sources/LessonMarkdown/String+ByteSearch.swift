import AtlasText

extension String {
    /// Whether the string's UTF-8 holds `byte`; a bridged string without contiguous
    /// UTF-8 is read through its view.
    func utf8Contains(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { ByteSearch.first(byte, in: $0, from: 0) < $0.count } ?? utf8.contains(byte)
    }
}
