"""kill -9 in the middle of a backup, a restore and an import leaves a whole archive and no file that lies
(the full run, 30 kills each on a larger archive, is benchmarks/kill_nine.py)."""
import random

import pytest

from benchmarks import kill_nine
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="kills processes on a file archive")


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    work = tmp_path_factory.mktemp("kill-nine")
    live = work / "live"
    kill_nine.cli("--data-dir", str(live), "demo", "--customers", "400", "--binders", "40", check=True)
    return work, live


@pytest.mark.timeout(600)
@pytest.mark.parametrize("job", ["backup", "restore", "import", "bind", "demo", "repair"])
def test_a_kill_leaves_the_archive_whole(live, job):
    work, archive = live
    rng = random.Random(job)
    if job == "backup":
        failures = kill_nine.backup_runs(archive, work, 3, rng)
    elif job == "restore":
        failures = kill_nine.restore_runs(archive, work, 3, rng)
    elif job == "import":
        failures = kill_nine.import_runs(archive, work, 3, rng, 400)
    elif job == "bind":
        failures = kill_nine.bind_runs(archive, work, 2, rng)
    elif job == "demo":
        failures = kill_nine.demo_runs(work, 2, rng, 200, 20)
    else:
        failures = kill_nine.repair_runs(archive, work, 2, rng)
    assert failures == []
