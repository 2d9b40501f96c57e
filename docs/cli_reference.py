"""Write docs/cli.md from the command line's own --help (run: python docs/cli_reference.py)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from retold.cli import app

COMMANDS = ([], ["analyze"], ["compare"])


def help_text(args: list[str]) -> str:
    out = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1",
                                                          "TERM": "dumb"}).stdout
    return re.sub(r"[ \t]+$", "", out, flags=re.M).strip()


def reference() -> str:
    parts = ["# Command-line reference", "",
             "Generated from `retold --help` by `python docs/cli_reference.py`; "
             "a test fails when an option is missing here.", ""]
    for args in COMMANDS:
        name = " ".join(["retold", *args])
        parts += [f"## `{name}`", "", "```", help_text(args), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    path = Path(__file__).with_name("cli.md")
    path.write_text(reference(), encoding="utf-8")
    print(f"wrote {path}")
