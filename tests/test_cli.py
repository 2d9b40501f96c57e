"""The command line, through typer's runner: formats, batches, bad input, exit codes."""

import json
import re

import pytest
from typer.testing import CliRunner

from retold.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def ferry(data_dir):
    return str(data_dir / "cli" / "ferry.txt")


def test_json_output_of_a_text_article(ferry):
    result = run("analyze", ferry, "--format", "json", "--no-stance")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "retold.analysis/1"
    assert doc["article"]["title"] == "Ferry sinking leaves hundreds dead off the coast"
    assert doc["headline"]["text"] == doc["article"]["title"]
    body = [c for c in doc["claims"] if c["role"] == "body"]
    assert any(q["value"] == 41 for c in body for q in c["quantities"])


def test_headline_that_overstates_its_body_is_flagged(ferry):
    doc = json.loads(run("analyze", ferry, "--format", "json", "--no-stance").stdout)
    kinds = [d["kind"] for d in doc["headline"]["drifts"]]
    assert "number_changed" in kinds
    assert doc["headline"]["verdict"] == "overstated"


def test_stdin_is_read_with_a_dash(ferry):
    with open(ferry, encoding="utf-8") as fh:
        result = run("analyze", "-", "--format", "json", "--no-stance", input=fh.read())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["title"].startswith("Ferry sinking")


def test_a_batch_keeps_going_and_records_the_failure(ferry, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    missing = tmp_path / "nope.html"
    result = run("analyze", ferry, str(empty), str(missing), ferry, "--format", "jsonl", "--no-stance")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["schema"] for line in lines] == ["retold.analysis/1", "retold.error/1",
                                                  "retold.error/1", "retold.analysis/1"]
    assert lines[1]["input"] == str(empty) and lines[1]["error"]["reason"]
    assert lines[2]["input"] == str(missing)
    assert "Traceback" not in result.output
    err_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(err_lines) == 2 and all(line.startswith("retold: ") for line in err_lines)
    assert str(empty) in err_lines[0] and str(missing) in err_lines[1]


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03" * 100, b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path, content):
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    result = run("analyze", str(path), "--format", "json", "--no-stance")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0]
    assert "Traceback" not in result.output


def test_private_addresses_are_refused_by_default():
    result = run("analyze", "http://127.0.0.1:9/article", "--format", "json", "--no-stance")
    assert result.exit_code == 1
    assert "127.0.0.1" in result.stderr
    assert "Traceback" not in result.output


def test_text_report_and_out_file(ferry, tmp_path):
    out = tmp_path / "report.txt"
    result = run("analyze", ferry, "--format", "text", "--no-stance", "--out", str(out))
    assert result.exit_code == 0, result.output
    report = out.read_text(encoding="utf-8")
    assert "Headline check" in report and "OVERSTATED" in report
    assert "coast guard" in report


def test_html_report_is_one_self_contained_escaped_page(data_dir, tmp_path):
    out = tmp_path / "report.html"
    result = run("analyze", str(data_dir / "cli" / "hostile.html"), "--format", "html", "--no-stance",
                 "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    tags = re.findall(r"<[a-zA-Z][^>]*>", page)
    assert not [t for t in tags if t.lower().startswith(("<script", "<img", "<link", "<iframe"))]
    assert not [t for t in tags if re.search(r"\s(src|on\w+)=", t, re.I)]  # nothing fetched, no handlers
    assert not [t for t in tags if "javascript:" in t.lower()]
    assert "@import" not in page and "url(" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page  # the article's text, shown escaped
    assert "3.2 million" in page


def test_version_and_help():
    assert run("--version").stdout.startswith("retold ")
    assert "analyze" in run("--help").stdout


@pytest.fixture
def batch(ferry, data_dir, tmp_path):
    """A batch of good and bad inputs, in a fixed order."""
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    pages = sorted(str(p) for p in (data_dir / "pages").glob("*.html"))
    return [pages[0], ferry, str(empty), *pages[1:3], str(tmp_path / "missing.html"), str(binary),
            *pages[3:], str(data_dir / "cli" / "hostile.html")]


def test_a_batch_in_worker_processes_is_the_same_as_in_one(batch):
    one = run("analyze", *batch, "--format", "jsonl", "--no-stance", "--jobs", "1")
    two = run("analyze", *batch, "--format", "jsonl", "--no-stance", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    lines = [json.loads(line) for line in two.stdout.splitlines()]
    assert [line["schema"] for line in lines].count("retold.error/1") == 3
    assert [line.get("input") for line in lines if line["schema"] == "retold.error/1"] == \
        [batch[2], batch[5], batch[6]]
    assert "Traceback" not in two.output


def test_a_json_or_text_batch_in_worker_processes_is_the_same_as_in_one(batch):
    for fmt in ("json", "text"):
        one = run("analyze", *batch, "--format", fmt, "--no-stance", "--jobs", "1")
        two = run("analyze", *batch, "--format", fmt, "--no-stance", "--jobs", "2")
        assert two.stdout == one.stdout and two.stderr == one.stderr
        assert two.exit_code == one.exit_code == 1


def test_a_batch_with_stance_is_the_same_in_worker_processes(batch):
    one = run("analyze", *batch[:4], "--format", "jsonl", "--jobs", "1")
    two = run("analyze", *batch[:4], "--format", "jsonl", "--jobs", "3")
    assert two.stdout == one.stdout and two.exit_code == one.exit_code == 1


def test_standard_input_in_a_batch_of_workers(ferry, batch):
    with open(ferry, encoding="utf-8") as fh:
        text = fh.read()
    one = run("analyze", batch[0], "-", batch[2], "--format", "jsonl", "--no-stance", "--jobs", "1",
              input=text)
    two = run("analyze", batch[0], "-", batch[2], "--format", "jsonl", "--no-stance", "--jobs", "2",
              input=text)
    assert two.stdout == one.stdout
    assert json.loads(two.stdout.splitlines()[1])["article"]["title"].startswith("Ferry sinking")


def test_a_worker_that_dies_costs_only_its_input(batch, monkeypatch):
    import os

    from retold.pipeline import Analyzer

    real = Analyzer.analyze_article

    def crash_on_the_ferry(self, article):
        if article.title.startswith("Ferry sinking"):
            os._exit(1)  # what a segfault in a C library or the OOM killer does to a worker
        return real(self, article)

    monkeypatch.setattr(Analyzer, "analyze_article", crash_on_the_ferry)
    result = run("analyze", *batch, "--format", "jsonl", "--no-stance", "--jobs", "2")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(batch)
    failed = [line["input"] for line in lines if line["schema"] == "retold.error/1"]
    assert failed == [batch[1], batch[2], batch[5], batch[6]]
    assert "died" in lines[1]["error"]["reason"]
    assert "Traceback" not in result.output


def test_jobs_must_be_positive(ferry):
    result = run("analyze", ferry, "--jobs", "0")
    assert result.exit_code == 2
