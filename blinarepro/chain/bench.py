"""``make bench``: how fast the report chain is, read against yardsticks measured in the same run.

Rows (wall-clock seconds on this machine, now; the first six are measured in ``--repeat``
interleaved rounds and reported as the median with the range):

floor
    one plain ``python`` process per notebook that only imports what the notebook imports,
    run at the same parallelism as ``make reports`` and with the kernels' environment
    (:data:`blinarepro.chain.execute.KERNEL_ENV`, as for the naive chain) — no chain can beat
    start-up plus imports;
notebooks as scripts
    each notebook's code cells run by one plain ``python`` process (parameters as stored, no
    output folder, matplotlib's Agg backend), at the same parallelism: the statistics and
    figures themselves without kernel, papermill or HTML, so that the cold build over it is
    what the chain adds (information; the target is read against the floor);
naive chain
    a shell loop of ``papermill`` then ``jupyter nbconvert --to html``, one process each, per
    notebook — what a project without a build step does;
cold build
    ``make reports`` into an empty folder;
no-op rebuild
    ``make reports`` again with nothing changed;
one-notebook rebuild
    ``make reports`` after one notebook changed (``make -W``, so the tree is not touched);
fresh env
    ``make env`` into a new virtual environment from the lock (uv's cache warm, as on a
    developer's machine);
make test
    the whole test suite.

Each figure is printed with its ratio to the floor, and with the CPU time (user + system) of
the processes it ran and that ratio: the wall-clock ratio depends on how well the jobs fill
the cores, the CPU ratio only on how much work the chain does beyond the floor's. The issue's
targets (issue 19): cold build within 3x the floor; no-op
under 1 s; fresh env under 30 s.
This is a benchmark, not a test: nothing here fails on a slow machine.

``--scale N`` (issue 17, "Scale") runs the scale case instead: N synthetic documents
(:mod:`blinarepro.chain.synthetic`) are added to a temporary copy of ``data/`` and built with
``make reports DATA_DIR=<copy>``, each with a generic report from ``notebooks/document.ipynb``.
Its rows, each with its ratio to the one-notebook floor (one plain ``python`` process that
imports what ``document.ipynb`` imports, measured before, between and after the builds; the
median is the yardstick):

five-document build
    ``make reports`` cold on a copy of ``data/`` as it is (the five documents);
five + N documents build
    ``make reports`` cold on the copy with N more documents;
marginal cost per document
    (five + N documents build - five-document build) / N;
incremental rebuild
    ``make reports`` after one generated document's rows (and its source text) changed; what
    make rebuilt (read from ``make -n`` just before) is printed with it;
one report + index
    ``make reports`` after only that document's report was removed: what a build whose
    reports depend only on their own document's rows would redo.
"""

from __future__ import annotations

import argparse
import ast
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat

from blinarepro.chain.execute import KERNEL_ENV

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
BIN = Path(sys.executable).parent


def _env() -> dict:
    """This environment without a calling make's jobserver and flags, with the kernels'
    settings (:data:`blinarepro.chain.execute.KERNEL_ENV`: one BLAS thread, fixed hash seed) so that
    the yardsticks' processes run under the same conditions as the build's kernels."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return {**env, **KERNEL_ENV}


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU seconds of one measured step."""

    wall: float
    cpu: float


