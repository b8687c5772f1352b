import json
import subprocess
import sys
import time


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "tawthiq.cli", *args], capture_output=True, text=True, input=input)


def test_extract_prints_one_json_record(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title here\n\nSomething happened in a town.\n")
    proc = run("extract", str(f))
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["schema"] == "tawthiq.record/1"
    assert rec["document"]["source"] == str(f)


def test_missing_input_is_one_line_on_stderr_and_exit_1(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Title\n\nBody text of the article.\n")
    proc = run("extract", str(tmp_path / "nope.txt"), str(good))
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["document"]["source"] for r in lines] == [str(good)]
    assert "nope.txt: no such file" in proc.stderr


def test_cli_start_up_does_not_import_spacy():
    proc = subprocess.run(
        [sys.executable, "-c", "import sys, tawthiq.cli; print(*(m in sys.modules for m in ('spacy', 'trafilatura', 'tawthiq.record', 'tawthiq.store.store')))"],
        capture_output=True, text=True,
    )
    assert proc.stdout.split() == ["False", "False", "False", "False"]


def test_stdin_and_published_override():
    proc = run("extract", "--published", "2016-12-14", "-", input="A title\n\nRebels said the road was cut last week.\n")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["document"]["published"] == "2016-12-14" and rec["document"]["source"] == "-"


def test_bad_published_date_is_a_usage_error():
    proc = run("extract", "--published", "14/12/2016", "-", input="x\n\ny\n")
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr


def test_batch_prints_good_records_lists_failures_and_exits_1(fixtures_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    inputs = [str(fixtures_dir / "articles" / "yemen_reuters_dateline.txt"), str(empty), str(fixtures_dir / "articles" / "empty_article.html"), str(fixtures_dir / "articles" / "news.rss")]
    proc = run("extract", *inputs)
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]  # stdout holds only records
    assert len(records) == 3
    assert records[0]["document"]["source"] == inputs[0]
    errors = proc.stderr.strip().splitlines()
    assert errors[0] == f"tawthiq: {empty}: empty file"
    assert errors[1] == f"tawthiq: {inputs[2]}: no article text"
    assert errors[-1].startswith("tawthiq: 2 input(s) failed")


def test_jsonl_format_for_one_input(fixtures_dir):
    proc = run("extract", "--format", "jsonl", str(fixtures_dir / "articles" / "ethiopia_bom.txt"))
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 1
