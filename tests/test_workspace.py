"""The analyst's workspace: JupyterLab with the project's kernel, and "Run All" on the notebook as
Jupyter runs it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from eventreport import config

KERNEL = "eventreport"


def test_notebook_asks_for_the_project_kernel_which_is_installed_in_the_venv():
    notebook = json.loads(config.REPORT_NOTEBOOK.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == KERNEL
    spec = Path(sys.prefix) / "share" / "jupyter" / "kernels" / KERNEL / "kernel.json"
    assert spec.exists(), "make venv installs the kernelspec into .venv/"
    argv = json.loads(spec.read_text())["argv"]
    assert Path(argv[0]).resolve() == Path(sys.executable).resolve()


@pytest.mark.render
def test_run_all_from_a_clean_environment_shows_every_figure_inline(tmp_path):
    """As Jupyter's "Run All": the notebook from git, its own kernel, the notebooks folder as
    working directory, no variables set."""
    notebook = nbformat.read(config.REPORT_NOTEBOOK, as_version=4)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("EVENTREPORT", "PAPERMILL", "JUPYTER"))
    }
    env["HOME"] = str(tmp_path)  # no user settings either
    client = NotebookClient(
        notebook, timeout=900, resources={"metadata": {"path": str(config.NOTEBOOKS_DIR)}}
    )
    client.execute(env=env)  # the kernel is the one the notebook's metadata names, as in Jupyter
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert html.count('<figure class="chart"><img') == 3
    assert "The article reports <b>10 events</b>" in html
    report_dir = config.report_dir_for(config.DEFAULT_ARTICLE.stem)
    assert (report_dir / "map.png").exists() and (report_dir / "events.csv").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.render
def test_make_lab_starts_jupyterlab_with_the_project_kernel(tmp_path):
    port = _free_port()
    env = {**os.environ, "HOME": str(tmp_path), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    lab = subprocess.Popen(
        [
            "make",
            "--no-print-directory",
            "lab",
            f"LAB_OPTIONS=--no-browser --port={port} --ServerApp.token= --ServerApp.ip=127.0.0.1",
        ],
        cwd=config.PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/kernelspecs", timeout=5
                ) as response:
                    specs = json.load(response)
                break
            except OSError:
                assert lab.poll() is None, lab.stdout.read().decode()
                time.sleep(1)
        else:
            pytest.fail("JupyterLab did not answer within 240 s")
        assert KERNEL in specs["kernelspecs"]
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/api/contents/notebooks/report.ipynb?content=0", timeout=10
        ) as response:
            assert json.load(response)["type"] == "notebook"
    finally:
        if lab.poll() is None:
            os.killpg(lab.pid, 15)
            lab.wait(timeout=60)
