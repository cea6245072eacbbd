"""The command line: thin. Parses arguments, calls the library, renders tables or JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire import export as exporting
from eventwire.errors import EventwireError
from eventwire.records import Event, to_jsonable
from eventwire.store import open_store

app = typer.Typer(
    help="eventwire: dated news reports in, a geolocated, source-attributed event dataset out.\n\n"
    "Example: eventwire run samples/ && eventwire events",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

# Piped output gets wide tables rather than rich's 80-column default.
console = Console(width=None if sys.stdout.isatty() else 200)
errors = Console(stderr=True)

DbOption = Annotated[
    Optional[str], typer.Option("--db", help="SQLite file or postgresql:// URL (default: $EVENTWIRE_DB or ./eventwire.db).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of a table.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")]


def _guarded(action: Callable[[], Any]) -> Any:
    """Our own errors become one line on stderr and exit code 1."""
    try:
        return action()
    except EventwireError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(1) from None


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(
        help="Files or folders (.txt reports, .jsonl, .csv, .html pages, .rss/.atom/.xml feeds), or http(s) "
             "URLs of feeds or pages.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Worker processes (each loads the models once).")] = 1,
    batch_size: Annotated[int, typer.Option(help="Articles per batch and per transaction.")] = 64,
    executor: Annotated[str | None, typer.Option(
        help="Where extraction runs: local (this process), pool (--workers processes) or ray "
             "(Ray workers; pip install 'eventwire\\[scale]'). Default: pool if --workers > 1, else local.")] = None,
    address: Annotated[str | None, typer.Option(
        help="Ray cluster to join: auto (the one `ray start` made here) or HOST:PORT; "
             "default starts a local one.")] = None,
    quiet: QuietOption = False,
) -> None:
    """Ingest, extract, merge and store events.

    Example: eventwire run --db events.db reports/ feed.jsonl https://example.org/news.rss
    Example: eventwire run --executor ray --address auto --workers 8 --db events.db reports/
    """
    from eventwire.pipeline import make_executor, run as run_pipeline

    def action() -> None:
        store = open_store(db)
        chosen = make_executor(workers, executor, address)
        with Progress(
            TextColumn("[bold]articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=errors, disable=quiet, transient=False,
        ) as progress:
            task = progress.add_task("run", total=None)
            summary = run_pipeline(
                inputs, store, chosen, batch_size, lambda done: progress.advance(task, done)
            )
        for line in summary.errors:
            errors.print(f"[yellow]skipped:[/yellow] {line}", highlight=False)
        counts = store.counts()
        if not quiet:
            errors.print(
                f"{summary.read} read, {summary.stored} stored, {summary.already_stored} already stored, "
                f"{summary.failed} failed; the database holds {counts['events']} events from "
                f"{counts['articles']} articles ({store.path})",
                highlight=False,
            )
        if summary.read == 0 and summary.failed:
            raise typer.Exit(1)

    _guarded(action)


@app.command()
def events(
    db: DbOption = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Country name or ISO code.")] = None,
    since: Annotated[Optional[dt.datetime], typer.Option(formats=["%Y-%m-%d"])] = None,
    until: Annotated[Optional[dt.datetime], typer.Option(formats=["%Y-%m-%d"])] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 200,
    as_json: JsonOption = False,
) -> None:
    """List stored events, newest first.

    Example: eventwire events --type Battles --country Ukraine --since 2023-01-01
    """

    def action() -> None:
        from eventwire.store import reviews

        store = open_store(db)
        found = store.events(
            event_type, country, since.date() if since else None, until.date() if until else None, limit=limit
        )
        found = [item.event for item in reviews.apply_reviews(store, found, include_rejected=False)]
        if as_json:
            print(json.dumps([to_jsonable(event) for event in found], ensure_ascii=False, indent=2))
        else:
            console.print(events_table(found))

    _guarded(action)


def events_table(found: list[Event]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "date", "prec", "sub-event type", "actor1", "actor2", "place", "deaths", "claimed by"):
        table.add_column(column, overflow="fold")
    for event in found:
        place = event.place
        table.add_row(
            event.event_id,
            (event.date.isoformat() if event.date else "?") + (" (hist.)" if event.historical else ""),
            str(event.time_precision),
            event.sub_event_type,
            event.actor1.name if event.actor1 else "",
            event.actor2.name if event.actor2 else "",
            f"{place.label(admin1=False)} (p{place.geo_precision})" if place else "",
            str(event.fatalities),
            escape("; ".join(dict.fromkeys(f"{c.claimant} [{c.stance}, {c.verification}]" for c in event.claims))),
        )
    return table


def claim_lines(event: Event) -> list[str]:
    """One line per claimant and stance, with every channel and sentence it speaks through: a
    source heard in three sentences of an event is one source told three times, not three sources
    ("X: asserts, unverified, happened via statement (@0), video (@712, hedges: purported)").
    Sentences are named as the sentence lines name them, by their start (and article when the event
    has several)."""
    several = len(event.article_ids) > 1
    told: dict[tuple[str, str, str, str], dict[str, None]] = {}
    for claim in event.claims:
        where = f"{claim.article_id} @{claim.start}" if several else f"@{claim.start}"
        hedges = f", hedges: {', '.join(claim.hedges)}" if claim.hedges else ""
        key = (claim.claimant, claim.stance, claim.verification, claim.modality)
        told.setdefault(key, {})[f"{claim.channel} ({where}{hedges})"] = None
    return [f"{claimant}: {stance}, {verification}, {modality} via {', '.join(channels)}"
            for (claimant, stance, verification, modality), channels in told.items()]


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An event id from `eventwire events`.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One event with every claim, figure, evidence span and why its reports were merged.

    Example: eventwire show EW3F2A9C1B0D4E5F
    """

    def action() -> None:
        from eventwire.store import reviews

        reviewed = reviews.reviewed_event(open_store(db), event_id)
        if reviewed is None:
            raise typer.BadParameter(f"no event {event_id!r} in the database; list them with `eventwire events`")
        event = reviewed.event
        if as_json:
            print(json.dumps(to_jsonable(event), ensure_ascii=False, indent=2))
            return
        console.print(events_table([event]))
        place = event.place
        if place:
            console.print(f"[bold]place[/bold] {place.label()} ({place.latitude:.4f}, {place.longitude:.4f}); "
                          f"geonameid {place.geonameid}; "
                          f"evidence: {place.evidence.text if place.evidence else '(article context)'}")
        for mention in event.mentions:
            console.print(f"[bold]sentence[/bold] ({mention.article_id} @{mention.sentence.start}): "
                          f"{mention.sentence.text.strip()}", highlight=False)
        for line in claim_lines(event):
            console.print(f"[bold]claim[/bold] {escape(line)}", highlight=False)
        for figure in event.fatality_claims:
            console.print(f"[bold]{figure.kind}[/bold] {figure.figure} according to {figure.claimant} "
                          f"(\"{figure.evidence.text}\")", highlight=False)
        for reason in event.merge_reasons:
            console.print(f"[bold]merged[/bold] {reason}", highlight=False)
        console.print(f"[bold]review[/bold] {reviewed.status}", highlight=False)
        for review in reviewed.reviews:
            console.print(f"  {review.at} {review.reviewer}: {review.action} {review.after} {review.comment}",
                          highlight=False)

    _guarded(action)