def measured(work: Callable[[], object]) -> Timing:
    """Time ``work()``: its wall-clock seconds and the CPU seconds of the processes it ran.

    Parameters
    ----------
    work : callable
        Runs the step; it must wait for the processes it starts (``subprocess.run`` does).

    Returns
    -------
    Timing
        ``wall``: elapsed seconds; ``cpu``: user + system seconds of every child process
        that ended and was waited for during ``work()``, with the descendants each of them
        waited for in turn (a kernel reaped by the build process that make started). Not
        counted: this process's own CPU, and processes nobody waited for (daemons, orphans).

    Notes
    -----
    ``getrusage(RUSAGE_CHILDREN)`` before and after. It counts children reaped from any
    thread of this process, so the floor's concurrent ``subprocess.run`` calls are all in it.
    Checked in ``tests/test_bench.py`` against children that burn a known minimum of CPU
    time, sleep, or run a grandchild.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    work()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Timing(wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


def _timed(cmd: str | list[str], cwd: Path = ROOT, check: bool = True) -> Timing:
    return measured(
        lambda: subprocess.run(
            cmd, cwd=cwd, env=_env(), shell=isinstance(cmd, str), check=check,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, executable="/bin/bash"
            if isinstance(cmd, str) else None,
        )
    )  # fmt: skip


def imports_of(notebook: Path) -> str:
    """The top-level import statements of a notebook's code cells, as one script."""
    nb = nbformat.read(notebook, as_version=4)
    statements = [
        ast.unparse(node)
        for cell in nb.cells if cell.cell_type == "code"
        for node in ast.parse(cell.source).body if isinstance(node, ast.Import | ast.ImportFrom)
    ]  # fmt: skip
    return "\n".join(dict.fromkeys(statements))


def _scripts(scripts: list[str], jobs: int, env: dict) -> Timing:
    """One plain Python process per script (in ``notebooks/``), ``jobs`` at a time."""

    def work():
        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(lambda s: subprocess.run([sys.executable, "-c", s], check=True,
                          env=env, cwd=ROOT / "notebooks", stdout=subprocess.DEVNULL),
                          scripts))  # fmt: skip

    return measured(work)


def floor(jobs: int) -> Timing:
    """One plain Python process per notebook importing its libraries, ``jobs`` at a time."""
    return _scripts([imports_of(nb) for nb in NOTEBOOKS], jobs, _env())


def code_of(notebook: Path) -> str:
    """The code cells of a notebook as one script (the notebooks hold no magics)."""
    nb = nbformat.read(notebook, as_version=4)
    return "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")


def as_scripts(jobs: int) -> Timing:
    """Each notebook's code run by one plain Python process, ``jobs`` at a time."""
    return _scripts([code_of(nb) for nb in NOTEBOOKS], jobs, {**_env(), "MPLBACKEND": "agg"})


def naive_chain(out: Path) -> Timing:
    """``papermill`` then ``jupyter nbconvert`` per notebook, in a shell loop."""
    out.mkdir(parents=True, exist_ok=True)
    steps = []
    for nb in NOTEBOOKS:
        executed = out / nb.name
        steps.append(
            f"{BIN}/papermill -k blinarepro --cwd notebooks {shlex.quote(str(nb))} "
            f"{shlex.quote(str(executed))} -p output_dir {shlex.quote(str(out))} && "
            f"{BIN}/jupyter nbconvert --to html {shlex.quote(str(executed))}"
        )
    return _timed(" && ".join(steps))


def _spread(values: list[float]) -> str:
    return f"[{min(values):.2f}-{max(values):.2f}]" if len(values) > 1 else ""


def _floor_one(notebook: Path) -> Timing:
    """One plain Python process importing what ``notebook`` imports, alone."""
    script = imports_of(notebook)
    return measured(lambda: subprocess.run([sys.executable, "-c", script], check=True,
                                           env=_env(), cwd=ROOT / "notebooks"))  # fmt: skip


