"""The dashboard's ASGI app (Starlette): pages drawn on the server by Jinja (autoescaped, so
a run name or a ticket is always text), charts drawn in the browser by plotly.js from the
``plotly`` wheel, live changes pushed as server-sent events.

Pages: ``/`` runs, ``/runs/{root}/{name}`` one run, ``/compare?run=ID&run=ID`` runs side by
side, ``/scenarios`` plugins and scenarios, ``/scenarios/{name}`` one scenario. Data and
streams: ``/runs/.../curves`` (points so far and the byte offset they end at),
``/runs/.../events`` (points appended after an offset, status changes), ``/events/runs``
(runs added, changed or gone after a generation), ``/runs/.../evaluation`` (the report's
tables), ``/runs/.../report.html`` (the report, as a download). Nothing writes into a run.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio.to_thread
from jinja2 import Environment, PackageLoader
from sse_starlette.sse import EventSourceResponse
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from agentgym_dashboard import views
from agentgym_dashboard.catalog import Catalog
from agentgym_dashboard.curves import CurveStore, MetricsTail, Reset, curve_meta, curve_points, dumps
from agentgym_dashboard.evaluation import Evaluations
from agentgym_dashboard.index import Entry, RunsIndex
from agentgym_dashboard.summary import FINISHED, STOPPED_EARLY

STATIC = Path(__file__).with_name("static")
TAIL_INTERVAL = 0.5  # seconds between looks at a growing metrics.jsonl
RUNS_INTERVAL = 1.0  # seconds between rescans while a runs page listens
PING = 15


def plotly_js() -> Path:
    """plotly.js as the ``plotly`` wheel ships it (no CDN: the page works offline)."""
    from importlib.resources import files

    return Path(str(files("plotly") / "package_data" / "plotly.min.js"))


@dataclass
class Dashboard:
    """What the routes share: the runs, the curves read so far, the report's numbers, plugins."""

    index: RunsIndex
    catalog: Catalog
    evaluations: Evaluations = field(default_factory=Evaluations)
    curves: dict[Path, CurveStore] = field(default_factory=dict)
    boot: str = field(default_factory=lambda: secrets.token_hex(4))
    env: Environment = field(default_factory=lambda: views.environment(
        Environment(loader=PackageLoader("agentgym_dashboard", "templates"), autoescape=True)))

    # --- helpers ---------------------------------------------------------------------------
    def page(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(template).render(**context), status_code=status)

    def entry(self, request: Request) -> Entry:
        """The run a URL names; looked up among the runs found (never a path built from the URL)."""
        self.index.refresh()
        found = self.index.get(f"{request.path_params['root']}/{request.path_params['name']}")
        if found is None:
            raise HTTPException(404, "no such run under the watched folders")
        return found

    def store(self, entry: Entry) -> CurveStore:
        path = entry.ref.path / "metrics.jsonl"
        if path not in self.curves:
            self.curves[path] = CurveStore(path)
        return self.curves[path]

    def splits(self, entries: Sequence[Entry]) -> list[str]:
        """Test, then every other held-out split the runs measured or their scenarios measure."""
        names = set(self.index.splits())
        for scenario in {e.summary.scenario for e in entries if e.summary.scenario}:
            names.update(self.catalog.report_splits(scenario))
        return ["test", *sorted(names - {"test"})]

    def row(self, entry: Entry, splits: Sequence[str]) -> str:
        return str(self.env.get_template("_row.html").module.row(entry, splits))  # type: ignore[attr-defined]

    # --- runs ------------------------------------------------------------------------------
    async def runs(self, request: Request) -> Response:
        await anyio.to_thread.run_sync(self.index.refresh)
        generation, entries = self.index.snapshot()
        splits = self.splits(entries)
        return self.page("runs.html", entries=entries, splits=splits, since=f"{self.boot}-{generation}",
                         roots=self.index.roots)

    def _since(self, request: Request) -> int | None:
        """The generation a page or reconnecting browser saw; None if it came from another
        server process (then the page reloads)."""
        mark = request.headers.get("last-event-id") or request.query_params.get("since", "")
        boot, _, generation = mark.partition("-")
        if boot != self.boot or not generation.isdigit():
            return None
        return int(generation)

    async def runs_events(self, request: Request) -> Response:
        since = self._since(request)

        async def stream() -> AsyncIterator[dict[str, str]]:
            nonlocal since
            if since is None:
                yield {"event": "reload", "data": "{}"}
                return
            while True:
                await anyio.to_thread.run_sync(self.index.refresh)
                generation, changed, removed = self.index.changes_since(since)
                if generation != since:
                    _, entries = self.index.snapshot()
                    splits = self.splits(entries)
                    data = {
                        "columns": splits,
                        "upserts": [{"id": e.ref.id, "status": e.summary.status, "html": self.row(e, splits)}
                                    for e in changed],
                        "removed": removed,
                    }
                    yield {"event": "runs", "id": f"{self.boot}-{generation}", "data": dumps(data)}
                    since = generation
                await asyncio.sleep(RUNS_INTERVAL)

        return EventSourceResponse(stream(), ping=PING)

    # --- one run ---------------------------------------------------------------------------
    async def run(self, request: Request) -> Response:
        entry = self.entry(request)
        details = await anyio.to_thread.run_sync(views.run_details, entry)
        return self.page("run.html", entry=entry, details=details, curves=curve_meta(),
                         evaluated=entry.summary.status in (FINISHED, STOPPED_EARLY))

    async def run_curves(self, request: Request) -> Response:
        entry = self.entry(request)
        try:
            points, offset, problem = await anyio.to_thread.run_sync(self.store(entry).snapshot)
        except OSError as error:  # e.g. a folder where metrics.jsonl should be: no curves, said why
            points, offset, problem = curve_points([]), 0, views.one_line(error, entry.ref.path)
        return Response(dumps({"points": points, "offset": offset, "problem": problem}),
                        media_type="application/json")

    async def run_events(self, request: Request) -> Response:
        entry = self.entry(request)
        mark = request.headers.get("last-event-id") or request.query_params.get("offset", "0")
        tail = MetricsTail(entry.ref.path / "metrics.jsonl", offset=int(mark) if mark.isdigit() else 0)
        status = request.query_params.get("status", entry.summary.status)

        async def stream() -> AsyncIterator[dict[str, str]]:
            nonlocal status, entry
            while True:
                try:
                    updates = tail.read()
                except OSError:
                    updates = []  # unreadable now; the status says why, and it may come back
                except Reset:
                    yield {"event": "reset", "data": "{}"}
                    return
                if updates:
                    yield {"event": "points", "id": str(tail.offset), "data": dumps(curve_points(updates))}
                await anyio.to_thread.run_sync(self.index.refresh)
                entry = self.index.get(entry.ref.id) or entry
                if entry.summary.status != status:
                    status = entry.summary.status
                    yield {"event": "status", "data": dumps({
                        "status": status, "label": entry.summary.status_label, "reason": entry.summary.reason,
                    })}
                await asyncio.sleep(TAIL_INTERVAL)

        return EventSourceResponse(stream(), ping=PING)

    async def run_evaluation(self, request: Request) -> Response:
        entry = self.entry(request)
        if entry.summary.status not in (FINISHED, STOPPED_EARLY):
            return self.page("_evaluation.html", error="the run has no result yet: nothing to evaluate")
        try:
            part = await anyio.to_thread.run_sync(self.evaluations.run_report, entry.ref.path)
        except Exception as error:  # noqa: BLE001 - shown in place of the tables, the page stays
            return self.page("_evaluation.html", error=views.one_line(error, entry.ref.path))
        return self.page("_evaluation.html", tables=views.report_tables(part), error="")

    async def run_report(self, request: Request) -> Response:
        entry = self.entry(request)
        if entry.summary.status not in (FINISHED, STOPPED_EARLY):
            raise HTTPException(409, "the run has no result yet: there is no report to make")
        try:
            text = await anyio.to_thread.run_sync(self.evaluations.report_page, entry.ref.path)
        except Exception as error:  # noqa: BLE001 - e.g. matplotlib missing: say so, in one line
            raise HTTPException(503, views.one_line(error, entry.ref.path)) from None
        filename = views.ascii_name(f"report-{entry.ref.name}.html")
        return HTMLResponse(text, headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    # --- compare, scenarios ----------------------------------------------------------------
    async def compare(self, request: Request) -> Response:
        await anyio.to_thread.run_sync(self.index.refresh)
        wanted = request.query_params.getlist("run")
        entries = [e for e in (self.index.get(run_id) for run_id in dict.fromkeys(wanted)) if e is not None]
        missing = [run_id for run_id in wanted if self.index.get(run_id) is None]
        _, every = self.index.snapshot()
        return self.page("compare.html", entries=entries, missing=missing, every=every,
                         comparison=views.comparison(entries), curves=curve_meta(),
                         chart_runs=[{"url": views.run_url(e.ref), "name": e.ref.name} for e in entries])

    async def scenarios(self, request: Request) -> Response:
        plugins = await anyio.to_thread.run_sync(self.catalog.plugins)
        return self.page("scenarios.html", plugins=plugins, scenarios=self.catalog.scenarios())

    async def scenario(self, request: Request) -> Response:
        detail = await anyio.to_thread.run_sync(self.catalog.scenario, request.path_params["name"])
        if detail is None:
            raise HTTPException(404, "no such scenario installed")
        return self.page("scenario.html", detail=detail)

    async def plotly(self, request: Request) -> Response:
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    async def error(self, request: Request, error: Exception) -> Response:
        status = error.status_code if isinstance(error, HTTPException) else 500
        detail = error.detail if isinstance(error, HTTPException) else "internal error"
        if request.url.path.endswith(("/curves", "/events")):
            return JSONResponse({"error": detail}, status_code=status)
        return self.page("error.html", status=status, status_code=status, message=detail)


def create_app(roots: Sequence[Path], catalog: Catalog | None = None) -> Starlette:
    """The dashboard over the run directories under ``roots`` (read-only)."""
    board = Dashboard(RunsIndex(roots), catalog or Catalog())
    run = "/runs/{root:int}/{name}"
    routes = [
        Route("/", board.runs),
        Route("/events/runs", board.runs_events),
        Route(run, board.run),
        Route(f"{run}/curves", board.run_curves),
        Route(f"{run}/events", board.run_events),
        Route(f"{run}/evaluation", board.run_evaluation),
        Route(f"{run}/report.html", board.run_report),
        Route("/compare", board.compare),
        Route("/scenarios", board.scenarios),
        Route("/scenarios/{name}", board.scenario),
        Route("/static/plotly.min.js", board.plotly),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: board.error, Exception: board.error})
    app.state.dashboard = board
    return app

