"""Run mypy and compare with the committed baseline: the baseline may only shrink.

Errors are compared without line numbers ("file: message [code]", counted), so moving code does not
count as a new error. `python .ci/mypy_baseline.py --update` rewrites the baseline after errors are fixed.
"""
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-baseline.txt"
MYPY = Path(sys.executable).with_name("mypy")


def current() -> Counter:
    run = subprocess.run([str(MYPY), "--no-error-summary", "--no-pretty"], cwd=ROOT, capture_output=True, text=True)
    found = Counter()
    for line in run.stdout.splitlines():
        match = re.match(r"^(?P<file>[^:]+):\d+(?::\d+)?: error: (?P<rest>.*)$", line)
        if match:
            found[f"{match['file']}: {match['rest']}"] += 1
    return found


def main() -> int:
    found = current()
    if "--update" in sys.argv:
        BASELINE.write_text("".join(f"{line}\n" for line in sorted(found.elements())), encoding="utf-8")
        print(f"mypy baseline: {sum(found.values())} errors written")
        return 0
    allowed = Counter(BASELINE.read_text(encoding="utf-8").splitlines()) if BASELINE.exists() else Counter()
    new = found - allowed
    print(f"mypy: {sum(found.values())} errors (baseline {sum(allowed.values())})")
    if new:
        print("new type errors (fix them; the baseline may only shrink):")
        for line in sorted(new.elements()):
            print(f"  {line}")
        return 1
    if sum(found.values()) < sum(allowed.values()):
        print("fewer errors than the baseline: run python .ci/mypy_baseline.py --update and commit it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
