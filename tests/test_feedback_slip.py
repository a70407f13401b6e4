"""Phiếu tiếp nhận phản ánh, kiến nghị, read back from the PDF: one page with the centre's
name, the code in Code128 bars that decode to it, who, what about, the content, when and
the receiving officer; no text over text or past the margins; a print counted (reprints
stamped "BẢN IN LẠI") with its audit row, a preview not; `feedback print` at the command
line."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from onestop_desktop.cli import main
from onestop_desktop.desk import Desk
from onestop_desktop.documents.layout import page_spec
from onestop_desktop.domain.errors import InvalidInput
from onestop_desktop.domain.feedback import FeedbackNotFound
from onestop_desktop.domain.officer import Officer
from onestop_desktop.services.accounts import create_user
from onestop_desktop.store.models import AuditRow, PrintRow
from tests.conftest import AGENCY, AGENCY_NAME, local
from tests.test_documents_pdfcheck import (
    assert_nfc_contains,
    code128,
    outside,
    overlaps,
    page_count,
    text,
    text_boxes,
)

LAN = Officer("lan", "Nguyễn Thị Lan", "officer")
CONTENT = ("Ngày 01/12/2026 tôi nộp hồ sơ đăng ký hộ kinh doanh nhưng phải chờ hơn hai giờ "
           "mới đến lượt.\n\nĐề nghị Trung tâm bố trí thêm quầy tiếp nhận vào buổi sáng.")


@pytest.fixture
def desk(store):
    create_user(store, LAN.username, LAN.full_name, "mat-khau-quay-1")
    return Desk(store, lambda: local(2026, 12, 3, 9, 40))


def _taken(desk, **overrides):
    data = {"name": "Trần Văn Bình", "phone": "0912345678", "email": "binh@example.vn",
            "content": CONTENT, "procedure_code": "1.001612",
            "dossier_code": f"{AGENCY}-261201-3004", **overrides}
    return desk.feedback.take_in(data, LAN).value


def test_the_acknowledgement_reads_back_with_its_code_in_bars(desk, tmp_path):
    taken = _taken(desk)
    done = desk.feedback.print_slip(taken.code, tmp_path / "pa.pdf", LAN)
    assert done.changes.prints and done.value.copy_no == 1 and not done.value.reprint
    pdf = (tmp_path / "pa.pdf").read_bytes()
    assert page_count(pdf) == 1
    assert code128(pdf) == [taken.code]
    found = text(pdf)
    for needle in ("PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ", AGENCY_NAME.upper(),
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"Số: {taken.code}",
                   "Ông (Bà): Trần Văn Bình", "Số điện thoại: 0912345678",
                   "Email: binh@example.vn",
                   "Thủ tục hành chính: 1.001612 – Đăng ký thành lập hộ kinh doanh",
                   f"Hồ sơ: {AGENCY}-261201-3004", "phải chờ hơn hai giờ",
                   "bố trí thêm quầy tiếp nhận", "09 giờ 40 phút, ngày 03/12/2026",
                   "ngày 03 tháng 12 năm 2026", "NGƯỜI TIẾP NHẬN", "Nguyễn Thị Lan"):
        assert_nfc_contains(found, needle)
    assert "BẢN IN LẠI" not in found
    boxes, (width, height) = text_boxes(pdf)
    spec = page_spec("A4")
    assert overlaps(boxes) == []
    assert outside(boxes, (spec.left, spec.bottom, width - spec.right, height - spec.top)) == []


def test_a_reprint_is_counted_and_stamped_a_preview_is_not(desk, store, tmp_path):
    taken = _taken(desk, dossier_code=None, email=None)
    preview = desk.feedback.preview_slip(taken.code, tmp_path / "preview.pdf")
    assert preview.copy_no == 1 and "BẢN IN LẠI" not in text(
        (tmp_path / "preview.pdf").read_bytes())
    desk.feedback.print_slip(taken.code, tmp_path / "1.pdf", LAN)
    again = desk.feedback.print_slip(taken.code, tmp_path / "2.pdf", LAN, size="A5").value
    assert again.copy_no == 2 and again.reprint
    reprinted = (tmp_path / "2.pdf").read_bytes()
    assert "BẢN IN LẠI – lần 1" in text(reprinted) and code128(reprinted) == [taken.code]
    with store.read() as session:
        prints = session.execute(select(PrintRow.form, PrintRow.copy_no, PrintRow.feedback_id)
                                 .order_by(PrintRow.id)).all()
        printed = session.scalar(select(func.count()).select_from(AuditRow)
                                 .where(AuditRow.action == "feedback.slip_printed"))
    assert prints == [("PA", 1, taken.id), ("PA", 2, taken.id)] and printed == 2
    verdict = desk.audit.verify()
    assert verdict.intact, verdict.message()
    with pytest.raises(InvalidInput):
        desk.feedback.print_slip(taken.code, tmp_path / "3.pdf", LAN, size="80mm")
    with pytest.raises(FeedbackNotFound):
        desk.feedback.print_slip(f"{AGENCY}-PA-261203-1999", tmp_path / "4.pdf", LAN)
    assert not (tmp_path / "3.pdf").exists() and not (tmp_path / "4.pdf").exists()


def test_a_long_petition_runs_over_with_page_numbers(desk, tmp_path):
    long_text = "\n\n".join(f"Đoạn {i}: " + "nội dung phản ánh chi tiết " * 30
                            for i in range(1, 9))
    taken = _taken(desk, content=long_text[:4000])
    desk.feedback.print_slip(taken.code, tmp_path / "long.pdf", LAN)
    pdf = (tmp_path / "long.pdf").read_bytes()
    assert page_count(pdf) == 2 and code128(pdf) == [taken.code]
    assert f"{taken.code} – Trang 2/2" in text(pdf, 1)
    assert_nfc_contains(text(pdf, 1), "NGƯỜI PHẢN ÁNH, KIẾN NGHỊ")  # signatures kept


def test_feedback_print_at_the_command_line(tmp_path, capsys, monkeypatch):
    import io
    import json

    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = str(tmp_path / "desk")
    assert main(["--data-dir", data, "init", "--agency-code", AGENCY, "--agency-name",
                 AGENCY_NAME, "--desk", "3"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(
        {"name": "Lê Thị Cúc", "email": "cuc@example.vn", "content": "Góp ý."})))
    capsys.readouterr()
    assert main(["--data-dir", data, "feedback", "add", "-"]) == 0
    code = capsys.readouterr().out.strip()
    out = tmp_path / "pa.pdf"
    assert main(["--data-dir", data, "feedback", "print", code, "-o", str(out), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == {"path": str(out), "code": code, "copy_no": 1, "reprint": False}
    assert code128(out.read_bytes()) == [code]
    assert main(["--data-dir", data, "feedback", "print", code, "-o", str(tmp_path)]) == 2
