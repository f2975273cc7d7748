"""pyproject.toml and environment.yml must name the same runtime dependencies."""

import re
import tomllib

import yaml

from helpers import REPO


def _normalise(spec: str) -> tuple[str, str]:
    spec = spec.split("#")[0].strip().replace(" ", "")
    name, constraint = re.match(r"^([A-Za-z0-9_.\-]+)(.*)$", spec).groups()
    return re.sub(r"[-_.]+", "-", name).lower(), constraint


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return dict(_normalise(d) for d in project["dependencies"])


def _environment() -> dict[str, str]:
    """conda's list plus the pip section (for packages conda-forge may lack), less `-e .`."""
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next((d["pip"] for d in env["dependencies"] if isinstance(d, dict)), [])
    specs = [d for d in conda if not d.startswith(("python", "pip"))]
    specs += [d for d in pip if not d.startswith("-")]
    names = [_normalise(d)[0] for d in specs]
    assert len(names) == len(set(names)), "a dependency is listed twice in environment.yml"
    return dict(_normalise(d) for d in specs)


def test_environment_names_the_same_dependencies_as_pyproject():
    assert _environment() == _pyproject()


def test_environment_installs_this_package_with_pip():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


def test_major_versions_are_pinned():
    for name, constraint in _pyproject().items():
        assert "<" in constraint, f"{name} has no upper bound: pin its major version"
