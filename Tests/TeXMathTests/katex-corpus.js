// Renders many TeX formulas with KaTeX in one node process (one process per formula
// costs about 0.3 s of start-up each).
//
// Input (stdin):  a JSON array of {"tex": String, "display": Bool}.
// Output (stdout): a JSON array, same order, of {"mathml": String} or {"error": String}.
// Run with NODE_PATH=/usr/share/nodejs so that Debian's `katex` package is found.
'use strict';
const katex = require('katex');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ tex, display }) => {
    try {
      const html = katex.renderToString(tex, {
        output: 'mathml', displayMode: display, throwOnError: true,
      });
      // renderToString wraps the <math> element in <span class="katex">; keep only <math>.
      const math = html.match(/<math[\s\S]*<\/math>/);
      return math ? { mathml: math[0] } : { error: 'no <math> element in KaTeX output' };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
