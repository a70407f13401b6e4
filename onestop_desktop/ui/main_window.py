"""Main window (placeholder until the desk window lands): the catalogue and today's dossiers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from ..domain.money import format_vnd
from ..store import catalogue_repo, dossier_repo, settings_repo
from ..store.database import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.setWindowTitle("Một cửa — Tiếp nhận hồ sơ")
        with store.read() as session:
            config = settings_repo.load_desk_config(session)
            procedures = catalogue_repo.search_procedures(session)
            dossiers = dossier_repo.list_dossiers(session, limit=200)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel(f"{config.agency_name} — quầy {config.desk}"))
        layout.addWidget(QLabel(f"Danh mục thủ tục ({len(procedures)}):"))
        catalogue = QListWidget()
        catalogue.addItems([f"{p.code}  {p.name}  ({p.time_limit.describe()}; "
                            f"{format_vnd(p.total_fee)})" for p in procedures])
        layout.addWidget(catalogue)
        layout.addWidget(QLabel(f"Hồ sơ ({len(dossiers)}):"))
        listing = QListWidget()
        listing.addItems([f"{d.code}  {d.applicant.name} — {d.procedure_name}" for d in dossiers])
        layout.addWidget(listing)
        self.setCentralWidget(central)
