"""The soak's own logic (`make soak` itself is not part of the suite): memory
read from /proc, growth, errors from wrk and the servers' logs, the traffic it
sends and when it fails."""

import json
import random
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import load
from bench.soak import logs, memory, plan, report, run, traffic

STATUS = """Name:\tgunicorn
Umask:\t0022
State:\tS (sleeping)
Pid:\t{pid}
PPid:\t{ppid}
VmPeak:\t  900000 kB
VmHWM:\t  {rss} kB
VmRSS:\t  {rss} kB
RssAnon:\t   90000 kB
"""
SMAPS_ROLLUP = """00400000-7ffc0000 ---p 00000000 00:00 0    [rollup]
Rss:              {rss} kB
Pss:              {pss} kB
Pss_Anon:          1000 kB
"""


def _process(proc, pid, ppid, rss, pss=None, name="gunicorn: worker [x]"):
    folder = proc / str(pid)
    folder.mkdir()
    (folder / "stat").write_text(f"{pid} ({name}) S {ppid} {pid} {pid} 0 -1 4194560")
    (folder / "status").write_text(STATUS.format(pid=pid, ppid=ppid, rss=rss))
    if pss is not None:
        (folder / "smaps_rollup").write_text(SMAPS_ROLLUP.format(rss=rss, pss=pss))


@pytest.fixture
def proc(tmp_path):
    """A /proc with a gunicorn master (100), two workers, a process one of
    them started, and processes that are none of theirs."""
    _process(tmp_path, 1, 0, 9000, 9000, name="init")
    _process(tmp_path, 100, 1, 120_000, 60_000, name="gunicorn: master [cms]")
    _process(tmp_path, 101, 100, 150_000, 80_000)
    _process(tmp_path, 102, 100, 140_000)  # smaps_rollup unreadable
    _process(tmp_path, 103, 101, 10_000, 10_000, name="sh (odd) name")
    _process(tmp_path, 200, 1, 500_000, 500_000, name="wrk")
    (tmp_path / "self").mkdir()
    (tmp_path / "meminfo").write_text("MemTotal: 1 kB\n")
    return tmp_path


def test_rss_is_read_from_the_status_text():
    text = STATUS.format(pid=7, ppid=1, rss=123_456)
    assert memory.status_kb(text, "VmRSS") == 123_456
    assert memory.status_kb(text, "VmSwap") is None


def test_the_parent_is_read_after_a_command_name_with_spaces_and_parentheses():
    assert (
        memory.parent_pid("4321 (gunicorn: worker [a) b]) S 4300 4321 4321 0") == 4300
    )


def test_a_server_is_its_master_and_every_process_under_it(proc):
    assert memory.process_tree(100, proc) == [100, 101, 102, 103]


def test_tree_memory_sums_rss_and_pss_of_the_whole_tree(proc):
    tree = memory.tree_memory(100, proc)
    assert tree["pids"] == [100, 101, 102, 103]
    assert tree["rss_kb"] == 120_000 + 150_000 + 140_000 + 10_000
    assert tree["pss_kb"] == 60_000 + 80_000 + 10_000


def test_tree_memory_of_real_processes():
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time\n"
            "kids = [subprocess.Popen([sys.executable, '-c',"
            " 'import sys; sys.stdin.read()'], stdin=subprocess.PIPE)"
            " for _ in range(2)]\n"
            "print(' '.join(str(k.pid) for k in kids), flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        children = [int(pid) for pid in parent.stdout.readline().split()]
        tree = memory.tree_memory(parent.pid)
        assert tree["pids"] == sorted([parent.pid, *children])
        assert tree["rss_kb"] > 3 * 1024  # three Python interpreters
        assert 0 < tree["pss_kb"] <= tree["rss_kb"]
    finally:
        parent.stdin.close()  # its children's stdin closes with it
        parent.wait(timeout=30)


def _samples(*points):
    return [{"t": t, "rss_kb": mb * 1024, "pss_kb": mb * 512} for t, mb in points]


def test_growth_is_measured_from_the_first_sample_after_the_warm_up():
    samples = _samples((0, 100), (20, 140), (36, 150), (108, 155), (180, 162))
    growth = memory.memory_growth(samples, "rss_kb", warmup_until=36)
    assert growth["baseline_mb"] == 150
    assert growth["end_mb"] == 162
    assert growth["peak_mb"] == 162
    assert growth["growth_mb"] == 12
    assert growth["growth_pct"] == 8
    # Least squares over (36, 150), (108, 155), (180, 162): 1/12 MB a second.
    assert growth["slope_mb_per_min"] == 5


