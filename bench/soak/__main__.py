"""python -m bench.soak (make soak): run the soak, write its results to
var/bench/soak/ and exit 1 when it found a problem."""

import json
import sys
from datetime import UTC, datetime

from ..__main__ import ensure_wrk, log
from .plan import SOAK_DIR, SoakPlan
from .report import exit_status, render
from .run import soak


def main() -> int:
    plan = SoakPlan.from_env()
    ensure_wrk()
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    log(f"Soak {run_id}: {plan}")
    results = soak(plan, run_id)
    SOAK_DIR.mkdir(parents=True, exist_ok=True)
    json_path = SOAK_DIR / f"{run_id}.json"
    json_path.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    markdown = render(results)
    (SOAK_DIR / f"{run_id}.md").write_text(markdown)
    (SOAK_DIR / "latest.md").write_text(markdown)
    log("")
    log(markdown)
    log(f"Results: {json_path}")
    return exit_status(results["problems"])


if __name__ == "__main__":
    sys.exit(main())
