"""The principle YAML ships inside the wheel: a non-editable install finds it elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_contains_principles_and_runs_from_another_directory(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(REPO),
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            "-q",
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("partnerschap-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "partnerschap/_data/principles/partnerschap.yaml" in names
    assert "partnerschap/_data/principles/client-perspective.yaml" in names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
            "-q",
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "PARTNERSCHAP_HOME": str(tmp_path / "h")}
    result = subprocess.run(
        [sys.executable, "-m", "partnerschap", "principles", "list", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(result.stdout)
    assert data["set"] == "partnerschap"
    assert len(data["principles"]) == 8
    assert data["path"].startswith(str(target))