def test_growth_can_be_negative_and_is_none_without_samples_after_warm_up():
    samples = _samples((0, 100), (40, 120), (80, 110))
    assert memory.memory_growth(samples, "pss_kb", 40)["growth_mb"] == -5
    assert memory.memory_growth(samples, "rss_kb", 90)["growth_mb"] is None


WRK_OUTPUT = (
    'BENCH-JSON {"requests":1000,"duration_us":10000000,"bytes":5000,'
    '"errors":{"connect":0,"read":1,"write":0,"status":3,"timeout":2},'
    '"latency_us":{"p50":1000,"p90":2000,"p95":3000,"p99":4000,"mean":1500.0,'
    '"max":9000},"statuses":{"202":300,"200":694,"503":1,"404":2}}\n'
)


def test_every_kind_of_failed_request_counts():
    figures = run.target_figures(load.parse(WRK_OUTPUT))
    assert figures["requests"] == 1000
    assert figures["rps"] == 100
    assert figures["failed"] == 6  # 3 answers 4xx/5xx, 2 timeouts, 1 read error
    assert figures["statuses"] == {"200": 694, "202": 300, "404": 2, "503": 1}


ERROR_LOG = """\
/venv/lib/python3.11/site-packages/django/core/handlers/base.py:61: UserWarning: No directory at: /var/static/
  mw_instance = middleware(adapted_handler)
Not Found: /api/v1/articles/99999/
Internal Server Error: /api/v1/search/
Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/work/api/views.py", line 12, in get
    raise ValueError("boom")
ValueError: boom
[ERROR] Unexpected exit from worker-2
[INFO] Respawning worker-2
[CRITICAL] Worker crash loop detected, exiting
[WARNING] Killing worker-1 after it refused to gracefully stop
ERROR frontend.app: Unexpected error on /tim-kiem/
Traceback (most recent call last):
  File "/work/frontend/views.py", line 60, in search
KeyError: 'results'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/work/frontend/app.py", line 166, in unexpected
RuntimeError: no template
"""  # noqa: E501


def test_tracebacks_and_granian_worker_errors_in_a_log_are_counted():
    scanned = logs.scan_log(ERROR_LOG)
    assert scanned["tracebacks"] == 2  # the second one chained: one error
    assert scanned["worker_errors"] == 2  # the ERROR and the CRITICAL line
    assert scanned["errors"] == 4
    assert scanned["examples"][:2] == [
        "Internal Server Error: /api/v1/search/\nValueError: boom",
        "ERROR frontend.app: Unexpected error on /tim-kiem/\nRuntimeError: no template",
    ]


def test_a_quiet_log_has_no_errors():
    scanned = logs.scan_log(ERROR_LOG.split("Internal Server Error")[0])
    assert scanned == {"tracebacks": 0, "worker_errors": 0, "errors": 0, "examples": []}


def test_failed_requests_are_read_from_the_access_log():
    def line(status, path, query=""):
        # As granian writes them with the soak's format.
        return logs.ACCESS_LOG_FORMAT % {
            "status": status,
            "method": "GET",
            "path": path,
            "query_string": query,
            "protocol": "HTTP/1.1",
            "time": "2026-11-26 23:40:01 +0000",
            "dt_ms": 31.4,
        }

    access_log = "\n".join(
        [
            line(200, "/api/v1/articles/"),
            line(404, "/api/v1/articles/", "section=11&page=2"),
            line(304, "/api/v1/site/"),
            line(404, "/api/v1/articles/", "section=11&page=2"),
            line(503, "/tim-kiem/", "q=OCOP"),
            line(404, "/api/v1/articles/99999/"),
            "[INFO] Spawning worker-1 with PID: 4242",
            "",
        ]
    )
    assert logs.failed_requests(access_log) == {
        "404 GET /api/v1/articles/?section=11&page=2 HTTP/1.1": 2,
        "404 GET /api/v1/articles/99999/ HTTP/1.1": 1,
        "503 GET /tim-kiem/?q=OCOP HTTP/1.1": 1,
    }


