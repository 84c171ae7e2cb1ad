"""The layout stays readable (issue 9): no import cycle, few top-level modules,
no file over 400 lines, no function over 60.

Each check is a small function run on the real tree, and once on a made-up
case that breaks it, so that a check that could never fail is noticed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

grimp = pytest.importorskip("grimp", reason="grimp comes with import-linter: `pip install -e .[dev]`")

SRC = Path(__file__).resolve().parent.parent / "src" / "waqia"
MAX_TOP_MODULES = 12
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60


def import_cycles(imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or of one importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(root: str) -> None:  # Tarjan's algorithm, without recursion
        work = [(root, iter(sorted(imports.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(imports.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in imports.get(node, ()):
                    cycles.append(sorted(component))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return cycles


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of every function or method longer than ``limit`` lines, decorators counted."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            lines = (node.end_lineno or node.lineno) - first + 1
            if lines > limit:
                out.append((node.name, lines))
    return out


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _graph() -> dict[str, set[str]]:
    graph = grimp.build_graph("waqia", include_external_packages=False, exclude_type_checking_imports=False,
                              cache_dir=None)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def test_layout_no_import_cycle() -> None:
    imports = _graph()
    assert "waqia.pipeline" in imports and len(imports) > 50
    assert import_cycles(imports) == []


def test_layout_the_cycle_finder_finds_cycles() -> None:
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert import_cycles({"a": {"a"}, "b": set()}) == [["a"]]
    assert import_cycles({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []
    chain = {f"m{i}": {f"m{i + 1}"} for i in range(5000)}  # deep graphs need no recursion
    chain["m5000"] = {"m0"}
    assert [len(c) for c in import_cycles(chain)] == [5001]


def test_layout_few_modules_at_the_top() -> None:
    top = sorted(p.name for p in SRC.glob("*.py"))
    assert len(top) <= MAX_TOP_MODULES, f"{len(top)} modules directly in src/waqia: {top}"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_file_length(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_FILE_LINES, f"{path.relative_to(SRC)} has {lines} lines (at most {MAX_FILE_LINES})"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_function_length(path: Path) -> None:
    too_long = long_functions(path.read_text(encoding="utf-8"))
    assert not too_long, f"{path.relative_to(SRC)}: functions over {MAX_FUNCTION_LINES} lines: {too_long}"


def test_layout_the_function_check_counts_decorators_and_methods() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(58))
    fits = f"def f():\n{body}    return 1\n"  # 60 lines
    assert long_functions(fits) == []
    assert long_functions(f"@decorator\n{fits}") == [("f", 61)]
    method = "class A:\n" + "".join("    " + line + "\n" for line in f"async def g(self):\n{body}    x = 1\n    return 1"
                                      .splitlines())
    assert long_functions(method) == [("g", 61)]
