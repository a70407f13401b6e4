"""The sync engine: push the outbox in batches, pull the centre's changes, report.

Plain Python (no Qt), one run at a time per data directory (SyncLock); it reaches
the desk's data only through a SyncPort (port.py), one transaction a call. A run:
1. requeues events a crash left "sending";
2. pushes batches of the oldest pushable events; the server answers each
   event; acked/failed/conflict are written for each event (one statement per
   kind of answer), so one bad event never blocks the rest. Each event is put
   on the wire once, around the payload's stored JSON text: its envelope checked
   against the protocol, its payload for what would spoil the whole request.
   An event the desk cannot even put into the protocol (or into the request's
   UTF-8 JSON) is failed on the spot. A batch the server
   refuses whole for its content (413, 422) is halved until the event at fault
   is alone, which is then failed with the server's reason; but when event
   after event is refused alone the same way and nothing of the batch got
   through, the refusal is the server's (a body-size limit below one event, a
   field every event carries): the run stops with PushStalled and the rest
   stays pending rather than failed. Batches are as large as the protocol lets
   (MAX_PUSH_BATCH); after a 413 the run claims no more than the largest group the
   server then took. A batch without an answer (network,
   timeout, 5xx) goes back to "pending" and the run stops (the retry is safe:
   the server is idempotent by event id); so does any unexpected error. A run
   makes at most MAX_PUSH_REQUESTS_PER_RUN pushes; the rest waits;
   After the push, the head of the desk's audit chain goes to the centre, which keeps
   them: a desk whose history was rewritten is told so (409 "audit_diverged", shown
   with the run's report); a server without the endpoint (404) is left alone;
3. pulls pages of changes (up to MAX_PULL_PAGE) and applies each page with its
   cursor in one transaction, its statuses decided against the dossiers read at once;
   then sends the files of dossiers the centre knows, resuming cut uploads
   (sync/uploads.py);
4. fetches the files that came with online dossiers (GET /v1/files/{sha256}) into the
   data directory's file store, each checked against its hash; a file not fetched (the
   network failed) is fetched by a later run;
5. compares the server's clock with ours and says so past MAX_SKEW.
`run_forever` repeats runs, backing off exponentially with full jitter.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from . import protocol as p
from .client import ServerRefused, SyncClient, SyncError, encode_json
from .lock import SyncLock
from .port import (
    ACK_OUTCOMES,
    Claim,
    EventOutcome,
    OutboxItem,
    Release,
    SyncPort,
)
from .report import SyncReport
from .uploads import Uploader

log = logging.getLogger(__name__)

MAX_SKEW = timedelta(seconds=300)
BACKOFF_BASE, BACKOFF_CAP = 2.0, 600.0
EVENT_RETRY_BASE, EVENT_RETRY_CAP = 30.0, 3600.0
MAX_REFUSED_PER_RUN = 2000
# Whole-batch refusals caused by what is in the batch (too large, not valid):
# halving finds the event at fault. Other 4xx (token, protocol) stop the run.
SPLIT_STATUSES = frozenset({413, 422})
# This many events in a row refused alone with the same status, and nothing of their
# batch answered: the server refuses everything, halving would fail the whole outbox.
LONE_REFUSALS_TO_STOP = 3
# Halving costs up to 2n-1 requests for n events: bound what one run can send.
MAX_PUSH_REQUESTS_PER_RUN = 500
# Files of online dossiers looked at (and fetched when missing) per run: the newest.
FETCH_PER_RUN = 200


AUDIT_DIVERGED = ("Máy chủ trung tâm báo nhật ký của quầy này khác với bản đã gửi trước "
                  "đây (nhật ký bị sửa hoặc xoá): hãy báo quản trị viên.")


class PushStalled(SyncError):
    """The server refuses every event alike: the run stops, the rest stays pending.
    The report says the server answered (online) and that runs should back off."""


@dataclass(frozen=True, slots=True)
class _Ready:
    """A claimed event on its wire form, checked against the protocol."""

    event_id: str
    wire: bytes


@dataclass
class _PushRun:
    """What one run's push has seen so far."""

    refused: set[str] = field(default_factory=set)  # not offered again in this run
    requests: int = 0  # pushes sent
    lone_status: int = 0  # status of the latest refusals of a lone event,
    lone_refusals: int = 0  # how many in a row, with no push answered since
    next_batch: list[OutboxItem] | None = None  # claimed with the last batch's answers
    too_large: bool = False  # a batch was refused for its size (413)...
    size_taken: int = 0  # ...and the largest group the server took since: claims' size

    def next_claimed(self) -> list[str]:
        return [e.event_id for e in self.next_batch or ()]

    def claim_size(self, configured: int) -> int:
        if self.too_large and self.size_taken:
            return min(configured, self.size_taken)
        return configured


