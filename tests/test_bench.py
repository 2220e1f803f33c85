"""``make bench``'s measurement: CPU time of the processes a step started, not its wall time."""

import subprocess
import sys

from blinarepro.chain import bench

# a child that spends at least 0.3 s of its own CPU time (a lower bound by construction)
BUSY = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3:\n    pass"


def _python(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cpu_of_a_busy_child_is_counted():
    timing = bench.measured(lambda: _python(BUSY))
    assert timing.cpu >= 0.3
    assert timing.wall >= 0.3


def test_a_sleeping_child_takes_wall_time_but_almost_no_cpu():
    timing = bench.measured(lambda: _python("import time; time.sleep(0.5)"))
    assert timing.wall >= 0.5
    assert timing.cpu < 0.3  # an interpreter's start-up, nowhere near the 0.5 s it slept


def test_a_grandchild_its_parent_waited_for_is_counted():
    # as a kernel is: started and reaped by the build process that make started
    nested = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {BUSY!r}])"
    assert bench.measured(lambda: _python(nested)).cpu >= 0.3


def test_children_run_from_several_threads_are_all_counted():
    # as the floor runs its processes: concurrently, from a thread pool
    from concurrent.futures import ThreadPoolExecutor

    def work():
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(_python, [BUSY] * 3))

    assert bench.measured(work).cpu >= 0.9


def test_notebooks_as_scripts_are_their_code_cells_in_order(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_markdown_cell("# not code"),
                nbformat.v4.new_code_cell("y = x + 1\nprint(y)")]  # fmt: skip
    nbformat.write(nb, tmp_path / "n.ipynb")
    script = bench.code_of(tmp_path / "n.ipynb")
    assert script == "x = 1\n\ny = x + 1\nprint(y)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout == "2\n"