def _would_build(make: list[str]) -> list[str]:
    """The reports ``make reports`` would build now (``make -n``): notebook or study names."""
    plan = subprocess.run([*make, "-n", "reports"], cwd=ROOT, env=_env(), check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    built = []
    for line in plan.splitlines():
        words = line.split()
        if "blinarepro.build" in words and "run" in words:
            built.append(words[words.index("--study") + 1] if "--study" in words
                         else Path(words[words.index("run") + 1]).stem)  # fmt: skip
    return built


def scale(n: int, jobs: int, changed: int = 1) -> int:
    """The scale case: ``n`` generated documents, built and rebuilt, against the floor."""
    from blinarepro.chain import synthetic

    document_nb = ROOT / "notebooks" / "document.ipynb"
    floors: list[Timing] = [_floor_one(document_nb)]
    rows: list[tuple[str, Timing, str]] = []
    with tempfile.TemporaryDirectory(prefix="blinarepro-scale-") as tmp:
        tmp = Path(tmp)
        five, many = tmp / "data5" / "data", tmp / f"data{n}" / "data"
        shutil.copytree(ROOT / "data", five)
        shutil.copytree(ROOT / "data", many)
        synthetic.write_documents(many, n, seed=0)

        def make(data: Path, site: Path) -> list[str]:
            return ["make", "--no-print-directory", f"JOBS={jobs}", f"REPORTS_DIR={site}",
                    f"DATA_DIR={data}"]  # fmt: skip

        site5, site_n = tmp / "site5", tmp / f"site{n}"
        n5 = len(_would_build(make(five, site5)))
        rows.append((f"five-document build ({n5} reports)",
                     _timed([*make(five, site5), "reports"]), ""))  # fmt: skip
        floors.append(_floor_one(document_nb))
        n_many = len(_would_build(make(many, site_n)))
        rows.append((f"five + {n} documents build ({n_many} reports)",
                     _timed([*make(many, site_n), "reports"]), ""))  # fmt: skip
        floors.append(_floor_one(document_nb))
        study = synthetic.study_id(changed)
        files = synthetic.change_document(many, changed, seed=0, new_seed=1)
        rebuilt = _would_build(make(many, site_n))
        rows.append((f"incremental rebuild ({study} changed)",
                     _timed([*make(many, site_n), "reports"]), ""))  # fmt: skip
        (site_n / f"{study}.html").unlink()
        alone = _would_build(make(many, site_n))
        rows.append(("one report + index", _timed([*make(many, site_n), "reports"]), ""))
        floors.append(_floor_one(document_nb))
    base = statistics.median(t.wall for t in floors)
    cpu_base = statistics.median(t.cpu for t in floors)
    (_, t5, _), (_, t_many, _) = rows[0], rows[1]
    marginal = Timing((t_many.wall - t5.wall) / n, (t_many.cpu - t5.cpu) / n)
    rows.insert(2, ("marginal cost per document", marginal, f"(5+{n} build - 5 build) / {n}"))
    print(f"\nmake bench --scale {n}: {n} generated documents beside the five, {jobs} jobs, "
          f"{os.cpu_count()} cores, one run\n")  # fmt: skip
    print(f"one-notebook floor (python importing what document.ipynb imports, alone; median "
          f"of {len(floors)}): {base:.2f} s wall "
          f"[{_spread([t.wall for t in floors]).strip('[]')}], {cpu_base:.2f} s CPU\n")  # fmt: skip
    print(f"{'step':<40}{'wall s':>8}{'x floor':>9}{'CPU s':>8}{'x floor':>9}  note")
    for name, t, note in rows:
        print(f"{name:<40}{t.wall:>8.2f}{t.wall / base:>9.2f}{t.cpu:>8.2f}"
              f"{t.cpu / cpu_base:>9.2f}  {note}")  # fmt: skip
    print(f"\n{study} changed: {', '.join(files)}")
    which = ("every one (each report depends on every data file)" if len(rebuilt) == n_many
             else ", ".join(rebuilt))  # fmt: skip
    print(f"make rebuilt {len(rebuilt)} of {n_many} reports after it: {which}; and the index")
    print(f"with only {study}'s report missing, make rebuilds: {', '.join(alone)}, and the index")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m blinarepro.chain.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="skip fresh env and make test")
    parser.add_argument(
        "--jobs",
        type=int,
        default=(os.cpu_count() or 2) + 1,
        help="parallel jobs, as make reports uses (default: cores + 1)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="rounds of the yardsticks and builds, interleaved; the median is reported (default 3)",
    )
    parser.add_argument(
        "--scale",
        type=int,
        default=0,
        metavar="N",
        help="run the scale case instead: N generated documents (e.g. 50; minutes)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1; got {args.repeat}")
    if args.scale:
        if not 1 <= args.scale <= 999:
            parser.error(f"--scale must be 1 to 999; got {args.scale}")
        return scale(args.scale, args.jobs)
    one = str(NOTEBOOKS[0].relative_to(ROOT))
    names = [
        ("floor (imports only, per notebook)", "yardstick"),
        ("notebooks as plain scripts", "yardstick"),
        ("naive chain (papermill + nbconvert)", "yardstick"),
        ("cold build: make reports", "<= 3x floor"),
        ("no-op rebuild", "< 1 s"),
        (f"one-notebook rebuild ({NOTEBOOKS[0].stem})", ""),
    ]
    timings: dict[str, list[Timing]] = {name: [] for name, _ in names}
    with tempfile.TemporaryDirectory(prefix="blinarepro-bench-") as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        make = ["make", "--no-print-directory", f"JOBS={args.jobs}", f"REPORTS_DIR={site}"]
        # one round measures every row once, so that a slow spell of the machine touches
        # the yardsticks and the builds alike
        for _ in range(args.repeat):
            shutil.rmtree(site, ignore_errors=True)
            shutil.rmtree(tmp / "naive", ignore_errors=True)
            round_ = [
                floor(args.jobs),
                as_scripts(args.jobs),
                naive_chain(tmp / "naive"),
                _timed([*make, "reports"]),
                _timed([*make, "reports"]),
                _timed([*make, "-W", one, "reports"]),
            ]
            for (name, _), timing in zip(names, round_, strict=True):
                timings[name].append(timing)
        rows = [(name, timings[name], target) for name, target in names]
        if not args.quick:
            venv = tmp / "venv"
            rows.append(("fresh env: make env (warm uv cache)",
                         [_timed(["make", f"VENV={venv}", "env"])], "< 30 s"))  # fmt: skip
            shutil.rmtree(venv, ignore_errors=True)
            # timed even when a test fails (the figures above are not lost); run `make test`
            # itself to see why
            rows.append(("make test", [_timed(["make", "--no-print-directory", "test"],
                                              check=False)], ""))  # fmt: skip
    base = statistics.median(t.wall for t in rows[0][1])
    cpu_base = statistics.median(t.cpu for t in rows[0][1])
    print(f"\nmake bench: {len(NOTEBOOKS)} notebooks, {args.jobs} jobs, {os.cpu_count()} cores, "
          f"median of {args.repeat} interleaved round(s) (range in brackets)\n")  # fmt: skip
    print("wall: elapsed seconds; CPU: user + system seconds of the processes the step ran;\n"
          "x floor: the median over the floor's median\n")  # fmt: skip
    print(f"{'step':<38}{'wall s':>8}  {'range':<15}{'x floor':>7}{'CPU s':>8}  "
          f"{'CPU range':<15}{'x floor':>7}  target")  # fmt: skip
    for name, measurements, target in rows:
        seconds, cpu_seconds = [t.wall for t in measurements], [t.cpu for t in measurements]
        mid, mid_cpu = statistics.median(seconds), statistics.median(cpu_seconds)
        print(f"{name:<38}{mid:>8.2f}  {_spread(seconds):<15}{mid / base:>7.2f}{mid_cpu:>8.2f}  "
              f"{_spread(cpu_seconds):<15}{mid_cpu / cpu_base:>7.2f}  {target}")  # fmt: skip
    floor_t, scripts_t, naive_t, cold_t = (timings[name] for name, _ in names[:4])
    per_round = [c.wall / f.wall for c, f in zip(cold_t, floor_t, strict=True)]
    cold = statistics.median(t.wall for t in cold_t)
    naive = statistics.median(t.wall for t in naive_t)
    scripts = statistics.median(t.wall for t in scripts_t)
    cold_cpu = statistics.median(t.cpu for t in cold_t)
    print(f"\ncold build is {cold / base:.2f}x the floor (per round: "
          f"{', '.join(f'{r:.2f}' for r in per_round)}) and {naive / cold:.2f}x faster than the "
          f"naive chain; its CPU time is {cold_cpu / cpu_base:.2f}x the floor's; the notebooks "
          f"as plain scripts take {scripts / base:.2f}x the floor, so the chain (kernels, "
          f"papermill, HTML, index) costs {cold / scripts:.2f}x the bare computation")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
