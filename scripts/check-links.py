#!/usr/bin/env python3
"""Checks every relative link of the manual (README.md, docs/, locales/README.md, and the benchmark
reports in bench/results/): the file it names exists, and a `#anchor` names a heading of that file. Prints each
broken link as `file:line: target`; exit status 1 if there is one."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def slug(heading: str) -> str:
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: pathlib.Path) -> set:
    found, fenced = set(), False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            found.add(slug(line.lstrip("#")))
    return found


def main() -> int:
    pages = [
        ROOT / "README.md",
        ROOT / "locales" / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
        *sorted((ROOT / "bench" / "results").glob("*.md")),
    ]
    broken = 0
    for page in pages:
        fenced = False
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("```"):
                fenced = not fenced
                continue
            if fenced:
                continue
            for target in LINK.findall(line):
                if re.match(r"^(https?:|mailto:)", target):
                    continue
                name, _, anchor = target.partition("#")
                file = (page.parent / name).resolve() if name else page
                if not file.exists() or (anchor and file.suffix == ".md" and anchor not in anchors(file)):
                    print(f"{page.relative_to(ROOT)}:{number}: {target}")
                    broken += 1
    print(f"links: {'all good' if broken == 0 else f'{broken} broken'}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
