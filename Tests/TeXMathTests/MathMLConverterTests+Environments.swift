extension MathMLConverterTests {
    /// The environments: `cases`, `aligned` and the matrices, tables of rows and cells.
    static let environmentCases: [(tex: String, display: Bool, mathML: String)] = [
        (
            ##"\begin{cases} x & x > 0 \\ 0 & \text{otherwise} \end{cases}"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">{</mo><mtable><mtr><mtd style="text-align:left"><mi>x</mi></mtd><mtd style="text-align:left"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd style="text-align:left"><mn>0</mn></mtd><mtd style="text-align:left"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow><annotation encoding="application/x-tex">\begin{cases} x &amp; x &gt; 0 \\ 0 &amp; \text{otherwise} \end{cases}</annotation></semantics></math>"##
        ),
        (
            ##"\begin{aligned} f &= a \\ &+ b \end{aligned}"##, false,
            ##"<math><semantics><mrow><mtable displaystyle="true"><mtr><mtd style="text-align:right;padding-right:0"><mi>f</mi></mtd><mtd style="text-align:left;padding-left:0"><mo>=</mo><mi>a</mi></mtd></mtr><mtr><mtd style="text-align:right;padding-right:0"></mtd><mtd style="text-align:left;padding-left:0"><mo form="infix">+</mo><mi>b</mi></mtd></mtr></mtable></mrow><annotation encoding="application/x-tex">\begin{aligned} f &amp;= a \\ &amp;+ b \end{aligned}</annotation></semantics></math>"##
        ),
        (
            ##"\begin{matrix} a & b \\ c & d \end{matrix}"##, false,
            ##"<math><semantics><mrow><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable></mrow><annotation encoding="application/x-tex">\begin{matrix} a &amp; b \\ c &amp; d \end{matrix}</annotation></semantics></math>"##
        ),
        (
            ##"\begin{pmatrix} a \\ b \end{pmatrix}"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">(</mo><mtable><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable><mo stretchy="true" fence="true" form="postfix">)</mo></mrow></mrow><annotation encoding="application/x-tex">\begin{pmatrix} a \\ b \end{pmatrix}</annotation></semantics></math>"##
        ),
        (
            ##"\begin{bmatrix} 1 & 0 \end{bmatrix}"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr></mtable><mo stretchy="true" fence="true" form="postfix">]</mo></mrow></mrow><annotation encoding="application/x-tex">\begin{bmatrix} 1 &amp; 0 \end{bmatrix}</annotation></semantics></math>"##
        ),
        (
            ##"\begin{vmatrix} a & b \\ c & d \\ \end{vmatrix}"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">|</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo stretchy="true" fence="true" form="postfix">|</mo></mrow></mrow><annotation encoding="application/x-tex">\begin{vmatrix} a &amp; b \\ c &amp; d \\ \end{vmatrix}</annotation></semantics></math>"##
        ),
    ]
}