_DEFERRED = ("Chưa gửi ở lượt đồng bộ này (đã gửi đủ số yêu cầu cho một lượt); sẽ gửi ở "
             "lượt sau.", "deferred")


def backoff_delay(failures: int, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP,
                  rng: Callable[[], float] = random.random) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2**failures)]."""
    return rng() * min(cap, base * (2 ** min(failures, 30)))


def utc_now() -> datetime:
    return datetime.now(UTC)


class SyncEngine:
    def __init__(self, port: SyncPort, client: SyncClient, data_dir: Path, *,
                 batch_size: int = p.MAX_PUSH_BATCH, pull_page: int = p.MAX_PULL_PAGE,
                 max_batches: int = 10_000, upload_chunk: int = 0,
                 clock: Callable[[], datetime] = utc_now):
        """`upload_chunk`: bytes per upload request (0: protocol.MAX_UPLOAD_CHUNK)."""
        self.port, self.client, self.upload_chunk = port, client, upload_chunk
        self.lock = SyncLock(data_dir)
        self.data_dir = Path(data_dir)
        self.batch_size, self.pull_page, self.max_batches = batch_size, pull_page, max_batches
        self.clock = clock

    def run_once(self, *, force: bool = False) -> SyncReport:
        """One full push + pull. `force` also sends events still waiting out a retry delay."""
        report = SyncReport()
        if not self.lock.try_acquire():
            report.busy = True
            return report
        try:
            requeued = self.port.requeue_stuck()
            if requeued:
                log.info("requeued %d events left sending", requeued)
            try:
                self._push(report, force)
                head = self._send_audit_head(report)
                self._pull(report)
                self._upload(report, force)
                self._fetch_files(report)
                report.online = True
                self.port.set_last_success(self.clock(), head)
            except SyncError as exc:
                report.error = exc.message
                report.stalled = isinstance(exc, PushStalled)
                report.online = isinstance(exc, ServerRefused) or report.stalled
            self._check_skew(report)
            self._count(report)
        finally:
            self.lock.release()
        return report

    def _push(self, report: SyncReport, force: bool) -> None:
        run = _PushRun()
        for left in range(self.max_batches - 1, -1, -1):
            batch, run.next_batch = run.next_batch, None
            if not self._may_claim(run):  # something is badly wrong, or much to send
                if batch:
                    self._release([e.event_id for e in batch], *_DEFERRED)
                return  # the rest waits
            if batch is None:
                batch = self.port.claim(self._next_claim(run, force), self.clock())
            if not batch:
                return
            claimed = [e.event_id for e in batch]
            # Whatever stops this batch, nothing stays "sending" until the next run
            # (release only touches events still "sending": answered ones keep their answer);
            # that includes the next batch, once claimed with this one's answers.
            try:
                finished = self._push_batch(batch, report, run, force, claim_next=left > 0)
            except SyncError as exc:
                self._release(claimed + run.next_claimed(), exc.message, exc.code)
                raise
            except BaseException as exc:
                self._release(claimed + run.next_claimed(),
                              f"Lỗi bất thường khi gửi: {type(exc).__name__}.", "unexpected")
                raise
            if not finished:  # the run's request budget ran out inside this batch
                log.warning("push stopped after %d requests; the rest waits", run.requests)
                self._release(claimed, *_DEFERRED)
                return

    @staticmethod
    def _may_claim(run: _PushRun) -> bool:
        return len(run.refused) <= MAX_REFUSED_PER_RUN and run.requests < MAX_PUSH_REQUESTS_PER_RUN

    def _next_claim(self, run: _PushRun, force: bool) -> Claim:
        return Claim(run.claim_size(self.batch_size), frozenset(run.refused), not force)

    def _push_batch(self, batch: list[OutboxItem], report: SyncReport, run: _PushRun,
                    force: bool, claim_next: bool) -> bool:
        """Push one claimed batch. False: the run's request budget ran out first (what
        was not sent is still "sending"; the caller releases it). The answers to its
        last request are written with the next batch's claim (`claim_next`, budget
        allowing), in one transaction: run.next_batch."""
        attempts = {e.event_id: e.attempts for e in batch}
        events, broken = [], []
        for e in batch:  # one malformed row must not take the batch down with it
            ready = _on_the_wire(e)
            if isinstance(ready, _Ready):
                events.append(ready)
            else:
                broken.append(EventOutcome(e.event_id, p.REJECTED, "invalid_event", ready))
        if broken:
            self._settle(broken, attempts, report, run.refused)
        groups = [events] if events else []
        answered = False  # did the server take any request of this batch?
        while groups:  # a stack: the first half of a split goes first, keeping the order
            if run.requests >= MAX_PUSH_REQUESTS_PER_RUN:
                return False
            group = groups.pop()
            run.requests += 1
            try:
                response = self.client.push_encoded([e.wire for e in group])
            except ServerRefused as exc:
                if exc.status not in SPLIT_STATUSES:
                    raise
                if len(group) > 1:
                    half = len(group) // 2
                    groups += [group[half:], group[:half]]
                    run.too_large = run.too_large or exc.status == 413
                    continue
                # Alone and still refused: this event is at fault. Failed, shown, retried later.
                self._settle([EventOutcome(group[0].event_id, p.REJECTED, exc.code[:32],
                                           _refused_reason(exc))],
                             attempts, report, run.refused)
                same = exc.status == run.lone_status
                run.lone_status = exc.status
                run.lone_refusals = run.lone_refusals + 1 if same else 1
                # ...unless every event is refused alike: then it is the server's refusal.
                # The events refused so far stay failed (their own back-off keeps the next
                # run from starting with them again); the rest is released by the caller.
                if run.lone_refusals >= LONE_REFUSALS_TO_STOP and not answered:
                    raise PushStalled(_stalled_reason(exc), "refused_all") from exc
                continue
            answered, run.lone_refusals = True, 0
            if run.too_large:  # the next claims take no more than a front server lets by
                run.size_taken = max(run.size_taken, len(group))
            outcomes = [EventOutcome(r.event_id, r.outcome, r.error, r.message)
                        for r in response.results]
            last = claim_next and not groups
            self._settle(outcomes, attempts, report, run.refused,
                         sent=[e.event_id for e in group],
                         then=(run, force) if last else None)
        return True

    def _settle(self, outcomes: list[EventOutcome], attempts: dict[str, int],
                report: SyncReport, refused: set[str], sent: Sequence[str] = (),
                then: tuple[_PushRun, bool] | None = None) -> None:
        """Write answers; with `then` (the run, force) also claim the next batch in the
        same transaction, when the run's budget still allows one."""
        now = self.clock()
        # A refused event waits its own back-off, growing with its attempts.
        outcomes = [o if o.outcome in ACK_OUTCOMES or o.outcome == p.CONFLICT else
                    EventOutcome(o.event_id, o.outcome, o.error, o.message,
                                 now + timedelta(seconds=EVENT_RETRY_BASE + backoff_delay(
                                     attempts.get(o.event_id, 1), EVENT_RETRY_BASE,
                                     EVENT_RETRY_CAP)))
                    for o in outcomes]
        # Anything the server did not mention stays unanswered: back to the queue.
        answered = {o.event_id for o in outcomes}
        missing = [i for i in sent if i not in answered]
        refused.update(missing)
        refused.update(o.event_id for o in outcomes if o.outcome not in ACK_OUTCOMES)
        claim = None
        if then is not None and self._may_claim(then[0]):
            claim = self._next_claim(*then)
        settled = self.port.settle(outcomes, now, Release(
            missing, "Máy chủ không trả lời sự kiện này.", "no_answer") if missing else None,
            claim)
        if then is not None:
            then[0].next_batch = settled.claimed
        report.pushed += settled.acked

    def _release(self, event_ids: list[str], message: str, code: str) -> None:
        try:
            self.port.release(Release(event_ids, message, code), self.clock())
        except Exception:  # the store itself is failing: the next run's requeue frees them
            log.exception("could not release %d claimed events", len(event_ids))

    def _send_audit_head(self, report: SyncReport) -> dict | None:
        """The head the centre took, or None."""
        head = self.port.audit_head()
        if head is None:
            return None
        try:
            self.client.send_audit_head(head)
        except ServerRefused as exc:
            if exc.status == 404:  # a server from before audit heads: nothing to say
                return None
            log.warning("audit head %s refused by the server: %s %s", head["seq"],
                        exc.status, exc.code)
            report.audit_problem = (AUDIT_DIVERGED if exc.code == "audit_diverged" else
                                    f"Máy chủ không nhận đầu chuỗi nhật ký của quầy: "
                                    f"{exc.message}")
            return None
        return head

    def _pull(self, report: SyncReport) -> None:
        for _ in range(self.max_batches):
            page = self.client.pull(self.port.cursor(), self.pull_page)
            changes = [c.model_dump(mode="json") for c in page.changes]
            self.port.apply_page(changes, page.cursor, self.clock())
            report.pulled += len(changes)
            if not page.has_more:
                return

    def _fetch_files(self, report: SyncReport) -> None:
        """The bytes of online dossiers' files the desk lacks. A file the centre does not
        give (404) is skipped and logged; no connection stops the fetching until the next
        run (raised: the run reports it)."""
        for sha256 in self.port.files_to_fetch(FETCH_PER_RUN):
            try:
                temporary = self.client.download_file(sha256, self.data_dir)
            except ServerRefused as exc:
                log.warning("file %s not given by the server: %s %s", sha256[:12],
                            exc.status, exc.code)
                continue
            try:
                self.port.keep_file(sha256, temporary)
            finally:
                temporary.unlink(missing_ok=True)
            report.fetched += 1

    def _upload(self, report: SyncReport, force: bool) -> None:
        """The files of dossiers the centre now knows (sync/uploads.py); a refused file
        waits a back-off as a refused event does."""
        uploads = Uploader(self.port, self.client, self.clock, lambda attempts: (
            EVENT_RETRY_BASE + backoff_delay(attempts, EVENT_RETRY_BASE, EVENT_RETRY_CAP)),
            **({"chunk_size": self.upload_chunk} if self.upload_chunk else {})).run(force)
        report.uploaded += uploads.uploaded

    def _check_skew(self, report: SyncReport) -> None:
        skew = self.client.last_skew
        if skew is None:
            return
        report.skew_seconds = round(skew.total_seconds(), 1)
        if abs(skew) > MAX_SKEW:
            minutes = round(abs(skew.total_seconds()) / 60)
            side = "chậm" if skew > timedelta(0) else "nhanh"
            report.skew_warning = (f"Đồng hồ máy này {side} hơn máy chủ khoảng {minutes} phút: "
                                   "hãy chỉnh lại giờ hệ thống.")

    def _count(self, report: SyncReport) -> None:
        report.count(self.port.counts())

    def run_forever(self, stop: threading.Event, interval: float = 60.0,
                    on_report: Callable[[SyncReport], None] | None = None) -> None:
        """Sync every `interval` seconds until `stop` is set; after failures, back off."""
        failures = 0
        while not stop.is_set():
            try:
                report = self.run_once()
            except Exception as exc:  # a background loop must outlive one bad run
                # run_once has already released its batch; say it, back off, try again.
                log.exception("sync run failed")
                report = SyncReport(error=f"Lỗi bất thường khi đồng bộ: {exc}")
            if on_report is not None:
                on_report(report)
            failures = failures + 1 if report.back_off else 0
            delay = backoff_delay(failures) + 1.0 if failures else interval
            stop.wait(delay)


