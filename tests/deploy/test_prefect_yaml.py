"""prefect.yaml deploys cleanly: a real `prefect server start`, `invoices deploy --apply`, then the
deployments and their schedules as the server lists them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cli.sources import PROJECT_DIR

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{env['PREFECT_API_URL']}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    "prefect server did not start:\n" + (tmp_path / "server.log").read_text()
                )
            time.sleep(0.5)
        yield env
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.mark.slow
def test_invoices_deploy_creates_the_pool_and_scheduled_deployments(
    prefect_server: dict[str, str],
) -> None:
    env = {**prefect_server, "INVOICES_IMAP_SCHEDULE": "*/5 * * * *"}
    deployed = subprocess.run(
        [str(BIN / "invoices"), "deploy", "--apply"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    api = prefect_server["PREFECT_API_URL"]
    pool = httpx.get(f"{api}/work_pools/invoices", timeout=10).json()
    assert pool["type"] == "process"
    response = httpx.post(f"{api}/deployments/filter", json={}, timeout=10)
    deployments = {d["name"]: d for d in response.json()}
    assert set(deployments) == {
        "ingest-email",
        "ingest-sftp",
        "ingest-folder",
        "process",
        "reprocess",
        "reindex",
    }
    for name in ("ingest-email", "ingest-sftp", "ingest-folder"):
        assert deployments[name]["work_pool_name"] == "invoices"
    crons = {
        name: [s["schedule"]["cron"] for s in deployments[name]["schedules"]]
        for name in ("ingest-email", "ingest-sftp", "ingest-folder")
    }
    assert crons == {
        "ingest-email": ["*/5 * * * *"],  # from the settings (here: the environment)
        "ingest-sftp": ["*/15 * * * *"],  # the documented defaults
        "ingest-folder": ["*/15 * * * *"],
    }
    folder = deployments["ingest-folder"]["parameters"]
    assert folder["path"] == "/srv/invoices/inbox"
    assert json.dumps(deployments["ingest-email"]["parameters"]) == '{"process": true}'