def test_the_logging_configuration_is_one_granian_reads(tmp_path):
    path = logs.granian_logging(tmp_path / "cms")
    config = json.loads(path.read_text())
    assert config["handlers"]["access"]["filename"] == str(tmp_path / "cms-access.log")
    assert set(config["loggers"]) == {"_granian", "granian.access"}


def _results(**changes):
    target = {"failed": 0, "errors": {"status": 0, "timeout": 0}}
    results = {
        "targets": {"api": dict(target), "reader site": dict(target)},
        "logs": {
            "cms": {"errors": 0, "tracebacks": 0, "worker_errors": 0},
            "reader": {"errors": 0, "tracebacks": 0, "worker_errors": 0},
        },
        "servers": {"cms": {"alive": True}, "reader": {"alive": True}},
    }
    for path, value in changes.items():
        section, name = path.split("__")
        results[section][name.replace("_", " ")] = value
    return results


def test_a_clean_run_passes():
    assert report.problems(_results()) == []
    assert report.exit_status(report.problems(_results())) == 0


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"targets__api": {"failed": 2, "errors": {"status": 1, "timeout": 1}}},
            "api: 2 failed requests (status 1, timeout 1)",
        ),
        ({"targets__reader_site": {"error": "wrk failed (1)"}}, "reader site: wrk"),
        (
            {"logs__cms": {"errors": 1, "tracebacks": 1, "worker_errors": 0}},
            "cms: 1 tracebacks and 0 worker errors in its log",
        ),
        ({"servers__reader": {"alive": False}}, "reader: died"),
    ],
)
def test_any_error_fails_the_run(changes, expected):
    found = report.problems(_results(**changes))
    assert len(found) == 1
    assert found[0].startswith(expected)
    assert report.exit_status(found) == 1


def _rendered_run(failed_requests: dict) -> dict:
    growth = {"baseline_mb": 160.0, "end_mb": 190.0, "growth_mb": 30.0}
    target = {
        "requests": 12529,
        "rps": 20.9,
        "latency_ms": {"p50": 327.0, "p99": 2411.0, "max": 6892.0},
        "errors": {"status": len(failed_requests), "timeout": 0},
        "failed": len(failed_requests),
        "statuses": {"200": 12528, "503": len(failed_requests)},
    }
    server = {"alive": True, "idle_mb": 149.0, "rss": growth, "pss": growth}
    results = {
        "run": "20261127T003232Z",
        "plan": {"seconds": 600, "workers": 3, "connections": 16},
        "machine": {
            "cpu": "AMD EPYC",
            "cores": 2,
            "memory_gb": 23.5,
            "kernel": "6.18",
            "versions": {"Django": "5.2"},
        },
        "load_before": "0.46 0.84 1.78",
        "load_after": "6.19 6.49 5.18",
        "corpus": {"name": "1k"},
        "requests_per_round": {"cms": 1922, "reader": 1212},
        "targets": {"reader site": target},
        "servers": {"reader": server},
        "logs": {
            "reader": {
                "errors": 0,
                "tracebacks": 0,
                "worker_errors": 0,
                "examples": [],
                "failed_requests": failed_requests,
            }
        },
    }
    results["plan"].update(sample_seconds=5.0, warmup=0.2)
    results["problems"] = report.problems(results)
    return results


def test_the_report_lists_failed_requests_and_keeps_the_verdict_apart():
    failed = {"503 GET /tim-kiem/?q=OCOP&page=2 HTTP/1.1": 1}
    markdown = report.render(_rendered_run(failed))
    assert (
        "- reader answered `503 GET /tim-kiem/?q=OCOP&page=2 HTTP/1.1` 1 ×\n"
        "\n**Failed**: reader site: 1 failed requests (status 1)\n"
    ) in markdown
    assert report.render(_rendered_run({})).endswith(
        "\n\n**Passed**: no failed request, no traceback, both servers alive.\n"
    )


FOUND = {
    "articles": [
        {"id": n, "type": "article", "path": f"/tin-tuc/bai-{n}/"}
        for n in range(1, 201)
    ],
    "photo_stories": [{"id": 900, "type": "photo_story", "path": "/tin-anh/mua/"}],
    "sections": [
        {"id": 4, "path": "/tin-tuc/", "num_pages": 10},
        {"id": 11, "path": "/tin-anh/", "num_pages": 1},
    ],
    "searches": {"cải cách hành chính": 5, "OCOP": 1},
}


