"""`onestop-central`: serve, devices, stats, back-office actions and the national portal's
export.

Every subcommand takes `--db URL` (default: onestop-central.sqlite3 in the
current directory; `postgresql://user:pass@host/db` for PostgreSQL).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from onestop_desktop.logs import FORMAT, RedactingFormatter

from . import portal, portal_schema, service
from .db import Database, default_url


def _db(args) -> Database:
    return Database(args.db or default_url())


def cmd_serve(args) -> int:
    import uvicorn

    from .app import create_app

    db = _db(args)
    # Uvicorn's loggers hand their records to ours (log_config=None): one format, and
    # the ID numbers and phones a traceback may quote are masked.
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(FORMAT))
    logging.basicConfig(level=args.log_level.upper(), handlers=[handler], force=True)
    app = create_app(db)
    # What start-up built (modules, the app, its models) lives as long as the server:
    # frozen out of the collector's sight, the full collections that a push of hundreds
    # of events sets off walk only what requests made (else some 0.3 s a 10,000 push).
    gc.collect()
    gc.freeze()
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                    log_config=None)
    finally:
        db.close()
    return 0


def cmd_device_add(args) -> int:
    db = _db(args)
    with db.transaction() as session:
        token = service.add_device(session, args.name, args.agency_code, args.desk)
    db.close()
    print(token)
    return 0


def cmd_stats(args) -> int:
    db = _db(args)
    with db.read() as session:
        figures = service.stats(session)
    db.close()
    print(json.dumps(figures))
    return 0


def _back_office(args, action, report) -> int:
    """Run one back-office write in a transaction; refused input exits 2, nothing written."""
    db = _db(args)
    try:
        with db.transaction() as session:
            result = action(session)
    except (service.BackOfficeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    print(report(result))
    return 0


def cmd_set_status(args) -> int:
    return _back_office(
        args, lambda session: service.set_status(session, args.code, args.status,
                                                 args.note or "", actor=args.actor),
        lambda change: json.dumps(change, ensure_ascii=False))


def cmd_calendar_set(args) -> int:
    day = {"day": args.day, "kind": args.kind, "name": args.name or ""}
    return _back_office(
        args, lambda session: service.publish_calendar(session, [day], args.agency_code),
        lambda _: f"{args.day}: {args.kind}")


def cmd_catalogue_publish(args) -> int:
    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    return _back_office(
        args, lambda session: service.publish_catalogue(session, document, args.agency_code),
        lambda _: f"{len(document['procedures'])} procedures published.")


def cmd_desk_version(args) -> int:
    return _back_office(
        args, lambda session: service.announce_desk_version(session, args.version,
                                                            args.agency_code),
        lambda _: f"desks will be told that {args.version} is available.")


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option} {text!r} không phải một ngày dạng YYYY-MM-DD.") from None


def _portal_records(args, first: date, last: date) -> tuple[list[dict], list[str]]:
    """The records of the dossiers received from `first` to `last`, and every problem
    found mapping or checking them against the schema."""
    db = _db(args)
    try:
        with db.read() as session:
            found = service.received_between(session, first, last, args.agency_code)
            facts = service.portal_facts(session, found)
    finally:
        db.close()
    records, problems = [], []
    for dossier, known in zip(found, facts, strict=True):
        try:
            record = portal.portal_record(known)
        except ValueError as exc:  # pydantic's errors too: data no desk should have sent
            problems.append(f"Hồ sơ {dossier.code}: không chuyển được sang hồ sơ của Cổng "
                            f"({exc}).")
            continue
        problems += portal_schema.problems(record)
        records.append(record)
    return records, problems


def _write_atomically(path: Path, document: dict) -> None:
    """The whole file or none: written beside its place, then renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cmd_export_dvcqg(args) -> int:
    """The national portal's records of the dossiers received in a period, each checked
    against the schema before anything is written: one bad record, no file."""
    try:
        first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
        if first > last:
            raise ValueError(f"--from {first:%d/%m/%Y} sau --to {last:%d/%m/%Y}.")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.output)
    if not out.parent.is_dir():
        print(f"error: không có thư mục {out.parent} để ghi tệp xuất.", file=sys.stderr)
        return 2
    records, problems = _portal_records(args, first, last)
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"error: không xuất tệp {out}: {len(problems)} lỗi, sửa dữ liệu rồi xuất lại.",
              file=sys.stderr)
        return 2
    document = {"from": first.isoformat(), "to": last.isoformat(), "count": len(records),
                "HoSo": records}
    try:
        _write_atomically(out, document)
    except OSError as exc:
        print(f"error: không ghi được {out}: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    print(f"{len(records)} hồ sơ → {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onestop-central",
                                     description="Reference central server for onestop-desktop.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database URL (default: sqlite file in the current dir)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(handler=cmd_serve)

    device = sub.add_parser("device", help="desks allowed to sync").add_subparsers(
        dest="device_command", required=True)
    add = device.add_parser("add", parents=[common], help="register a desk; prints its token")
    add.add_argument("name")
    add.add_argument("--agency-code", required=True)
    add.add_argument("--desk", type=int, required=True)
    add.set_defaults(handler=cmd_device_add)

    stats = sub.add_parser("stats", parents=[common], help="counts as JSON")
    stats.set_defaults(handler=cmd_stats)

    status = sub.add_parser("set-status", parents=[common],
                            help="a back-office status change, pulled by the desks")
    status.add_argument("code")
    status.add_argument("status", type=int, choices=range(1, 11), metavar="STATUS")
    status.add_argument("--note")
    status.add_argument("--actor", default="back-office")
    status.set_defaults(handler=cmd_set_status)

    version = sub.add_parser("desk-version", help="announce the newest desk release")
    version_sub = version.add_subparsers(dest="version_command", required=True)
    announce = version_sub.add_parser("announce", parents=[common],
                                      help="desks show an update notice in their status bar")
    announce.add_argument("version", help="e.g. 0.2.0")
    announce.add_argument("--agency-code", help="only this agency (default: every desk)")
    announce.set_defaults(handler=cmd_desk_version)

    calendar = sub.add_parser("calendar", help="calendar overrides").add_subparsers(
        dest="calendar_command", required=True)
    day = calendar.add_parser("set", parents=[common], help="a day off or make-up working day")
    day.add_argument("day", help="YYYY-MM-DD")
    day.add_argument("kind", choices=["off", "work"])
    day.add_argument("--name")
    day.add_argument("--agency-code", help="only this agency (default: every desk)")
    day.set_defaults(handler=cmd_calendar_set)

    catalogue = sub.add_parser("catalogue", help="procedure catalogue").add_subparsers(
        dest="catalogue_command", required=True)
    publish = catalogue.add_parser("publish", parents=[common],
                                   help="replace the desks' catalogue with FILE.json")
    publish.add_argument("file")
    publish.add_argument("--agency-code", help="only this agency (default: every desk)")
    publish.set_defaults(handler=cmd_catalogue_publish)

    export = sub.add_parser("export", help="exports").add_subparsers(
        dest="export_command", required=True)
    dvcqg = export.add_parser(
        "dvcqg", parents=[common],
        help="the national portal's (DVCQG) records of the dossiers received in a period, "
             "checked against onestop_central/schemas/dvcqg_hoso.schema.json")
    dvcqg.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD",
                       help="first day of receipt (included)")
    dvcqg.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD",
                       help="last day of receipt (included)")
    dvcqg.add_argument("-o", "--output", required=True, metavar="FILE.json")
    dvcqg.add_argument("--agency-code", help="only this agency (default: every agency)")
    dvcqg.set_defaults(handler=cmd_export_dvcqg)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
