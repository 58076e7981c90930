"""A run killed with SIGKILL in the middle resumes without losing or duplicating anything."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SENT = "استقبل وزير الخارجية الكويتي المبعوث الأممي إلى اليمن وبحث معه سبل إحياء المفاوضات بين الأطراف اليمنية"


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        out += [int(c) for c in children]
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead, only not reaped yet


def _run(args: list[str]) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        # The cheap stages only: this test is about the store, not about coding speed.
        [sys.executable, "-m", "wasit", "code", *args, "--quiet",
         "--set", 'pipeline.stages=["clean", "segment"]'],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_then_resume(tmp_path: Path, workers: str) -> None:
    n = 2000
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as f:
        for i in range(n):
            body = "\n\n".join(f"{SENT} في الجولة {i} الفقرة {p}." for p in range(6))
            f.write(json.dumps({"id": f"k{i}", "text": body}, ensure_ascii=False) + "\n")
    db = tmp_path / "w.db"
    proc = _run([str(feed), "--db", str(db), "--workers", workers])
    deadline = time.monotonic() + 60
    while _count(db) < 100 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; make the input bigger"
    workers_before = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers_before) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in workers_before if _alive(p)], "worker processes outlived the killed run"
    stored = _count(db)
    assert 100 <= stored < n
    out = tmp_path / "out.jsonl"
    resumed = _run([str(feed), "--db", str(db), "--workers", workers, "--jsonl", str(out)])
    assert resumed.wait(timeout=120) == 0
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n
    assert con.execute("SELECT COUNT(DISTINCT hash) FROM articles").fetchone()[0] == n
    assert con.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == n
    # every stored article has all its sentences (no half-written article)
    bad = con.execute(
        "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) != 6"
    ).fetchone()[0]
    assert bad == 0
    ids = [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"k{i}" for i in range(n)]
