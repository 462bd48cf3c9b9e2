/// The text of a new lesson: front matter, and a short example of each directive and of
/// `{eval}`, each with a note (an HTML comment, which the site leaves out) on what it does.
///
/// It builds with `atlas build --strict` without a warning, alone and among the shipped
/// course's lessons (`NewCommandTests`): an author starts from a lesson that works.
enum NewLessonText {
    /// The lesson titled `title`; its labels and definition are unique within a lesson,
    /// so any number of new lessons build side by side.
    static func text(title: String) -> String {
        """
        ---
        title: \(yamlQuoted(title))
        summary: "One sentence on what this lesson teaches; the course outline shows it"
        ---

        <!-- Notes like this one are for you: the site leaves them out. The examples below show
        each directive; keep what you need, delete the rest. 'atlas list' prints the functions. -->

        Write the lesson here, in Markdown, with math such as $\\sigma(x) = 1 / (1 + e^{-x})$.

        <!-- {plot}: curves of catalogue functions over :x:, their slopes dashed with :derivative:;
        :name: labels the figure for {ref}. -->

        ```{plot} sigmoid tanh
        :x: -4 4
        :derivative:
        :name: fig-example
        :caption: The sigmoid and tanh, with their slopes dashed
        ```

        {ref}`fig-example` shows both curves.

        <!-- {table}: values (and with :derivative: slopes) at the points of :x:. -->

        ```{table} sigmoid tanh
        :x: -2 0 2
        :derivative:
        :digits: 4
        ```

        <!-- {formula}: the definition and the derivative of one function, typeset. -->

        ```{formula} sigmoid
        ```

        <!-- {compare}: properties side by side: range, f(0), f'(0), monotonicity, smoothness. -->

        ```{compare} sigmoid tanh relu
        ```

        <!-- {define}: a function of your own, usable below like a catalogue function;
        :formula: is its TeX, the body an expression in x. -->

        ```{define} swish15
        :formula: x\\,\\sigma(1.5x)
        x * sigmoid(1.5 * x)
        ```

        <!-- {eval}: a number computed when the site is built. -->

        At zero the sigmoid's slope is {eval}`sigmoid'(0)`, and swish15(1) = {eval}`swish15(1)`.

        """
    }

    /// `text` as a YAML double-quoted scalar: `"`, `\` and control characters escaped (a
    /// line break becomes a space), so that any title reads back as written.
    static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n", "\r", "\t": quoted += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
