"""The centre's report written to a file: JSON, XLSX or PDF, all from the same figures
(PeriodReport.to_dict). The file appears whole or not at all: it is written beside its
place and moved there once complete."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from ..store import settings_repo
from ..store.database import Store
from .intake import DeskNotConfigured
from .reports import period_report


class ReportFormat(StrEnum):
    JSON = "json"
    XLSX = "xlsx"
    PDF = "pdf"


def report_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def export_report(store: Store, date_from: date, date_to: date, fmt: ReportFormat,
                  out_path: Path, now: datetime,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Count the figures, render them as `fmt` and put the file at `out_path`.
    `progress(done, total)` is told after each step and may raise to stop (nothing is
    written then)."""
    total = 0

    def counted(done: int, steps: int) -> None:
        nonlocal total
        total = steps + 1  # and the file
        if progress is not None:
            progress(done, total)

    report = period_report(store, date_from, date_to, now, counted).to_dict()
    if fmt is ReportFormat.JSON:
        content = report_json(report).encode("utf-8")
    else:
        with store.read() as session:
            config = settings_repo.load_desk_config(session)
        if config is None:
            raise DeskNotConfigured()
        if fmt is ReportFormat.XLSX:
            from ..documents.report_xlsx import render_xlsx  # openpyxl: only when asked

            content = render_xlsx(report, config.agency_name)
        else:
            from ..documents.report_pdf import render_report_pdf

            content = render_report_pdf(report, config, printed_at=now)
    _write_whole(Path(out_path), content)
    if progress is not None:
        progress(total, total)
    return Path(out_path)


def _write_whole(path: Path, content: bytes) -> None:
    handle, staged = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                      dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(staged, path)
    except BaseException:
        Path(staged).unlink(missing_ok=True)
        raise
