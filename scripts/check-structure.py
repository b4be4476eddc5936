#!/usr/bin/env python3
"""Checks the structure of the Rust sources: no `src` or test file over 400 lines, and no cycle
among the modules of a crate (module A uses module B, which — directly or through others — uses
A). A use is a path through `crate::`, `super::` or `self::`, resolved to the module file it
names. Prints each long file and each cycle; exit status 1 if there is one."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRATES = ["domain", "app", "server", "frontend", "locale-check", "bench"]
MAX_LINES = 400
PATH = re.compile(
    r"\b(crate|super|self)::((?:[A-Za-z_]\w*::)*)(\{[^;]*?\}|[A-Za-z_]\w*)", re.S
)


def modules(src: pathlib.Path) -> dict:
    """Each module of a crate's `src`, as a tuple of names, and its file."""
    found = {}
    for file in src.rglob("*.rs"):
        parts = list(file.relative_to(src).with_suffix("").parts)
        if parts[-1] in ("mod", "lib", "main"):
            parts = parts[:-1]
        found[tuple(parts)] = file
    return found


def top_level(items: str) -> list:
    """The comma-separated items of a use tree's braces, nested braces kept whole."""
    out, depth, current = [], 0, ""
    for ch in items:
        depth += ch == "{"
        depth -= ch == "}"
        if ch == "," and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    return [item.strip() for item in out + [current] if item.strip()]


def paths(text: str):
    """Every `crate::`/`super::`/`self::` path of the source: (base, [names])."""
    text = re.sub(r"//.*", "", text)
    for match in PATH.finditer(text):
        base, middle, tail = match.groups()
        names = [n for n in middle.split("::") if n]
        if tail.startswith("{"):
            for item in top_level(tail[1:-1]):
                head = re.match(r"[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*", item)
                if head:
                    yield base, names + head.group(0).split("::")
        else:
            yield base, names + [tail]


def uses(mods: dict) -> dict:
    graph = {module: set() for module in mods}
    for module, file in mods.items():
        is_dir = file.stem in ("mod", "lib", "main")
        for base, names in paths(file.read_text(encoding="utf-8")):
            if base == "crate":
                path = names
            elif base == "self":
                path = list(module) + names if is_dir else list(module) + names
            else:
                path = list(module[:-1]) + names
            for n in range(len(path), -1, -1):
                target = tuple(path[:n])
                if target in mods:
                    if target != module:
                        graph[module].add(target)
                    break
    return graph


def cycles(graph: dict) -> list:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def main() -> int:
    problems = 0
    for crate in CRATES:
        for folder in ("src", "tests"):
            for file in sorted((ROOT / crate / folder).rglob("*.rs")):
                lines = len(file.read_text(encoding="utf-8").splitlines())
                if lines > MAX_LINES:
                    print(f"{file.relative_to(ROOT)}: {lines} lines (at most {MAX_LINES})")
                    problems += 1
        src = ROOT / crate / "src"
        for component in cycles(uses(modules(src))):
            names = " <-> ".join("::".join(m) or "(crate root)" for m in component)
            print(f"{crate}: module cycle {names}")
            problems += 1
    print(f"structure: {'all good' if problems == 0 else f'{problems} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
