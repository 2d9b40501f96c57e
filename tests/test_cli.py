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
