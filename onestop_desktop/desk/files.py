"""Files on dossiers at the boundary: scanned papers of the checklist and the scanned
result, attached from the scanner, the scan inbox, a drop or a file; the list of a
dossier's files; the scan inbox's folder."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.files import DossierFile, DossierFiles, FileRole, FileSource
from ..domain.officer import Officer
from ..domain.permissions import Action
from ..services import dossier_files, scan_inbox
from ..services.dossier_files import Attachment
from ..store.blobs import BlobStore
from .changes import FILES, Done
from .setup import SETTINGS

if TYPE_CHECKING:
    from .core import Desk


class Files:
    def __init__(self, desk: Desk):
        self._desk = desk

    @cached_property
    def blobs(self) -> BlobStore:
        """The data directory's file store (its key read once for the desk's life)."""
        return BlobStore.of_data_dir(self._desk.data_dir)

    # ---- queries ----------------------------------------------------------------------
    def list(self, code: str) -> DossierFiles:
        """The dossier's files, papers by checklist number then the result; DossierNotFound."""
        return dossier_files.files_of(self._desk.store, code)

    def viewable_copy(self, file: DossierFile) -> Path:
        """A plain copy of the file under its own name, for the system's viewer (the
        store keeps it encrypted; copies go after a day: BlobStore.viewable_copy)."""
        return self.blobs.viewable_copy(file.sha256, file.name)

    def inbox_folder(self) -> Path:
        """The folder network scanners write into (the setting, or `<data dir>/scan-inbox`)."""
        return scan_inbox.inbox_folder(self._desk.store, self._desk.data_dir)

    # ---- commands ---------------------------------------------------------------------
    def prepare(self, paths: Sequence[Path], *, paper: int = 0,
                source: FileSource | str = FileSource.FILE,
                role: FileRole = FileRole.PAPER) -> Attachment:
        """The pages checked and joined into one PDF, before a dossier is saved with them
        (`desk.dossiers.take_in(..., attachments=...)`); PaperFileRefused, nothing stored."""
        return dossier_files.prepare(role, paper, paths, source)

    def attach(self, code: str, *, paper: int, paths: Sequence[Path],
               source: FileSource | str = FileSource.FILE,
               actor: Officer) -> Done[DossierFile]:
        """The pages of checklist paper `paper` (1-based) as one PDF on the dossier."""
        self._desk.require(actor, Action.COUNTER)
        return self._attach(code, self.prepare(paths, paper=paper, source=source), actor)

    def attach_result(self, code: str, *, paths: Sequence[Path],
                      source: FileSource | str = FileSource.FILE,
                      actor: Officer) -> Done[DossierFile]:
        """The scanned result, at hand-back (the dossier processed or returned)."""
        self._desk.require(actor, Action.COUNTER)
        return self._attach(code, self.prepare(paths, source=source, role=FileRole.RESULT),
                            actor)

    def attach_prepared(self, code: str, attachment: Attachment,
                        actor: Officer) -> Done[DossierFile]:
        self._desk.require(actor, Action.COUNTER)
        return self._attach(code, attachment, actor)

    def take_from_inbox(self, path: Path, code: str, *, paper: int,
                        role: FileRole = FileRole.PAPER, actor: Officer) -> Done[DossierFile]:
        """A file a network scanner wrote, attached, then removed from the inbox."""
        self._desk.require(actor, Action.COUNTER)
        attachment = self.prepare([path], paper=paper, source=FileSource.INBOX, role=role)
        done = self._attach(code, attachment, actor)
        scan_inbox.remove(path)
        return done

    def set_inbox_folder(self, actor: Officer, folder: str) -> Done[Path]:
        """For the centre's head and the administrator ("" for the default)."""
        self._desk.require(actor, Action.SETTINGS)
        return Done(scan_inbox.set_inbox_folder(self._desk.store, actor.username, folder,
                                                by_officer=not actor.is_system,
                                                now=self._desk.clock()), SETTINGS)

    def _attach(self, code: str, attachment: Attachment, actor: Officer) -> Done[DossierFile]:
        return Done(dossier_files.attach(self._desk.store, self.blobs, code, attachment,
                                         actor=actor.username, now=self._desk.clock()), FILES)