# An escaped UTF-16 surrogate in JSON text: alone, it decodes to text UTF-8 cannot carry.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _on_the_wire(item: OutboxItem) -> _Ready | str:
    """The event on its wire form, its payload's stored JSON text put in as it is; or why
    it cannot be sent (for the officer). The envelope is checked against the protocol;
    the payload, which the outbox wrote as a JSON object, only for what could make the
    whole request fail: not an object, or an escaped surrogate (then the slow look)."""
    payload = item.payload_json or ""
    try:
        p.PushEvent.model_validate({"event_id": item.event_id, "kind": item.kind,
                                    "dossier_id": item.dossier_id,
                                    "created_at": item.created_at, "payload": {}})
    except ValidationError:
        return _why_not_sendable(item)
    if payload[:1] != "{" or payload[-1:] != "}" or _SURROGATE_ESCAPE.search(payload):
        return _why_not_sendable(item)
    return _Ready(item.event_id, p.encode_push_event(
        item.event_id, item.kind, item.dossier_id, item.created_at, payload))


def _why_not_sendable(item: OutboxItem) -> _Ready | str:
    """The slow look at an event the quick check doubted: which fields are at fault;
    an event sound after all is sent re-encoded."""
    try:
        payload = json.loads(item.payload_json or "null")
    except ValueError:
        return _invalid_fields(["payload"])
    try:
        event = p.PushEvent(event_id=item.event_id, kind=item.kind, dossier_id=item.dossier_id,
                            created_at=item.created_at, payload=payload)
    except ValidationError as exc:
        return _invalid_reason(exc)
    # Valid is not always sendable: a lone surrogate ("\\ud800") passes validation, but
    # the batch's body could not be encoded and the whole queue would stall.
    dumped = event.model_dump(mode="json")
    try:
        return _Ready(item.event_id, encode_json(dumped))
    except ValueError:  # UnicodeEncodeError is one
        return _unencodable_reason(dumped)


