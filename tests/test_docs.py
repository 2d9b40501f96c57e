"""The CLI reference in docs/ is generated from --help; an undocumented option fails here."""

import re

import pytest

from retold.cli import app


@pytest.fixture
def reference(root):
    return (root / "docs" / "cli.md").read_text(encoding="utf-8")


def _options(command):
    import typer.main

    click_cmd = typer.main.get_command(app)
    cmd = click_cmd.commands[command] if command else click_cmd
    return [opt for p in cmd.params for opt in getattr(p, "opts", []) if opt.startswith("--")]


@pytest.mark.parametrize("command", [None, "analyze", "compare"])
def test_every_option_is_documented(reference, command):
    for option in _options(command):
        assert re.search(re.escape(option) + r"\b", reference), f"{option} of {command} is not in docs/cli.md"


def test_readme_starts_with_the_two_setup_commands(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    first_code = readme.index("```")
    assert "make demo" in readme[first_code:first_code + 400]
    assert "make test" in readme[first_code:first_code + 400]
