"""``make bench``'s measurement: CPU time of the processes a step started, not its wall time."""

import subprocess
import sys

from blinarepro import bench

# a child that spends at least 0.3 s of its own CPU time (a lower bound by construction)
BUSY = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3:\n    pass"


def _python(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cpu_of_a_busy_child_is_counted():
    wall, cpu = bench.measured(lambda: _python(BUSY))
    assert cpu >= 0.3
    assert wall >= 0.3


def test_a_sleeping_child_takes_wall_time_but_almost_no_cpu():
    wall, cpu = bench.measured(lambda: _python("import time; time.sleep(0.5)"))
    assert wall >= 0.5
    assert cpu < 0.3  # an interpreter's start-up, nowhere near the 0.5 s it slept


def test_a_grandchild_its_parent_waited_for_is_counted():
    # as a kernel is: started and reaped by the build process that make started
    nested = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {BUSY!r}])"
    _, cpu = bench.measured(lambda: _python(nested))
    assert cpu >= 0.3
