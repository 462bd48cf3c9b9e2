import AtlasDiagnostics
import AtlasTestSupport
import Foundation
import Testing

@testable import TeXMath

/// Pins the MathML of every construct family of the TeX subset, checked by eye in Chromium.
@Suite struct MathMLConverterTests {
    static let cases: [(tex: String, display: Bool, mathML: String)] = [
        (
            ##"x"##, false,
            ##"<math><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">x</annotation></semantics></math>"##
        ),
        (
            ##"x + 1"##, false,
            ##"<math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x + 1</annotation></semantics></math>"##
        ),
        (
            ##"0.25 \cdot 10"##, false,
            ##"<math><semantics><mrow><mn>0.25</mn><mo>⋅</mo><mn>10</mn></mrow><annotation encoding="application/x-tex">0.25 \cdot 10</annotation></semantics></math>"##
        ),
        (
            ##"\alpha \beta \Gamma"##, false,
            ##"<math><semantics><mrow><mi>α</mi><mi>β</mi><mi mathvariant="normal">Γ</mi></mrow><annotation encoding="application/x-tex">\alpha \beta \Gamma</annotation></semantics></math>"##
        ),
        (
            ##"\varepsilon \vartheta \varpi \varrho \varsigma \varphi"##, false,
            ##"<math><semantics><mrow><mi>ε</mi><mi>ϑ</mi><mi>ϖ</mi><mi>ϱ</mi><mi>ς</mi><mi>φ</mi></mrow><annotation encoding="application/x-tex">\varepsilon \vartheta \varpi \varrho \varsigma \varphi</annotation></semantics></math>"##
        ),
        (
            ##"\frac{a}{b}"##, false,
            ##"<math><semantics><mrow><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow><annotation encoding="application/x-tex">\frac{a}{b}</annotation></semantics></math>"##
        ),
        (
            ##"\dfrac{a}{b}"##, false,
            ##"<math><semantics><mrow><mstyle displaystyle="true"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle></mrow><annotation encoding="application/x-tex">\dfrac{a}{b}</annotation></semantics></math>"##
        ),
        (
            ##"\tfrac12"##, false,
            ##"<math><semantics><mrow><mstyle displaystyle="false"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle></mrow><annotation encoding="application/x-tex">\tfrac12</annotation></semantics></math>"##
        ),
        (
            ##"\frac12"##, false,
            ##"<math><semantics><mrow><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><annotation encoding="application/x-tex">\frac12</annotation></semantics></math>"##
        ),
        (
            ##"\sqrt{x}"##, false,
            ##"<math><semantics><mrow><msqrt><mi>x</mi></msqrt></mrow><annotation encoding="application/x-tex">\sqrt{x}</annotation></semantics></math>"##
        ),
        (
            ##"\sqrt[n]{x}"##, false,
            ##"<math><semantics><mrow><mroot><mi>x</mi><mi>n</mi></mroot></mrow><annotation encoding="application/x-tex">\sqrt[n]{x}</annotation></semantics></math>"##
        ),
        (
            ##"x^2"##, false,
            ##"<math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">x^2</annotation></semantics></math>"##
        ),
        (
            ##"x_i"##, false,
            ##"<math><semantics><mrow><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">x_i</annotation></semantics></math>"##
        ),
        (
            ##"x_i^2"##, false,
            ##"<math><semantics><mrow><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></mrow><annotation encoding="application/x-tex">x_i^2</annotation></semantics></math>"##
        ),
        (
            ##"x^{a+b}"##, false,
            ##"<math><semantics><mrow><msup><mi>x</mi><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></msup></mrow><annotation encoding="application/x-tex">x^{a+b}</annotation></semantics></math>"##
        ),
        (
            ##"f'(x)"##, false,
            ##"<math><semantics><mrow><msup><mi>f</mi><mo lspace="0" rspace="0">′</mo></msup><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow><annotation encoding="application/x-tex">f'(x)</annotation></semantics></math>"##
        ),
        (
            ##"f''"##, false,
            ##"<math><semantics><mrow><msup><mi>f</mi><mo lspace="0" rspace="0">″</mo></msup></mrow><annotation encoding="application/x-tex">f''</annotation></semantics></math>"##
        ),
        (
            ##"f'^2"##, false,
            ##"<math><semantics><mrow><msup><mi>f</mi><mrow><mo lspace="0" rspace="0">′</mo><mn>2</mn></mrow></msup></mrow><annotation encoding="application/x-tex">f'^2</annotation></semantics></math>"##
        ),
        (
            ##"g^\prime"##, false,
            ##"<math><semantics><mrow><msup><mi>g</mi><mo lspace="0" rspace="0">′</mo></msup></mrow><annotation encoding="application/x-tex">g^\prime</annotation></semantics></math>"##
        ),
        (
            ##"\left(\frac{1}{2}\right)"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo stretchy="true" fence="true" form="postfix">)</mo></mrow></mrow><annotation encoding="application/x-tex">\left(\frac{1}{2}\right)</annotation></semantics></math>"##
        ),
        (
            ##"\left. x \right|"##, false,
            ##"<math><semantics><mrow><mrow><mi>x</mi><mo stretchy="true" fence="true" form="postfix">|</mo></mrow></mrow><annotation encoding="application/x-tex">\left. x \right|</annotation></semantics></math>"##
        ),
        (
            ##"\bigl( x \bigr)"##, false,
            ##"<math><semantics><mrow><mo stretchy="true" fence="true" form="prefix" minsize="1.2em" maxsize="1.2em">(</mo><mi>x</mi><mo stretchy="true" fence="true" form="postfix" minsize="1.2em" maxsize="1.2em">)</mo></mrow><annotation encoding="application/x-tex">\bigl( x \bigr)</annotation></semantics></math>"##
        ),
        (
            ##"\Bigl[ x \Bigr]"##, false,
            ##"<math><semantics><mrow><mo stretchy="true" fence="true" form="prefix" minsize="1.8em" maxsize="1.8em">[</mo><mi>x</mi><mo stretchy="true" fence="true" form="postfix" minsize="1.8em" maxsize="1.8em">]</mo></mrow><annotation encoding="application/x-tex">\Bigl[ x \Bigr]</annotation></semantics></math>"##
        ),
        (
            ##"\big| \Big\| \bigg\langle \Bigg\rangle"##, false,
            ##"<math><semantics><mrow><mo stretchy="true" minsize="1.2em" maxsize="1.2em" lspace="0" rspace="0">|</mo><mo stretchy="true" minsize="1.8em" maxsize="1.8em" lspace="0" rspace="0">‖</mo><mo stretchy="true" minsize="2.4em" maxsize="2.4em" lspace="0" rspace="0">⟨</mo><mo stretchy="true" minsize="3em" maxsize="3em" lspace="0" rspace="0">⟩</mo></mrow><annotation encoding="application/x-tex">\big| \Big\| \bigg\langle \Bigg\rangle</annotation></semantics></math>"##
        ),
        (
            ##"\left\{ x \right\}"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">{</mo><mi>x</mi><mo stretchy="true" fence="true" form="postfix">}</mo></mrow></mrow><annotation encoding="application/x-tex">\left\{ x \right\}</annotation></semantics></math>"##
        ),
        (
            ##"\left\lvert x \right\rVert"##, false,
            ##"<math><semantics><mrow><mrow><mo stretchy="true" fence="true" form="prefix">|</mo><mi>x</mi><mo stretchy="true" fence="true" form="postfix">‖</mo></mrow></mrow><annotation encoding="application/x-tex">\left\lvert x \right\rVert</annotation></semantics></math>"##
        ),
        (
            ##"a - b"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow><annotation encoding="application/x-tex">a - b</annotation></semantics></math>"##
        ),
        (
            ##"-x"##, false,
            ##"<math><semantics><mrow><mo>−</mo><mi>x</mi></mrow><annotation encoding="application/x-tex">-x</annotation></semantics></math>"##
        ),
        (
            ##"x = -1"##, false,
            ##"<math><semantics><mrow><mi>x</mi><mo>=</mo><mo form="prefix">−</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x = -1</annotation></semantics></math>"##
        ),
        (
            ##"a \pm b \mp c \times d \cdot e \div f"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>±</mo><mi>b</mi><mo>∓</mo><mi>c</mi><mo>×</mo><mi>d</mi><mo>⋅</mo><mi>e</mi><mo>÷</mo><mi>f</mi></mrow><annotation encoding="application/x-tex">a \pm b \mp c \times d \cdot e \div f</annotation></semantics></math>"##
        ),
        (
            ##"a \leq b \le c \geq d \ge e \neq f \ne g"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≤</mo><mi>c</mi><mo>≥</mo><mi>d</mi><mo>≥</mo><mi>e</mi><mo>≠</mo><mi>f</mi><mo>≠</mo><mi>g</mi></mrow><annotation encoding="application/x-tex">a \leq b \le c \geq d \ge e \neq f \ne g</annotation></semantics></math>"##
        ),
        (
            ##"a \approx b \sim c \equiv d \ll e \gg f"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>≈</mo><mi>b</mi><mo>∼</mo><mi>c</mi><mo>≡</mo><mi>d</mi><mo>≪</mo><mi>e</mi><mo>≫</mo><mi>f</mi></mrow><annotation encoding="application/x-tex">a \approx b \sim c \equiv d \ll e \gg f</annotation></semantics></math>"##
        ),
        (
            ##"x \in A \notin B \subset C"##, false,
            ##"<math><semantics><mrow><mi>x</mi><mo>∈</mo><mi>A</mi><mo>∉</mo><mi>B</mi><mo>⊂</mo><mi>C</mi></mrow><annotation encoding="application/x-tex">x \in A \notin B \subset C</annotation></semantics></math>"##
        ),
        (
            ##"a \to b \leftarrow c \rightarrow d \Rightarrow e \implies f \iff g \mapsto h"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>→</mo><mi>b</mi><mo>←</mo><mi>c</mi><mo>→</mo><mi>d</mi><mo>⇒</mo><mi>e</mi><mo>⟹</mo><mi>f</mi><mo>⟺</mo><mi>g</mi><mo>↦</mo><mi>h</mi></mrow><annotation encoding="application/x-tex">a \to b \leftarrow c \rightarrow d \Rightarrow e \implies f \iff g \mapsto h</annotation></semantics></math>"##
        ),
        (
            ##"\{x \mid x > 0\}"##, false,
            ##"<math><semantics><mrow><mo stretchy="false">{</mo><mi>x</mi><mo>∣</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn><mo stretchy="false">}</mo></mrow><annotation encoding="application/x-tex">\{x \mid x &gt; 0\}</annotation></semantics></math>"##
        ),
        (
            ##"a < b > c , d ; e : f ! g / h"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi><mo>,</mo><mi>d</mi><mo>;</mo><mi>e</mi><mo>:</mo><mi>f</mi><mo>!</mo><mi>g</mi><mo lspace="0" rspace="0">/</mo><mi>h</mi></mrow><annotation encoding="application/x-tex">a &lt; b &gt; c , d ; e : f ! g / h</annotation></semantics></math>"##
        ),
        (
            ##"a * b"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mo>∗</mo><mi>b</mi></mrow><annotation encoding="application/x-tex">a * b</annotation></semantics></math>"##
        ),
        (
            ##"\infty \partial \nabla"##, false,
            ##"<math><semantics><mrow><mi>∞</mi><mi>∂</mi><mi mathvariant="normal">∇</mi></mrow><annotation encoding="application/x-tex">\infty \partial \nabla</annotation></semantics></math>"##
        ),
        (
            ##"\sum_{i=1}^{n} x_i"##, false,
            ##"<math><semantics><mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">\sum_{i=1}^{n} x_i</annotation></semantics></math>"##
        ),
        (
            ##"\sum_{i=1}^{n} x_i"##, true,
            ##"<math display="block"><semantics><mrow><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">\sum_{i=1}^{n} x_i</annotation></semantics></math>"##
        ),
        (
            ##"\prod_{k} p_k"##, false,
            ##"<math><semantics><mrow><msub><mo>∏</mo><mi>k</mi></msub><msub><mi>p</mi><mi>k</mi></msub></mrow><annotation encoding="application/x-tex">\prod_{k} p_k</annotation></semantics></math>"##
        ),
        (
            ##"\int_0^1 f"##, false,
            ##"<math><semantics><mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow><annotation encoding="application/x-tex">\int_0^1 f</annotation></semantics></math>"##
        ),
        (
            ##"\int_0^1 f"##, true,
            ##"<math display="block"><semantics><mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow><annotation encoding="application/x-tex">\int_0^1 f</annotation></semantics></math>"##
        ),
        (
            ##"\int\limits_0^1 f"##, false,
            ##"<math><semantics><mrow><munderover><mo movablelimits="false">∫</mo><mn>0</mn><mn>1</mn></munderover><mi>f</mi></mrow><annotation encoding="application/x-tex">\int\limits_0^1 f</annotation></semantics></math>"##
        ),
        (
            ##"\int\limits_0^1 f"##, true,
            ##"<math display="block"><semantics><mrow><munderover><mo movablelimits="false">∫</mo><mn>0</mn><mn>1</mn></munderover><mi>f</mi></mrow><annotation encoding="application/x-tex">\int\limits_0^1 f</annotation></semantics></math>"##
        ),
        (
            ##"\oint_C f"##, false,
            ##"<math><semantics><mrow><msub><mo>∮</mo><mi>C</mi></msub><mi>f</mi></mrow><annotation encoding="application/x-tex">\oint_C f</annotation></semantics></math>"##
        ),
        (
            ##"\oint_C f"##, true,
            ##"<math display="block"><semantics><mrow><msub><mo>∮</mo><mi>C</mi></msub><mi>f</mi></mrow><annotation encoding="application/x-tex">\oint_C f</annotation></semantics></math>"##
        ),
        (
            ##"\sum\nolimits_{i} x_i"##, false,
            ##"<math><semantics><mrow><msub><mo>∑</mo><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">\sum\nolimits_{i} x_i</annotation></semantics></math>"##
        ),
        (
            ##"\sum\nolimits_{i} x_i"##, true,
            ##"<math display="block"><semantics><mrow><msub><mo>∑</mo><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">\sum\nolimits_{i} x_i</annotation></semantics></math>"##
        ),
        (
            ##"\lim_{x \to 0} f"##, false,
            ##"<math><semantics><mrow><msub><mi>lim</mi><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></msub><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>f</mi></mrow><annotation encoding="application/x-tex">\lim_{x \to 0} f</annotation></semantics></math>"##
        ),
        (
            ##"\lim_{x \to 0} f"##, true,
            ##"<math display="block"><semantics><mrow><munder><mi>lim</mi><mrow><mi>x</mi><mo>→</mo><mn>0</mn></mrow></munder><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>f</mi></mrow><annotation encoding="application/x-tex">\lim_{x \to 0} f</annotation></semantics></math>"##
        ),
        (
            ##"\max_i x_i"##, false,
            ##"<math><semantics><mrow><msub><mi>max</mi><mi>i</mi></msub><mo>&#x2061;</mo><mspace width="0.1667em"/><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">\max_i x_i</annotation></semantics></math>"##
        ),
        (
            ##"\max_i x_i"##, true,
            ##"<math display="block"><semantics><mrow><munder><mi>max</mi><mi>i</mi></munder><mo>&#x2061;</mo><mspace width="0.1667em"/><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">\max_i x_i</annotation></semantics></math>"##
        ),
        (
            ##"\min_i \sup_n \inf_n \det A"##, false,
            ##"<math><semantics><mrow><msub><mi>min</mi><mi>i</mi></msub><mo>&#x2061;</mo><mspace width="0.1667em"/><msub><mi>sup</mi><mi>n</mi></msub><mo>&#x2061;</mo><mspace width="0.1667em"/><msub><mi>inf</mi><mi>n</mi></msub><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>det</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>A</mi></mrow><annotation encoding="application/x-tex">\min_i \sup_n \inf_n \det A</annotation></semantics></math>"##
        ),
        (
            ##"\sin x"##, false,
            ##"<math><semantics><mrow><mi>sin</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>x</mi></mrow><annotation encoding="application/x-tex">\sin x</annotation></semantics></math>"##
        ),
        (
            ##"\cos(x)"##, false,
            ##"<math><semantics><mrow><mi>cos</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow><annotation encoding="application/x-tex">\cos(x)</annotation></semantics></math>"##
        ),
        (
            ##"\tan \exp \log \ln \tanh \sinh \cosh \arctan \arg"##, false,
            ##"<math><semantics><mrow><mi>tan</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>exp</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>log</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>ln</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>tanh</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>sinh</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>cosh</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>arctan</mi><mo>&#x2061;</mo><mspace width="0.1667em"/><mi>arg</mi></mrow><annotation encoding="application/x-tex">\tan \exp \log \ln \tanh \sinh \cosh \arctan \arg</annotation></semantics></math>"##
        ),
        (
            ##"\operatorname{ReLU}(x)"##, false,
            ##"<math><semantics><mrow><mi>ReLU</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow><annotation encoding="application/x-tex">\operatorname{ReLU}(x)</annotation></semantics></math>"##
        ),
        (
            ##"\operatorname{d}"##, false,
            ##"<math><semantics><mrow><mi mathvariant="normal">d</mi></mrow><annotation encoding="application/x-tex">\operatorname{d}</annotation></semantics></math>"##
        ),
        (
            ##"\mathrm{d}x"##, false,
            ##"<math><semantics><mrow><mi mathvariant="normal">d</mi><mi>x</mi></mrow><annotation encoding="application/x-tex">\mathrm{d}x</annotation></semantics></math>"##
        ),
        (
            ##"\mathrm{softmax}"##, false,
            ##"<math><semantics><mrow><mi>softmax</mi></mrow><annotation encoding="application/x-tex">\mathrm{softmax}</annotation></semantics></math>"##
        ),
        (
            ##"\mathrm{softmax}"##, true,
            ##"<math display="block"><semantics><mrow><mi>softmax</mi></mrow><annotation encoding="application/x-tex">\mathrm{softmax}</annotation></semantics></math>"##
        ),
        (
            ##"\mathbf{x} \mathbf{W} \mathbf{0}"##, false,
            ##"<math><semantics><mrow><mi>𝐱</mi><mi>𝐖</mi><mn>𝟎</mn></mrow><annotation encoding="application/x-tex">\mathbf{x} \mathbf{W} \mathbf{0}</annotation></semantics></math>"##
        ),
        (
            ##"\mathit{h} \mathit{x}"##, false,
            ##"<math><semantics><mrow><mi>ℎ</mi><mi>𝑥</mi></mrow><annotation encoding="application/x-tex">\mathit{h} \mathit{x}</annotation></semantics></math>"##
        ),
        (
            ##"\mathbb{R} \mathbb{N} \mathbb{Z} \mathbb{C} \mathbb{E}"##, false,
            ##"<math><semantics><mrow><mi>ℝ</mi><mi>ℕ</mi><mi>ℤ</mi><mi>ℂ</mi><mi>𝔼</mi></mrow><annotation encoding="application/x-tex">\mathbb{R} \mathbb{N} \mathbb{Z} \mathbb{C} \mathbb{E}</annotation></semantics></math>"##
        ),
        (
            ##"\mathcal{L} \mathcal{B} \mathcal{E} \mathcal{F} \mathcal{H} \mathcal{I} \mathcal{M} \mathcal{R} \mathcal{A}"##, false,
            ##"<math><semantics><mrow><mi>ℒ</mi><mi>ℬ</mi><mi>ℰ</mi><mi>ℱ</mi><mi>ℋ</mi><mi>ℐ</mi><mi>ℳ</mi><mi>ℛ</mi><mi>𝒜</mi></mrow><annotation encoding="application/x-tex">\mathcal{L} \mathcal{B} \mathcal{E} \mathcal{F} \mathcal{H} \mathcal{I} \mathcal{M} \mathcal{R} \mathcal{A}</annotation></semantics></math>"##
        ),
        (
            ##"\mathsf{A} \mathtt{x}"##, false,
            ##"<math><semantics><mrow><mi>𝖠</mi><mi>𝚡</mi></mrow><annotation encoding="application/x-tex">\mathsf{A} \mathtt{x}</annotation></semantics></math>"##
        ),
        (
            ##"\boldsymbol{\theta} \boldsymbol{x} \boldsymbol{\Sigma}"##, false,
            ##"<math><semantics><mrow><mi>𝜽</mi><mi>𝒙</mi><mi>𝚺</mi></mrow><annotation encoding="application/x-tex">\boldsymbol{\theta} \boldsymbol{x} \boldsymbol{\Sigma}</annotation></semantics></math>"##
        ),
        (
            ##"\text{if } x"##, false,
            ##"<math><semantics><mrow><mtext>if&#xA0;</mtext><mi>x</mi></mrow><annotation encoding="application/x-tex">\text{if } x</annotation></semantics></math>"##
        ),
        (
            ##"\textrm{else}"##, false,
            ##"<math><semantics><mrow><mtext>else</mtext></mrow><annotation encoding="application/x-tex">\textrm{else}</annotation></semantics></math>"##
        ),
        (
            ##"\textbf{note}"##, false,
            ##"<math><semantics><mrow><mtext style="font-weight:bold">note</mtext></mrow><annotation encoding="application/x-tex">\textbf{note}</annotation></semantics></math>"##
        ),
        (
            ##"\hat{y} \bar{x} \tilde{w} \vec{v} \dot{x} \ddot{x}"##, false,
            ##"<math><semantics><mrow><mover accent="true"><mi>y</mi><mo stretchy="false">&#x302;</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover><mover accent="true"><mi>w</mi><mo stretchy="false">˜</mo></mover><mover accent="true"><mrow><mi>v</mi></mrow><mo stretchy="true">&#x20D7;</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">¨</mo></mover></mrow><annotation encoding="application/x-tex">\hat{y} \bar{x} \tilde{w} \vec{v} \dot{x} \ddot{x}</annotation></semantics></math>"##
        ),
        (
            ##"\widehat{xy}"##, false,
            ##"<math><semantics><mrow><mover accent="true"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy="true">&#x302;</mo></mover></mrow><annotation encoding="application/x-tex">\widehat{xy}</annotation></semantics></math>"##
        ),
        (
            ##"\overline{x + y}"##, false,
            ##"<math><semantics><mrow><mover accent="true"><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow><mo stretchy="true">&#x332;</mo></mover></mrow><annotation encoding="application/x-tex">\overline{x + y}</annotation></semantics></math>"##
        ),
        (
            ##"\underline{x}"##, false,
            ##"<math><semantics><mrow><munder accentunder="true"><mrow><mi>x</mi></mrow><mo stretchy="true">&#x332;</mo></munder></mrow><annotation encoding="application/x-tex">\underline{x}</annotation></semantics></math>"##
        ),
        (
            ##"a\,b\:c\;d\!e"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mspace width="0.1667em"/><mi>b</mi><mspace width="0.2222em"/><mi>c</mi><mspace width="0.2778em"/><mi>d</mi><mspace style="margin-left:-0.1667em"/><mi>e</mi></mrow><annotation encoding="application/x-tex">a\,b\:c\;d\!e</annotation></semantics></math>"##
        ),
        (
            ##"a\quad b\qquad c~d\ e"##, false,
            ##"<math><semantics><mrow><mi>a</mi><mspace width="1em"/><mi>b</mi><mspace width="2em"/><mi>c</mi><mspace width="0.3333em"/><mi>d</mi><mspace width="0.3333em"/><mi>e</mi></mrow><annotation encoding="application/x-tex">a\quad b\qquad c~d\ e</annotation></semantics></math>"##
        ),
        (
            ##"\cdots \ldots \dots \vdots \ddots"##, false,
            ##"<math><semantics><mrow><mo>⋯</mo><mo>…</mo><mo>…</mo><mo>⋮</mo><mo>⋱</mo></mrow><annotation encoding="application/x-tex">\cdots \ldots \dots \vdots \ddots</annotation></semantics></math>"##
        ),
        (
            ##"\{ \} \_ \% \$ \#"##, false,
            ##"<math><semantics><mrow><mo stretchy="false">{</mo><mo stretchy="false">}</mo><mi>_</mi><mi>%</mi><mi>$</mi><mi>#</mi></mrow><annotation encoding="application/x-tex">\{ \} \_ \% \$ \#</annotation></semantics></math>"##
        ),
        (
            ##"\lvert x \rvert \lVert x \rVert"##, false,
            ##"<math><semantics><mrow><mo stretchy="false" lspace="0" rspace="0">|</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">|</mo><mo stretchy="false" lspace="0" rspace="0">‖</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">‖</mo></mrow><annotation encoding="application/x-tex">\lvert x \rvert \lVert x \rVert</annotation></semantics></math>"##
        ),
        (
            ##"\prime \circ \ast \star \top"##, false,
            ##"<math><semantics><mrow><mo>′</mo><mo>∘</mo><mo form="prefix">∗</mo><mo form="prefix">⋆</mo><mi>⊤</mi></mrow><annotation encoding="application/x-tex">\prime \circ \ast \star \top</annotation></semantics></math>"##
        ),
        (
            ##"\forall x \exists y \neg p \land q \lor r"##, false,
            ##"<math><semantics><mrow><mo>∀</mo><mi>x</mi><mo>∃</mo><mi>y</mi><mo>¬</mo><mi>p</mi><mo>∧</mo><mi>q</mi><mo>∨</mo><mi>r</mi></mrow><annotation encoding="application/x-tex">\forall x \exists y \neg p \land q \lor r</annotation></semantics></math>"##
        ),
        (
            ##"A \cup B \cap C \setminus D = \emptyset"##, false,
            ##"<math><semantics><mrow><mi>A</mi><mo>∪</mo><mi>B</mi><mo>∩</mo><mi>C</mi><mo>∖</mo><mi>D</mi><mo>=</mo><mi>∅</mi></mrow><annotation encoding="application/x-tex">A \cup B \cap C \setminus D = \emptyset</annotation></semantics></math>"##
        ),
        (
            ##"x % comment"##, false,
            ##"<math><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">x % comment</annotation></semantics></math>"##
        ),
    ]

