"""`wasit serve`: the web explorer and REST API over a database (see wasit.api)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from wasit.cli.app import DbOption, app


@app.command()
def serve(
    db: DbOption = Path("wasit.db"),
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Allow POST /api/articles for requests with this token (else read-only)."
            " Also read from WASIT_TOKEN.",
        ),
    ] = None,
) -> None:
    """Serve the web explorer and the REST API (read-only unless a token is given)."""
    try:
        import uvicorn

        from wasit.api.app import create_app
    except ImportError as e:
        typer.echo(f'wasit serve needs the web extra ({e.name} is missing): pip install "wasit[web]"', err=True)
        raise typer.Exit(2) from e
    from wasit.errors import WasitError

    token = token or os.environ.get("WASIT_TOKEN") or None
    try:
        application = create_app(db, token=token)
    except WasitError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(2) from e
    mode = "read-write with token" if token else "read-only"
    typer.echo(f"wasit: serving {db} ({mode}) on http://{host}:{port}/  (OpenAPI: /openapi.json)")
    uvicorn.run(application, host=host, port=port, log_level="warning")