def _invalid_fields(fields: list[str]) -> str:
    return ("Sự kiện bị hỏng, không gửi được lên máy chủ (sai trường: "
            + ", ".join(fields) + ").")


def _invalid_reason(exc: ValidationError) -> str:
    return _invalid_fields(sorted({".".join(str(part) for part in err["loc"]) or "?"
                                   for err in exc.errors()}))


def _unencodable_reason(dumped: dict) -> str:
    fields = sorted(set(_unencodable_fields(dumped))) or ["?"]
    return ("Sự kiện bị hỏng, không gửi được lên máy chủ (ký tự không hợp lệ ở trường: "
            + ", ".join(fields) + ").")


def _unencodable_fields(value, path: str = "") -> list[str]:
    """Where text that UTF-8 cannot encode sits (names made safe to store and show)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [path or "?"]
        return []
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            name = str(key).encode("utf-8", "backslashreplace").decode("utf-8")
            where = f"{path}.{name}" if path else name
            found += [where] if name != str(key) else _unencodable_fields(item, where)
        return found
    if isinstance(value, list):
        return [where for i, item in enumerate(value)
                for where in _unencodable_fields(item, f"{path}[{i}]")]
    return []


def _stalled_reason(exc: ServerRefused) -> str:
    reason = f"Máy chủ không nhận sự kiện nào (HTTP {exc.status})"
    if exc.status == 413:
        reason = (f"Máy chủ không nhận sự kiện nào vì vượt giới hạn kích thước yêu cầu "
                  f"(HTTP {exc.status})")
    detail = "" if exc.message.startswith("HTTP ") else f": {exc.message.rstrip('.')}"
    return (reason + detail + ". Đã dừng gửi; các sự kiện còn lại vẫn chờ và sẽ được gửi "
            "khi máy chủ nhận lại. Hãy báo quản trị viên máy chủ.")


def _refused_reason(exc: ServerRefused) -> str:
    reason = f"Máy chủ không nhận sự kiện này (HTTP {exc.status})"
    if exc.status == 413:
        reason = f"Sự kiện quá lớn, máy chủ không nhận (HTTP {exc.status})"
    detail = "" if exc.message.startswith("HTTP ") else f": {exc.message}"
    return reason + detail + ("" if detail.endswith(".") else ".")


def engine_for(port: SyncPort, data_dir: Path, server_url: str, token: str,
               timeout: float = 15.0, **options) -> SyncEngine:
    """The engine for the port's server, verifying it against the port's CA bundle."""
    client = SyncClient(server_url, token, timeout=timeout, ca_bundle=port.ca_bundle())
    return SyncEngine(port, client, data_dir, **options)

