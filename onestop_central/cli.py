"""`onestop-central`: serve, devices, stats, back-office actions (statuses, feedback and
its answers), notices to citizens and the national portal's export.

Every subcommand takes `--db URL` (default: $ONESTOP_CENTRAL_DB, else
onestop-central.sqlite3 in the current directory; `postgresql://user:pass@host/db`
for PostgreSQL).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from . import portal, portal_schema, service
from .db import Database, default_url
from .files import default_files_dir, file_store_for
from .limits import Limits

DB_ENV = "ONESTOP_CENTRAL_DB"  # the database URL, kept out of the process list


def _url(args) -> str:
    return args.db or os.environ.get(DB_ENV) or default_url()


def _db(args) -> Database:
    return Database(_url(args))


def _limits(args) -> Limits:
    return Limits(max_body_bytes=args.max_body_bytes, body_timeout_s=args.body_timeout,
                  header_timeout_s=args.header_timeout, keep_alive_s=args.keep_alive,
                  limit_concurrency=args.limit_concurrency, max_file_bytes=args.max_file_bytes)


def cmd_serve(args) -> int:
    try:
        limits = _limits(args)
        providers = _providers(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    files = args.files or str(default_files_dir(_url(args)))
    try:
        file_store_for(files)  # a wrong address is said now, not at the first upload
    except ValueError as exc:
        print(f"error: --files: {exc}", file=sys.stderr)
        return 2
    # Migrated once here, before any worker starts (workers open it without migrating).
    Database(_url(args)).close()
    _raise_file_limit(limits)
    from .notices.sender import NoticeSender
    from .server import run_worker, run_workers

    # One sender, in this process, whatever the number of workers.
    sender_db = Database(_url(args), migrate=False)
    sender = NoticeSender(sender_db, providers).start()
    try:
        if args.workers > 1:
            run_workers(_url(args), limits, args.workers, host=args.host,
                        port=args.port, log_level=args.log_level, files=files)
        else:
            run_worker(_url(args), limits, host=args.host, port=args.port,
                       log_level=args.log_level, files=files)
    finally:
        sender.stop()
        sender_db.close()
    return 0


def _providers(args) -> dict:
    """The notice providers from the options, else the environment (notices/providers.py)."""
    from .notices.providers import providers_from

    return providers_from(args.smtp, args.smtp_from, args.sms_url, args.zalo_url)


def _add_provider_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--smtp", metavar="URL",
                        help="the mail server for e-mail notices: smtp://host:port, "
                             "smtp+starttls://user:password@host:587 or smtps://host:465 "
                             "(default: $ONESTOP_SMTP_URL; none: e-mail notices are kept "
                             "as not sent)")
    parser.add_argument("--smtp-from", metavar="ADDRESS",
                        help="the From address of e-mail notices (default: $ONESTOP_SMTP_FROM)")
    parser.add_argument("--sms-url", metavar="URL",
                        help="the province's SMS gateway (JSON POST; token in "
                             "$ONESTOP_SMS_TOKEN; default: $ONESTOP_SMS_URL)")
    parser.add_argument("--zalo-url", metavar="URL",
                        help="the province's Zalo gateway (JSON POST; token in "
                             "$ONESTOP_ZALO_TOKEN; default: $ONESTOP_ZALO_URL)")


def cmd_notices_send(args) -> int:
    """Deliver every notice whose time has come, once."""
    from .notices.sender import deliver_due

    try:
        providers = _providers(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    db = _db(args)
    try:
        done = deliver_due(db, providers)
    finally:
        db.close()
    for notice, state in done:
        print(f"{notice.code}  {notice.channel:<5}  {notice.kind:<12}  {state}")
    print(f"{len(done)} notices handled.")
    return 0


def cmd_notices_list(args) -> int:
    from .notices import outbox

    db = _db(args)
    with db.read() as session:
        lines = [{"id": n.id, "code": code, "channel": n.channel, "address": n.address,
                  "kind": n.kind, "status": n.status, "state": n.state,
                  "attempts": n.attempts, "next_try_at": n.next_try_at.isoformat(),
                  "sent_at": n.sent_at.isoformat() if n.sent_at else None,
                  "provider_id": n.provider_id, "last_error": n.last_error,
                  "subject": n.subject, "text": n.text,
                  "created_at": n.created_at.isoformat()}
                 for n, code in outbox.listing(session, args.dossier, args.limit)]
    db.close()
    if args.json:
        print(json.dumps(lines, ensure_ascii=False))
        return 0
    if not lines:
        print("no notices")
    for line in lines:
        error = f"  {line['last_error']}" if line["last_error"] else ""
        print(f"{line['code']}  {line['channel']:<5}  {line['kind']:<12}  {line['state']:<11}  "
              f"{line['address']}  ({line['attempts']} attempts){error}")
    return 0


def _raise_file_limit(limits: Limits) -> None:
    """Every connection is a file descriptor: take the hard limit the system allows,
    and say so when it is below what the concurrency limit needs."""
    try:
        import resource
    except ImportError:  # Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    if soft != resource.RLIM_INFINITY and soft < limits.limit_concurrency + 64:
        print(f"warning: {soft} file descriptors for --limit-concurrency "
              f"{limits.limit_concurrency}; raise LimitNOFILE", file=sys.stderr)


def cmd_device_add(args) -> int:
    if problem := _check_device_args(args):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    return _back_office(
        args, lambda session: service.add_device(session, args.name, args.agency_code or "",
                                                 args.desk or 0, desk_digits=args.desk_digits,
                                                 portal=args.portal),
        lambda token: token)


def _check_device_args(args) -> str | None:
    if args.portal:
        if args.agency_code or args.desk is not None:
            return "--portal: the online portal belongs to no agency and no desk."
        return None
    if not args.agency_code or args.desk is None:
        return "a desk needs --agency-code and --desk (or --portal for the online portal)."
    return None


def cmd_online_submit(args) -> int:
    """A dossier submitted online, from FILE.json (or - for standard input): the desk's
    intake JSON plus agency_code and files [{"paper", "name", "path"}] (paths relative to
    the JSON file). Prints the code the centre gave it."""
    from onestop_desktop.domain import json_input

    from . import online

    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(
            encoding="utf-8-sig")
        document = json_input.loads(text.removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        print(f"error: không đọc được {args.file}: {exc}", file=sys.stderr)
        return 2
    base = Path.cwd() if args.file == "-" else Path(args.file).resolve().parent
    db = _db(args)
    try:
        store = file_store_for(args.files or str(default_files_dir(db.url)))
    except ValueError as exc:
        db.close()
        print(f"error: --files: {exc}", file=sys.stderr)
        return 2
    try:
        with db.transaction() as session:
            done = online.take(session, store, document, service.utc_now(), None,
                               online.paths_reader(base))
    except online.OnlineRefused as refused:
        for problem in refused.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    finally:
        db.close()
    if args.json:
        print(json.dumps({"id": done.dossier.id, "code": done.dossier.code,
                          "files": [f.model_dump() for f in done.files]}, ensure_ascii=False))
    else:
        print(done.dossier.code)
    return 0


def cmd_audit_heads(args) -> int:
    db = _db(args)
    with db.read() as session:
        lines = service.audit_heads(session, args.device)
    db.close()
    if args.json:
        print(json.dumps([dict(dataclasses.asdict(line), at=line.at.isoformat(),
                               received_at=line.received_at.isoformat()) for line in lines],
                         ensure_ascii=False))
        return 0
    if not lines:
        print("no audit chain heads" + (f" from {args.device}" if args.device else ""))
    for line in lines:
        mark = f"  DIVERGED: {line.reason}" if line.diverged else ""
        print(f"{line.device} ({line.agency_code}, desk {line.desk})  seq {line.seq}  "
              f"{line.hash}  at {line.at.isoformat()}  received "
              f"{line.received_at.isoformat()}{mark}")
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


def _feedback_move(status: str):
    def command(args) -> int:
        return _back_office(
            args, lambda session: service.move_feedback(
                session, args.code, status, answer=getattr(args, "text", "") or "",
                actor=args.actor),
            lambda change: json.dumps(change, ensure_ascii=False))
    return command


def cmd_feedback_list(args) -> int:
    db = _db(args)
    with db.read() as session:
        rows = service.feedback_list(session, args.agency_code, args.limit)
        lines = [{"code": f.code, "agency_code": f.agency_code, "status": f.status,
                  "received_at": f.received_at.isoformat(), "name": f.payload.get("name", ""),
                  "procedure_code": f.payload.get("procedure_code", ""),
                  "dossier_code": f.payload.get("dossier_code", ""),
                  "content": f.payload.get("content", ""), "answer": f.answer,
                  "answered_by": f.answered_by,
                  "answered_at": f.answered_at.isoformat() if f.answered_at else None}
                 for f in rows]
    db.close()
    if args.json:
        print(json.dumps(lines, ensure_ascii=False))
        return 0
    if not lines:
        print("no feedback")
    for line in lines:
        about = " ".join(x for x in (line["procedure_code"], line["dossier_code"]) if x)
        print(f"{line['code']}  {line['status']:<9}  {line['name']}  {about}")
    return 0


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
    common.add_argument("--db", help=f"database URL (default: ${DB_ENV}, else a sqlite file "
                                     f"in the current dir)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--log-level", default="info")
    defaults = Limits()
    serve.add_argument("--workers", type=int, default=1,
                       help="processes sharing the port (default 1)")
    serve.add_argument("--max-body-bytes", type=int, default=defaults.max_body_bytes,
                       help="largest request body; larger is answered 413 "
                            "(default %(default)s)")
    serve.add_argument("--body-timeout", type=float, default=defaults.body_timeout_s,
                       help="seconds for a whole request body to arrive; later is 408 "
                            "(default %(default)s)")
    serve.add_argument("--header-timeout", type=float, default=defaults.header_timeout_s,
                       help="seconds from connecting to a request's complete headers; "
                            "later closes the connection (default %(default)s)")
    serve.add_argument("--keep-alive", type=int, default=defaults.keep_alive_s,
                       help="seconds an idle keep-alive connection stays open "
                            "(default %(default)s)")
    serve.add_argument("--limit-concurrency", type=int, default=defaults.limit_concurrency,
                       help="connections per worker; past it 503 at once "
                            "(default %(default)s)")
    _add_provider_options(serve)
    serve.add_argument("--max-file-bytes", type=int, default=defaults.max_file_bytes,
                       help="largest file a desk may upload; larger is answered 413 "
                            "file_too_large (default %(default)s)")
    serve.add_argument("--files", metavar="DIR|s3://BUCKET/PREFIX?endpoint=URL",
                       help="where the files desks send are kept: a directory (default: "
                            "<database name>-files beside a SQLite database) or "
                            "S3-compatible object storage such as MinIO (credentials from "
                            "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)")
    serve.set_defaults(handler=cmd_serve)

    notices = sub.add_parser("notices", help="notices to citizens (e-mail, SMS, Zalo) at "
                                             "each step of their dossiers").add_subparsers(
        dest="notices_command", required=True)
    send = notices.add_parser("send", parents=[common],
                              help="deliver the notices whose time has come, once")
    _add_provider_options(send)
    send.set_defaults(handler=cmd_notices_send)
    listed = notices.add_parser("list", parents=[common], help="newest first")
    listed.add_argument("--dossier", metavar="CODE", help="only this dossier's")
    listed.add_argument("--limit", type=int, default=200)
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(handler=cmd_notices_list)

    device = sub.add_parser("device", help="desks allowed to sync").add_subparsers(
        dest="device_command", required=True)
    add = device.add_parser("add", parents=[common], help="register a desk; prints its token")
    add.add_argument("name")
    add.add_argument("--agency-code", help="the desk's agency (not with --portal)")
    add.add_argument("--desk", type=int, help="the desk's number (not with --portal)")
    add.add_argument("--portal", action="store_true",
                     help="the online portal's side: it may only submit online dossiers "
                          "(POST /v1/online-dossiers), for any agency")
    add.add_argument("--desk-digits", type=int, choices=(1, 2), default=1,
                     help="width of the desk number in the daily sequence, as the desks' "
                          "configuration (default 1)")
    add.set_defaults(handler=cmd_device_add)

    submit = sub.add_parser("online-submit", parents=[common],
                            help="take in a dossier submitted online; prints its code")
    submit.add_argument("file", help="FILE.json (or - for standard input): the desk's intake "
                                     "JSON plus agency_code and files [{paper, name, path}]")
    submit.add_argument("--files", metavar="DIR|s3://BUCKET/PREFIX?endpoint=URL",
                        help="where the centre keeps files, as for serve (default: "
                             "$ONESTOP_CENTRAL_FILES, else beside a SQLite database)")
    submit.add_argument("--json", action="store_true")
    submit.set_defaults(handler=cmd_online_submit)

    heads = sub.add_parser("audit-heads", parents=[common],
                           help="the audit chain heads devices sent, divergences marked")
    heads.add_argument("--device", help="only the device of this name")
    heads.add_argument("--json", action="store_true")
    heads.set_defaults(handler=cmd_audit_heads)

    stats = sub.add_parser("stats", parents=[common], help="counts as JSON")
    stats.set_defaults(handler=cmd_stats)

    status = sub.add_parser("set-status", parents=[common],
                            help="a back-office status change, pulled by the desks")
    status.add_argument("code")
    status.add_argument("status", type=int, choices=range(1, 11), metavar="STATUS")
    status.add_argument("--note")
    status.add_argument("--actor", default="back-office")
    status.set_defaults(handler=cmd_set_status)

    feedback = sub.add_parser("feedback", help="feedback and petitions the desks took; "
                                              "the back office handles and answers them")
    feedback_sub = feedback.add_subparsers(dest="feedback_command", required=True)
    listing = feedback_sub.add_parser("list", parents=[common], help="newest first")
    listing.add_argument("--agency-code", help="only this agency (default: every agency)")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_feedback_list)
    for name, status, text in (("handle", "handling", "mark it as being handled"),
                               ("answer", "answered", "answer it (--text)"),
                               ("close", "closed", "close it once answered")):
        move = feedback_sub.add_parser(name, parents=[common],
                                       help=f"{text}; pulled by the desks")
        move.add_argument("code", help="e.g. 000.00.01.H22-PA-261203-1001")
        if name == "answer":
            move.add_argument("--text", required=True, help="the answer, for the citizen")
        move.add_argument("--actor", default="back-office")
        move.set_defaults(handler=_feedback_move(status))

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
