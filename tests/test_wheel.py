"""The wheel is a working install: it carries the package, its data, the
templates and the sample articles, and ``quizgen serve`` from an unrelated
folder answers /login.

Slow (builds a wheel and starts a server), so it is one test; it runs in
``make test``. Nothing is downloaded for the install: the fresh virtual
environment sees this environment's site-packages through a ``.pth`` line,
and only the wheel itself is installed into it. (Building uses pip's usual
isolated build environment, as ``make install`` does.)
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Checkout folder -> where the wheel carries it (see [tool.setuptools] in pyproject.toml).
CARRIED = {"quizgen": "quizgen", "templates": "quizgen/templates", "articles": "quizgen/sample_articles"}
STARTUP_SECONDS = 120


def _checkout_files() -> set[str]:
    """Every file the wheel must carry, as its path inside the wheel."""
    expected = set()
    for folder, inside in CARRIED.items():
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                expected.add(f"{inside}/{path.relative_to(ROOT / folder).as_posix()}")
    return expected


def _build_wheel(tmp: Path) -> Path:
    source = tmp / "source"  # a copy: building writes build/ and *.egg-info beside pyproject.toml
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in CARRIED:
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
                           "-w", str(tmp / "dist"), str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = list((tmp / "dist").glob("quizgen-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _fresh_venv(tmp: Path, wheel: Path) -> Path:
    """A new venv holding only the wheel; dependencies come from this
    environment's site-packages (a plain path line: its own .pth files, such
    as an editable quizgen's, are not run)."""
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "outer_site_packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                           "--no-index", "--disable-pip-version-check", str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return venv


def _clean_env(venv: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(PYTHONNOUSERSITE="1", VIRTUAL_ENV=str(venv), PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    return env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


@pytest.mark.slow
def test_installed_wheel_serves_the_login_page(tmp_path):
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        carried = set(archive.namelist())
    missing = sorted(_checkout_files() - carried)
    assert not missing, ("missing from the wheel (list a new code package under [tool.setuptools] packages "
                         f"in pyproject.toml): {missing[:20]}")

    venv = _fresh_venv(tmp_path, wheel)
    env = _clean_env(venv)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import quizgen; app = quizgen.create_app(); "
         "print(quizgen.__file__); print(app.template_folder); print(app.static_folder); "
         "print(app.config['ARTICLES_DIR'])"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert where.returncode == 0, where.stderr[-3000:]
    installed = venv.resolve()
    for line in where.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(installed), f"{line} is not inside the installed wheel"
        assert Path(line).exists(), line

    port = _free_port()
    server = subprocess.Popen([str(venv / "bin" / "quizgen"), "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--threads", "2", "--no-import"],
                              cwd=elsewhere, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        status = None
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline and server.poll() is None:
            status = _get(f"http://127.0.0.1:{port}/login")
            if status is not None:
                break
            time.sleep(0.5)
        css = _get(f"http://127.0.0.1:{port}/static/quizgen.css") if status == 200 else None
    finally:
        server.terminate()
        try:
            output, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    assert status == 200, f"/login answered {status}; server said:\n{output[-3000:]}"
    assert css == 200
    assert "TemplateNotFound" not in output and "Traceback" not in output, output[-3000:]