@app.command(name="export")
def export_command(
    format: Annotated[str, typer.Option("--format", "-f", help="acled-csv, geojson, jsonl or parquet.")],
    db: DbOption = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default stdout).")] = None,
) -> None:
    """Export every stored event.

    Example: eventwire export --format geojson -o events.geojson
    """

    def action() -> None:
        from eventwire.store import reviews

        store = open_store(db)
        items = reviews.apply_reviews(store, store.events(), include_rejected=False)
        statuses = {item.event.event_id: item.status for item in items}
        count = exporting.export([item.event for item in items], format, output, sys.stdout, statuses)
        if output is not None:
            errors.print(f"wrote {count} events to {output}")

    _guarded(action)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json) and the map/timeline/review page at /.

    Example: eventwire serve --db events.db --port 8000
    """
    from eventwire.api import serve as serve_api

    _guarded(lambda: serve_api(db, host, port))


@app.command()
def token(rotate: Annotated[bool, typer.Option(help="Replace the stored token with a new one.")] = False) -> None:
    """Print the bearer token that review writes need (created on first use).

    Example: curl -H "Authorization: Bearer $(eventwire token)" ...
    """
    from eventwire.api import make_token

    print(_guarded(lambda: make_token(rotate)))


@app.command()
def watch(
    source: Annotated[str, typer.Argument(help="A feed URL (http/https), or a folder or file to poll.")],
    db: DbOption = None,
    interval: Annotated[float, typer.Option(min=1, help="Seconds between polls.")] = 300,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for cron and tests).")] = False,
    follow_links: Annotated[
        bool, typer.Option("--follow-links", help="Fetch the page behind feed items that carry only a summary (only on the "
                                            "feed's own host or public addresses).")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Poll a feed or a folder and ingest only new items; what was seen is kept in the database.

    Example: eventwire watch https://example.org/news.rss --interval 600 --db events.db
    """
    from eventwire.watch import PollSummary, watch as watch_source

    def report(summary: PollSummary) -> None:
        for line in summary.errors:
            errors.print(f"[yellow]skipped:[/yellow] {line}", highlight=False)
        if not quiet:
            done = "unchanged (HTTP 304)" if summary.not_modified else (
                f"{summary.new_items} new, {summary.stored} stored, {summary.already_stored} already stored, "
                f"{summary.failed} failed")
            errors.print(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} {summary.source}: {done}", highlight=False)

    def action() -> None:
        try:
            watch_source(source, open_store(db), interval=interval, once=once, follow_links=follow_links,
                         on_poll=report, on_error=lambda error: errors.print(f"[red]poll failed:[/red] {error}"))
        except KeyboardInterrupt:
            pass

    _guarded(action)


