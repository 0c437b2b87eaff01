"""The command line: JSON shapes, exit codes, and never importing Qt."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs the real entry point, then proves Qt was never imported.
RUNNER = (
    "import sys; from casekeeper.gui.main import main\n"
    "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
    "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    "sys.exit(code)\n"
)


def ck(*args, data_dir, input=None):
    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True, text=True,
                          env=env, input=input, timeout=60)


def test_cases_and_show_json(data_dir):
    r = ck("new", "Account suspended", "--provider", "OCI", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    r = ck("demo", "--language", "ja", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    r = ck("cases", "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert {tuple(sorted(c)) for c in rows} == {("id", "opened_at", "provider", "status", "title", "updated_at")}
    assert "Account suspended" in [c["title"] for c in rows]
    demo = next(c for c in rows if c["provider"] == "Oracle Cloud Infrastructure")
    assert demo["opened_at"].endswith("+00:00")
    r = ck("show", str(demo["id"]), "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    case = json.loads(r.stdout)
    assert len(case["desks"]) == 7 and len(case["events"]) >= 18
    phone = next(d for d in case["desks"] if d["kind"] == "phone")
    sr = next(i for i in case["identifiers"] if i["value"] == "" and phone["id"] in i["needed_by"])
    assert sr["needed_by"]
    assert all(len(cl["items"]) > 0 for cl in case["checklists"])
    assert any("\u3042" <= ch <= "\u9fff" for ch in case["title"] + case["summary"])  # Japanese text came through


def test_bad_id_and_bad_data_dir_exit_nonzero_with_one_line(data_dir, tmp_path):
    r = ck("show", "4711", "--json", data_dir=data_dir)
    assert r.returncode != 0 and r.stdout == ""
    assert r.stderr.strip().count("\n") == 0 and "4711" in r.stderr
    r = ck("show", "abc", data_dir=data_dir)
    assert r.returncode != 0 and "Not a case id" in r.stderr
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    r = ck("cases", data_dir=blocker)
    assert r.returncode != 0 and "not a directory" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "casekeeper.sqlite3").write_bytes(b"\x00garbage" * 64)
    r = ck("cases", "--json", data_dir=bad)
    assert r.returncode != 0 and "not a Casekeeper database" in r.stderr
    assert (bad / "casekeeper.sqlite3").read_bytes() == b"\x00garbage" * 64


def test_new_from_broken_playbook_leaves_no_case(data_dir, tmp_path):
    pb = tmp_path / "pb.toml"
    pb.write_text('format = 1\n[case]\ntitle = "x"\n[[desks]]\nkey = "a"\nname = "A"\nasks_for = ["nope"]\n')
    r = ck("new", "--playbook", str(pb), data_dir=data_dir)
    assert r.returncode != 0 and "nope" in r.stderr
    r = ck("cases", "--json", data_dir=data_dir)
    assert json.loads(r.stdout) == []