def _parsed(lines):
    parsed = []
    for line in lines:
        method, path, *body = line.split("\t")
        parsed.append((method, path, body[0] if body else None))
    return parsed


def test_the_api_traffic_mixes_reads_searches_and_beacons_and_stays_in_range():
    lines = _parsed(traffic.api_requests(FOUND, random.Random(1)))
    paths = [path for _, path, _ in lines]
    assert all(path.isascii() and " " not in path for path in paths)
    beacons = [json.loads(body)["path"] for method, _, body in lines if body]
    assert {method for method, _, _ in lines} == {"GET", "POST"}
    assert len(beacons) > len(lines) / 4
    assert "/api/v1/photo-stories/900/" in paths
    details = {
        p for p in paths if p.startswith("/api/v1/articles/") and p[17:-1].isdigit()
    }
    assert len(details) > 50  # many articles, not one
    searches = [p for p in paths if p.startswith("/api/v1/search/")]
    assert "/api/v1/search/?q=c%E1%BA%A3i%20c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh" in (
        searches
    )
    # No page past the last: a 404 there would be the soak's own error.
    assert "/api/v1/search/?q=OCOP&page=2" not in searches
    assert "/api/v1/articles/?section=4&page=3" in paths
    assert "/api/v1/articles/?section=11&page=2" not in paths


def test_the_reader_traffic_is_mostly_articles_with_home_sections_and_search():
    paths = [
        path for _, path, _ in _parsed(traffic.reader_requests(FOUND, random.Random(1)))
    ]
    articles = [p for p in paths if p.startswith("/tin-tuc/bai-")]
    assert len(articles) > len(paths) / 2
    assert len(set(articles)) > 50
    assert paths.count("/") > len(paths) / 20
    assert "/tin-tuc/?page=3" in paths
    assert "/tin-anh/?page=2" not in paths
    assert "/tim-kiem/?q=OCOP" in paths
    assert "/tim-kiem/?q=OCOP&page=2" not in paths


def test_popular_articles_are_read_more_often_than_old_ones():
    items = [{"id": n} for n in range(1000)]
    counts = {}
    for item in traffic.popular(items, random.Random(3)):
        counts[item["id"]] = counts.get(item["id"], 0) + 1
    newest = sum(counts.get(n, 0) for n in range(10))
    oldest = sum(counts.get(n, 0) for n in range(990, 1000))
    assert newest > 10 * max(oldest, 1)


def test_the_plan_defaults_to_three_minutes_at_sixteen_connections(monkeypatch):
    for name in ("SOAK_SECONDS", "SOAK_CONNECTIONS", "SOAK_PORT", "SOAK_WARMUP"):
        monkeypatch.delenv(name, raising=False)
    defaults = plan.SoakPlan.from_env()
    assert (defaults.seconds, defaults.connections, defaults.port) == (180, 16, 8601)
    assert (defaults.api_connections, defaults.reader_connections) == (8, 8)
    monkeypatch.setenv("SOAK_CONNECTIONS", "5")
    odd = plan.SoakPlan.from_env()
    assert odd.api_connections + odd.reader_connections == 5


class _Answers(BaseHTTPRequestHandler):
    """200 for a GET, 202 for a JSON POST, 404 for /missing/."""

    def _answer(self, status):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        self._answer(404 if self.path == "/missing/" else 200)

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        json_ok = self.headers["Content-Type"] == "application/json"
        self._answer(202 if json_ok and json.loads(body)["path"] else 400)

    def log_message(self, *args):
        pass


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_the_lua_script_sends_the_list_and_counts_every_status(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    requests_file = tmp_path / "requests.txt"
    requests_file.write_text(
        'GET\t/\nPOST\t/api/v1/stats/hits/\t{"path": "/tin-tuc/a/"}\nGET\t/missing/\n'
    )
    try:
        result = load.wrk(
            f"http://127.0.0.1:{server.server_port}/",
            duration=1,
            connections=2,
            threads=1,
            script="soak.lua",
            script_args=(requests_file, 1),
        )
    finally:
        server.shutdown()
        server.server_close()
    figures = run.target_figures(result)
    assert set(figures["statuses"]) == {"200", "202", "404"}
    assert figures["errors"]["status"] == figures["statuses"]["404"]
    assert sum(figures["statuses"].values()) == figures["requests"]
