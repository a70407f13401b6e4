"""Cài đặt: the desk, the scanner's prefix/suffix/timing, and the place of the sync panel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..domain.config import DeskConfig
from ..domain.scanner import ScannerSettings
from .context import DeskContext
from .forms import FormPage


class SettingsPage(FormPage):
    FORM = "settings_page.ui"
    NAMES = ("deskInfoLabel", "prefixEdit", "suffixEdit", "gapSpin", "saveScannerButton",
             "syncStateLabel", "syncNowButton", "syncPanelHost")
    scanner_changed = Signal(object)  # ScannerSettings

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        current = ctx.scanner_settings()
        self.prefixEdit.setText(current.prefix)
        self.suffixEdit.setText(current.suffix)
        self.gapSpin.setValue(int(current.max_gap_ms))
        self.saveScannerButton.clicked.connect(self.save_scanner)

    def show_desk(self, config: DeskConfig | None) -> None:
        if config is None:
            self.deskInfoLabel.setText(self.tr("Quầy chưa được thiết lập."))
            return
        self.deskInfoLabel.setText(self.tr("%1 (mã %2) — quầy số %3").replace(
            "%1", config.agency_name).replace("%2", config.agency_code)
            .replace("%3", str(config.desk)))

    def save_scanner(self) -> None:
        settings = ScannerSettings(max_gap_ms=float(self.gapSpin.value()),
                                   prefix=self.prefixEdit.text(), suffix=self.suffixEdit.text())
        self.ctx.save_scanner_settings(settings)
        self.scanner_changed.emit(settings)

    def set_sync_panel(self, panel: QWidget) -> None:
        """The hook for ui/sync_panel.py: the panel lives under the sync state line."""
        layout = self.syncPanelHost.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        layout.addWidget(panel)
