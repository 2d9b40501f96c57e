"""The ``retold`` command line.

Bad input never shows a traceback: each failed input gets one line on stderr,
``retold: INPUT: reason``, the others are still analysed, the failure is kept in
the output (a jsonl line with an error object), and the exit code is 1.
Exit codes: 0 all inputs analysed, 1 some input failed, 2 usage error,
3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from retold import __version__
from retold.errors import RetoldError
from retold.settings import DEFAULTS

app = typer.Typer(
    name="retold",
    help="Show how a news story changes as it is retold: claims, sources, headline checks and drift.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class CompareFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


def _say(message: str) -> None:
    sys.stderr.write(f"retold: {message}\n")


def _default_format(out: Path | None, n_inputs: int) -> str:
    if out is None and sys.stdout.isatty():
        return "text"
    if out is not None and out.suffix.lower() in (".html", ".htm"):
        return "html"
    return "json" if n_inputs == 1 else "jsonl"


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _write(results, fmt: str, out: Path | None) -> None:
    from retold.report import render

    _emit(lambda fh, options: render(results, fmt, fh, **options), out)


def _emit(write, out: Path | None) -> None:
    """``write(stream, render options)`` to standard output, or to the file ``out``."""
    if out is None:
        write(sys.stdout, {})
        return
    try:
        with open(out, "w", encoding="utf-8") as fh:
            write(fh, {"color": False, "width": 120})
    except OSError as err:
        _say(f"{out}: cannot write the output ({err.strerror or err})")
        raise typer.Exit(1) from None


def _jsonl_line(result):
    """A result as its jsonl line, and the result itself when it is a Failure (to be told)."""
    from retold.models import Failure
    from retold.report import to_json

    return (result if isinstance(result, Failure) else None), to_json(result, indent=None)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"retold {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """retold reads news articles and shows, claim by claim, what each says and how a retelling drifts."""


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT",
        help="Articles to analyse: .html/.htm files, .txt/.md files (first non-blank line is the "
             "headline), http(s) URLs, or - for standard input.")],
    format: Annotated[Optional[Format], typer.Option(
        "--format", "-f", help="Output format: text (default on a terminal), json (default otherwise, "
                               "one input), jsonl (one line per input), html (one self-contained page).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the report to this file.")] = None,
    stance: Annotated[bool, typer.Option("--stance/--no-stance", help=DEFAULTS["stance"].help)]
        = DEFAULTS["stance"].value,
    allow_private: Annotated[bool, typer.Option("--allow-private", help=DEFAULTS["allow_private"].help)]
        = DEFAULTS["allow_private"].value,
    timeout: Annotated[float, typer.Option("--timeout", help=DEFAULTS["timeout"].help)]
        = DEFAULTS["timeout"].value,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help=DEFAULTS["max_bytes"].help)]
        = DEFAULTS["max_bytes"].value,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help=DEFAULTS["jobs"].help,
                                                show_default="one per core")]
        = DEFAULTS["jobs"].value,
) -> None:
    """Report what one or more articles claim, whom they credit, and whether each headline is
    supported by its own body."""
    from retold.models import Failure
    from retold.pipeline import Analyzer

    fmt = format.value if format else _default_format(out, len(inputs))
    analyzer = Analyzer(stance=stance, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    jobs = min(jobs or (_cores() if len(inputs) > 1 else 1), len(inputs))
    failed = False
    if fmt == "jsonl":  # each line is made where its input was analysed: only lines come back
        lines = []
        for failure, line in analyzer.pipe(inputs, jobs=jobs, then=_jsonl_line):
            if failure is not None:
                _say(f"{failure.input}: {failure.reason}")
                failed = True
            lines.append(line + "\n")
        _emit(lambda fh, _: fh.writelines(lines), out)
    else:
        results = []
        for result in analyzer.pipe(inputs, jobs=jobs):
            if isinstance(result, Failure):
                _say(f"{result.input}: {result.reason}")
                failed = True
            results.append(result)
        _write(results, fmt, out)
    if failed:
        raise typer.Exit(1)


@app.command()
def compare(
    source: Annotated[str, typer.Argument(help="The original report: a file, a URL, or - for stdin.")],
    retelling: Annotated[str, typer.Argument(help="The retelling: a file, a URL, or - for stdin.")],
    format: Annotated[Optional[CompareFormat], typer.Option(
        "--format", "-f", help="Output format: text (default on a terminal), json (default otherwise), "
                               "html (the two articles side by side).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the report to this file.")] = None,
    embeddings: Annotated[bool, typer.Option("--embeddings", help=DEFAULTS["embeddings"].help)]
        = DEFAULTS["embeddings"].value,
    stance: Annotated[bool, typer.Option("--stance/--no-stance", help=DEFAULTS["compare_stance"].help)]
        = DEFAULTS["stance"].value,
    allow_private: Annotated[bool, typer.Option("--allow-private", help=DEFAULTS["allow_private"].help)]
        = DEFAULTS["allow_private"].value,
    timeout: Annotated[float, typer.Option("--timeout", help=DEFAULTS["timeout"].help)]
        = DEFAULTS["timeout"].value,
) -> None:
    """Align a retelling with its source claim by claim and name every drift."""
    from retold.pipeline import compare as run_compare

    if source == "-" and retelling == "-":
        _say("only one side can be read from standard input")
        raise typer.Exit(2)
    fmt = format.value if format else _default_format(out, 1)
    try:
        comparison = run_compare(source, retelling, embeddings=embeddings, allow_private=allow_private,
                                 timeout=timeout, stance=stance)
    except RetoldError as err:
        side = getattr(err, "side", None)
        _say(f"{side + ': ' if side else ''}{err}")
        raise typer.Exit(1) from None
    _write([comparison], fmt, out)


def main() -> None:
    """Entry point of the ``retold`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)
    except RetoldError as err:
        _say(str(err))
        sys.exit(1)
    except Exception as err:  # a bug: one line, and the traceback only on request
        if os.environ.get("RETOLD_DEBUG"):
            raise
        _say(f"internal error: {type(err).__name__}: {err} (set RETOLD_DEBUG=1 for the traceback)")
        sys.exit(3)


if __name__ == "__main__":
    main()
