"""What one sync run did, for the status bar, the sync panel and `sync --once --json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .port import QueueCounts


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"


@dataclass
class SyncReport:
    pushed: int = 0  # events the server acknowledged in this run
    pulled: int = 0  # changes received in this run
    failed: int = 0  # events waiting to be retried after a refusal (at the end)
    conflicts: int = 0  # events and pulled changes a person must look at (at the end)
    pending: int = 0  # events still to push (pending + sending + failed, at the end)
    online: bool = False
    stalled: bool = False  # the server answers but refuses every event (PushStalled)
    busy: bool = False  # another run held the lock; nothing was done
    error: str = ""  # what stopped the run (network, server, configuration)
    skew_seconds: float | None = None  # server clock minus desk clock
    skew_warning: str = ""
    audit_problem: str = ""  # the centre found the desk's audit history rewritten
    uploaded: int = 0  # files the centre took (bytes and place on the dossier) in this run
    files_waiting: int = 0  # files the centre does not have yet (at the end)
    files_bytes: int = 0  # ...and their size
    fetched: int = 0  # files of online dossiers fetched in this run

    @property
    def clean(self) -> bool:
        """Nothing left to push, nothing refused, no error."""
        return not (self.pending or self.conflicts or self.error or self.busy
                    or self.audit_problem or self.files_waiting)

    @property
    def back_off(self) -> bool:
        """The next run should wait longer: no server reached, or one refusing all."""
        return bool(self.error) and (not self.online or self.stalled)

    def to_dict(self) -> dict:
        return asdict(self)

    def count(self, queue: QueueCounts) -> None:
        """The queue as it stands at the end of the run."""
        self.pending, self.failed, self.conflicts = queue.to_push, queue.failed, queue.conflicts
        self.files_waiting, self.files_bytes = queue.files_waiting, queue.files_bytes

    def message(self) -> str:
        """One line for the status bar (Vietnamese)."""
        if self.busy:
            return "Đang đồng bộ ở cửa sổ khác."
        parts = [self.error] if self.error else []
        parts.append(f"Đã gửi {self.pushed}, đã nhận {self.pulled}; còn chờ {self.pending}"
                     + (f", {self.conflicts} xung đột" if self.conflicts else "") + ".")
        if self.uploaded or self.files_waiting:
            parts.append(f"Tệp: đã gửi {self.uploaded}, còn chờ {self.files_waiting} "
                         f"({_megabytes(self.files_bytes)}).")
        if self.skew_warning:
            parts.append(self.skew_warning)
        if self.audit_problem:
            parts.append(self.audit_problem)
        return " ".join(parts)