@app.command()
def doctor(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Check the install (model, gazetteer, database schema, free disk, optional extras).

    Example: eventwire doctor --db events.db
    """
    from eventwire.doctor import run_checks
    from eventwire.store import default_location

    checks = run_checks(db or default_location())
    if as_json:
        print(json.dumps([to_jsonable(check) for check in checks], indent=2))
    else:
        table = Table()
        for column in ("check", "status", "detail", "what to do"):
            table.add_column(column, overflow="fold")
        for check in checks:
            status = "[green]ok[/green]" if check.ok else ("[red]problem[/red]" if check.required else "[yellow]optional[/yellow]")
            table.add_row(escape(check.name), status, escape(check.detail), escape(check.remedy))
        console.print(table)
    if any(check.required and not check.ok for check in checks):
        raise typer.Exit(1)


def _print_scores(scores: dict[str, Any], as_json: bool, title: str) -> None:
    if as_json:
        print(json.dumps(scores, indent=2))
        return
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in scores.items():
        if not isinstance(value, (dict, list)):
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    per_class = scores.get("per_class")
    if isinstance(per_class, dict):
        classes = Table(title="per class")
        for column in ("class", "precision", "recall", "f1", "support"):
            classes.add_column(column, justify="right" if column != "class" else "left")
        for name, row in sorted(per_class.items()):
            classes.add_row(name, *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1")), str(row["support"]))
        console.print(classes)


@evaluate_app.command("case2021")
def evaluate_case2021(
    file: Annotated[Path, typer.Argument(help="TSV with id, EventSnippet, SubType.")], as_json: JsonOption = False
) -> None:
    """Event classification on CASE 2021 Task 2 snippets: accuracy, weighted and macro F1.

    Example: eventwire evaluate case2021 ../shared/eval/events/case2021_task2_dev.tsv --json
    """
    from eventwire.evaluate import case2021

    _print_scores(_guarded(lambda: case2021.score_file(file)), as_json, "CASE 2021 event classification")


@evaluate_app.command("events")
def evaluate_events(
    file: Annotated[Path, typer.Argument(help="JSONL of articles with their event sentences (bench/gold/).")],
    as_json: JsonOption = False,
) -> None:
    """Event detection: precision/recall of the sentences reported as events, and type accuracy.

    Example: eventwire evaluate events bench/gold/events_own.jsonl --json
    """
    from eventwire.evaluate import events

    _print_scores(_guarded(lambda: events.score_file(file)), as_json, "event detection")


@evaluate_app.command("geo")
def evaluate_geo(
    file: Annotated[Path, typer.Argument(help="LGL / GeoWebNews / TR-News / GeoVirus XML.")],
    gold_toponyms: Annotated[bool, typer.Option(help="Resolve the gold toponym spans only.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Geocoding: accuracy@161 km, AUC, mean/median error; toponym P/R/F1 without --gold-toponyms.

    Example: eventwire evaluate geo ../shared/eval/geo/lgl.xml --gold-toponyms --json
    """
    from eventwire.evaluate import geo

    _print_scores(_guarded(lambda: geo.score_file(file, gold_toponyms)), as_json, "geocoding")


@evaluate_app.command("timex")
def evaluate_timex(
    file: Annotated[Path, typer.Argument(help="JSONL of articles with date and timexes (MEANTIME-style).")],
    as_json: JsonOption = False,
    convention: Annotated[str, typer.Option(
        help="Annotation convention of the gold: auto (meantime for MEANTIME-style files), timeml or meantime; "
             "our TimeML values are rewritten into it before scoring.")] = "auto",
) -> None:
    """Time expressions: recognition F1 and value F1.

    Example: eventwire evaluate timex ../shared/eval/claims/meantime_dev.jsonl --json
    """
    from eventwire.evaluate import timex

    _print_scores(_guarded(lambda: timex.score_file(file, convention)), as_json, "time expressions")


@evaluate_app.command("attribution")
def evaluate_attribution(
    file: Annotated[Path, typer.Argument(help="JSONL of articles with attributions (source, cue, content spans).")],
    as_json: JsonOption = False,
    scope: Annotated[str, typer.Option(
        help="What counts as an attribution: stance (speech, belief and stance: PolNeAR's definition) "
             "or speech (reported speech and claims: what the pipeline stores).")] = "stance",
) -> None:
    """Attribution: source, cue and content span P/R/F1 (exact and token overlap).

    Example: eventwire evaluate attribution ../shared/eval/claims/polnear_dev.jsonl --json
    """
    from eventwire.evaluate import attribution

    _print_scores(_guarded(lambda: attribution.score_file(file, scope)), as_json, "attribution")


@evaluate_app.command("factuality")
def evaluate_factuality(
    file: Annotated[Path, typer.Argument(help="JSONL of articles with event mentions (certainty, polarity, time).")],
    as_json: JsonOption = False,
) -> None:
    """Factuality of event mentions: accuracy and F1 of the non-factual class.

    Example: eventwire evaluate factuality ../shared/eval/claims/meantime_dev.jsonl --json
    """
    from eventwire.evaluate import factuality

    _print_scores(_guarded(lambda: factuality.score_file(file)), as_json, "factuality")


@evaluate_app.command("plover")
def evaluate_plover(
    file: Annotated[Path, typer.Argument(help="PLOVER gold-standard records (one JSON array).")],
    as_json: JsonOption = False,
) -> None:
    """Actors and event category on PLOVER records: source/target F1, event accuracy.

    Example: eventwire evaluate plover ../shared/eval/events/plover_gsr_cameo.txt --json
    """
    from eventwire.evaluate import plover

    _print_scores(_guarded(lambda: plover.score_file(file)), as_json, "PLOVER actors and events")


@evaluate_app.command("incidents")
def evaluate_incidents(
    articles: Annotated[Path, typer.Argument(help="JSONL of articles with id, date, title, text, incident.")],
    gold: Annotated[Path, typer.Option("--gold", help="JSONL of incidents (date, city, state, killed, ...).")],
    as_json: JsonOption = False,
) -> None:
    """Cross-article merging (B-cubed) and per-incident date, place, killed, injured.

    Example: eventwire evaluate incidents gvc_dev_articles.jsonl --gold gvc_dev_incidents.jsonl --json
    """
    from eventwire.evaluate import incidents

    _print_scores(_guarded(lambda: incidents.score_incidents(articles, gold)), as_json, "incidents")


@evaluate_app.command("articles")
def evaluate_articles(
    file: Annotated[Path, typer.Argument(help="JSONL of articles with per-article gold (city, state, killed, injured).")],
    as_json: JsonOption = False,
) -> None:
    """Each article's main event: place within 25 km, killed and injured exact.

    Example: eventwire evaluate articles ../shared/eval/incidents/gvdb_dev.jsonl --json
    """
    from eventwire.evaluate import incidents

    _print_scores(_guarded(lambda: incidents.score_articles(file)), as_json, "articles")


if __name__ == "__main__":
    app()