    @Test(arguments: cases + environmentCases)
    func construct(_ tex: String, display: Bool, mathML: String) throws {
        let result = try MathMLConverter.convert(tex, display: display).get()
        #expect(result == mathML)
        #expect(SVGDocument(result).isWellFormed)
    }

    @Test("Inline math has no display attribute; the annotation keeps the TeX, escaped")
    func shape() throws {
        let result = try MathMLConverter.convert("a<b & c", display: false)
        #expect(throws: TextProblem.self) { try result.get() }
        let inline = try MathMLConverter.convert("a<b", display: false).get()
        #expect(
            inline
                == #"<math><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow><annotation encoding="application/x-tex">a&lt;b</annotation></semantics></math>"#
        )
    }

    @Test("An empty formula is an empty row")
    func empty() throws {
        #expect(
            try MathMLConverter.convert("", display: true).get()
                == #"<math display="block"><semantics><mrow></mrow><annotation encoding="application/x-tex"></annotation></semantics></math>"#
        )
    }

    @Test("Output is deterministic")
    func deterministic() throws {
        let tex = #"\sigma'(x) = \frac{e^{-x}}{\left(1 + e^{-x}\right)^2}"#
        #expect(try MathMLConverter.convert(tex, display: true).get() == MathMLConverter.convert(tex, display: true).get())
    }
}
