import LessonMarkdown

extension ParameterFamily {
    /// What a reader sees for member `index`: `alpha = 0.5`, `alpha = −1` (true minus).
    func label(_ index: Int) -> String {
        "\(parameter.value) = \(values[index].value.replacingOccurrences(of: "-", with: "\u{2212}"))"
    }
}
