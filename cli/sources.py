"""`invoices ingest-email`, `invoices ingest-sftp` and `invoices deploy` (the scheduled sources)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from core.settings import Settings, get_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent
WORK_POOL = "invoices"


def deploy_environment(settings: Settings) -> dict[str, str]:
    """The variables `prefect.yaml` reads: schedules, folder and tenants from the settings."""
    return {
        "INVOICES_PROJECT_DIR": os.environ.get("INVOICES_PROJECT_DIR", str(PROJECT_DIR)),
        "INVOICES_IMAP_SCHEDULE": settings.imap_schedule,
        "INVOICES_SFTP_SCHEDULE": settings.sftp_schedule,
        "INVOICES_FOLDER_SCHEDULE": settings.folder_schedule,
        "INVOICES_FOLDER_PATH": str(settings.folder_path),
        "INVOICES_FOLDER_TENANT": settings.folder_tenant or settings.default_tenant,
    }


def _prefect() -> str:
    return str(Path(sys.executable).with_name("prefect"))


def deploy_commands(pool: str) -> list[list[str]]:
    return [
        [_prefect(), "work-pool", "create", pool, "--type", "process", "--overwrite"],
        [_prefect(), "--no-prompt", "deploy", "--all"],
    ]


def _run_source(what: str, run: object) -> None:
    from core.errors import SourceError
    from tasks.sources._common import SourceRefused

    assert callable(run)
    try:
        summary = run()
    except SourceRefused as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    except SourceError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error
    result = summary.ingest
    typer.echo(
        f"{what}: {len(result.created)} new, {len(result.duplicates)} already known, "
        f"{len(result.skipped)} skipped"
    )
    for skipped in result.skipped:
        typer.echo(f"  skipped {skipped.path}: {skipped.reason}")
    if summary.process is not None:
        process = summary.process
        typer.echo(f"processed {process.documents} documents: {process.by_status}")


Tenant = Annotated[
    str | None, typer.Option("--tenant", help="Tenant (default: the source's tenant setting)")
]
Process = Annotated[bool, typer.Option("--process/--no-process", help="Process what came in")]


def ingest_email(
    folder: Annotated[
        str | None, typer.Option("--folder", help="Mailbox folder (default: IMAP_FOLDER)")
    ] = None,
    tenant: Tenant = None,
    process: Process = True,
) -> None:
    """Take in invoice attachments from new messages of the configured mailbox (IMAP_*)."""
    from flows.sources import ingest_email as flow

    _run_source("mailbox", lambda: flow(folder=folder, tenant_id=tenant, process=process))


def ingest_sftp(
    remote_dir: Annotated[
        str | None, typer.Option("--remote-dir", help="Remote dir (default: SFTP_REMOTE_DIR)")
    ] = None,
    tenant: Tenant = None,
    process: Process = True,
) -> None:
    """Take in new files from the configured SFTP directory (SFTP_*)."""
    from flows.sources import ingest_sftp as flow

    _run_source("sftp", lambda: flow(remote_dir=remote_dir, tenant_id=tenant, process=process))


def deploy(
    apply: Annotated[
        bool, typer.Option("--apply", help="Run the steps (default: only print them)")
    ] = False,
    pool: Annotated[str, typer.Option("--pool", help="Work pool name")] = WORK_POOL,
) -> None:
    """Deploy the scheduled flows of prefect.yaml to a Prefect server (schedules from settings)."""
    env = deploy_environment(get_settings())
    commands = deploy_commands(pool)
    if not apply:
        typer.echo("# 1. a Prefect server (UI at http://127.0.0.1:4200):")
        typer.echo("prefect server start --host 127.0.0.1 --port 4200")
        typer.echo("export PREFECT_API_URL=http://127.0.0.1:4200/api")
        typer.echo("# 2. the work pool and the deployments (or: invoices deploy --apply):")
        for name, value in env.items():
            typer.echo(f"export {name}='{value}'")
        for command in commands:
            typer.echo(" ".join(["prefect", *command[1:]]))
        typer.echo("# 3. a worker that runs the scheduled flows:")
        typer.echo(f"prefect worker start --pool {pool}")
        return
    if not os.environ.get("PREFECT_API_URL"):
        typer.echo("error: set PREFECT_API_URL to the Prefect server's API first", err=True)
        raise typer.Exit(2)
    for command in commands:
        typer.echo("$ " + " ".join(["prefect", *command[1:]]))
        completed = subprocess.run(command, cwd=PROJECT_DIR, env={**os.environ, **env})
        if completed.returncode != 0:
            raise typer.Exit(completed.returncode)


def register(app: typer.Typer) -> None:
    app.command("ingest-email")(ingest_email)
    app.command("ingest-sftp")(ingest_sftp)
    app.command("deploy")(deploy)
