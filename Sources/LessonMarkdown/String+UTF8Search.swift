extension String {
    /// Whether the string's UTF-8 holds `byte`: a whole lesson is asked whether it holds
    /// a `\r`, a `$` or a placeholder's lead byte before anything else reads it.
    ///
    /// Read from the string's contiguous storage, a loop over a buffer, rather than
    /// through `UTF8View`'s iterator, which took several times as long per byte; a bridged
    /// string without contiguous UTF-8 goes the slow way.
    func utf8Contains(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
