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
        [sys.executable, "-c", "import sys, tawthiq.cli; print('spacy' in sys.modules, 'trafilatura' in sys.modules)"],
        capture_output=True, text=True,
    )
    assert proc.stdout.split() == ["False", "False"]
