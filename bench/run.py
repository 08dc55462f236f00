"""Run every ``bench/bench_*.py`` in turn with this Python and print what each prints.

``make bench`` calls this. A benchmark that fails is reported and the others
still run; the exit status is non-zero if any failed.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Arguments for a benchmark's short run (its full run is documented in its docstring).
QUICK_ARGS = {"bench_capacity.py": ["--quick"]}


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"==> {script.name}", flush=True)
        started = time.monotonic()
        result = subprocess.run([sys.executable, str(script), *QUICK_ARGS.get(script.name, [])], cwd=HERE.parent)
        print(f"<== {script.name}: {'ok' if result.returncode == 0 else f'FAILED ({result.returncode})'} "
              f"in {time.monotonic() - started:.0f} s\n", flush=True)
        if result.returncode:
            failed.append(script.name)
    if failed:
        print("Failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
