#!/usr/bin/env python3
"""The README and the pages of docs/ link only to what exists: every relative link names
a file of the repository, and every `#anchor` a heading of the page it points to (as
GitHub makes heading ids: lower case, punctuation dropped, spaces to hyphens). Links
inside code blocks and code spans (examples of lesson Markdown) are not links.

    python3 Tests/Site/check_docs.py [ROOT]       # exit 1 and one line per broken link
    python3 Tests/Site/check_docs.py --selftest   # proves it finds planted breaks
"""
import pathlib
import re
import sys
import tempfile

LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def prose(text: str, spans: bool = False) -> str:
    """`text` without fenced code blocks, and without code spans unless `spans`."""
    lines, fence = [], None
    for line in text.split("\n"):
        marker = re.match(r"^\s*(`{3,}|~{3,})", line)
        if marker and (fence is None or marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence)):
            fence = None if fence else marker.group(1)
            lines.append("")
            continue
        lines.append("" if fence else line if spans else re.sub(r"(`+)(?:(?!\1).)+?\1", "", line))
    return "\n".join(lines)


def anchors(path: pathlib.Path) -> set[str]:
    """GitHub's ids for the headings of a Markdown file."""
    ids, seen = set(), {}
    for line in prose(path.read_text(encoding="utf-8"), spans=True).split("\n"):
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).replace("`", "").lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        ids.add(slug if count == 0 else f"{slug}-{count}")
    return ids


def broken(root: pathlib.Path) -> list[str]:
    problems = []
    pages = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    for page in pages:
        text = prose(page.read_text(encoding="utf-8"))
        for number, line in enumerate(text.split("\n"), 1):
            for match in LINK.finditer(line):
                target = match.group(1)
                if re.match(r"^[a-z]+:", target):
                    continue  # https:, mailto:
                file, _, anchor = target.partition("#")
                destination = (page.parent / file).resolve() if file else page
                where = f"{page.relative_to(root)}:{number}"
                if not destination.exists():
                    problems.append(f"{where}: '{target}' names no file")
                elif anchor and destination.suffix == ".md" and anchor not in anchors(destination):
                    problems.append(f"{where}: '{target}' names no heading of {destination.name}")
    return problems


def selftest() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = pathlib.Path(folder)
        (root / "docs").mkdir()
        (root / "docs" / "a.md").write_text("# A page\n\n## The `build` cache\n\nSee [back](../README.md).\n")
        (root / "README.md").write_text(
            "# Top\n\n[ok](docs/a.md#the-build-cache) [gone](docs/b.md) [bad anchor](docs/a.md#nothing)\n"
            "`[in code](docs/none.md)`\n\n```\n[in a block](docs/none.md)\n```\n[self](#top)\n")
        found = broken(root)
        expected = ["README.md:3: 'docs/b.md' names no file", "README.md:3: 'docs/a.md#nothing' names no heading of a.md"]
        if found != expected:
            print("check_docs self-test failed:", found)
            return 1
    print("check_docs self-test: 2 of 2 planted broken links found, none elsewhere")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--selftest"]:
        return selftest()
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems = broken(root)
    for problem in problems:
        print(problem)
    pages = 1 + len(list((root / "docs").glob("*.md")))
    print(f"check_docs: {pages} pages, {len(problems)} broken links")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
