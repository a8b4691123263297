"""The package's layering: no import cycles between modules, no module importing another
module's underscore names, modules under 600 lines, folders of at most about a dozen modules
(docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "sitrep"
MAX_LINES = 600
MAX_FOLDER_MODULES = 13


def _modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / PACKAGE).rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> list[tuple[str, str | None]]:
    """(module imported, name imported from it or None), every import in the file, including
    imports inside functions and under TYPE_CHECKING: each is a tie between the two modules."""
    found: list[tuple[str, str | None]] = []
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in modules:
                    found.append((sub, None))
                else:
                    found.append((target, alias.name))
    return [(m, a) for m, a in found if m == PACKAGE or m.startswith(PACKAGE + ".")]


def _owner(target: str, modules: dict[str, Path]) -> str | None:
    while target and target not in modules:
        target = target.rpartition(".")[0]
    return target or None


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for target, _ in _imports(name, path, modules):
            owner = _owner(target, modules)
            if owner and owner != name:
                graph[name].add(owner)
    return graph


def _cycles(graph: dict[str, set[str]], packages: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), leaving out a package
    and its direct children (a package's ``__init__`` re-exporting what its modules define)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)

    def reexport(component: list[str]) -> bool:
        inits = [m for m in component if m in packages]
        return len(inits) == 1 and all(
            m == inits[0] or m.rpartition(".")[0] == inits[0] for m in component)

    return [c for c in found if not reexport(c)]


def test_the_package_has_no_import_cycles() -> None:
    graph = _graph()
    assert len(graph) > 50  # the walk found the package
    packages = {m for m, p in _modules().items() if p.name == "__init__.py"}
    assert _cycles(graph, packages) == []


def test_a_cycle_is_found_when_there_is_one() -> None:
    graph = {"p": {"p.a"}, "p.a": {"p.b"}, "p.b": {"p.a"}, "p.c": {"p"}, "q": {"p.c"}}
    assert _cycles(graph, {"p"}) == [["p.a", "p.b"]]
    # a package and its direct children importing each other is a re-export, not a cycle
    assert _cycles({"p": {"p.a"}, "p.a": {"p"}}, {"p"}) == []


def test_no_module_imports_another_modules_underscore_names() -> None:
    modules = _modules()
    private = []
    for name, path in modules.items():
        for target, attr in _imports(name, path, modules):
            if attr and attr.startswith("_") and not attr.startswith("__") and \
                    _owner(target, modules) != name:
                private.append(f"{name} imports {target}.{attr}")
    assert private == []


def test_modules_stay_small_and_folders_hold_about_a_dozen_modules() -> None:
    modules = _modules()
    long = {m: n for m, p in modules.items()
            if (n := p.read_text("utf-8").count("\n")) > MAX_LINES}
    assert long == {}
    folders: dict[Path, int] = {}
    for path in modules.values():
        folders[path.parent] = folders.get(path.parent, 0) + 1
    assert max(folders.values()) <= MAX_FOLDER_MODULES, folders
