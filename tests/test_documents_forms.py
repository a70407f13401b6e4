"""The pure renderers: every form, every size, read back from the PDF itself."""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from onestop_desktop.documents import (
    FormContext,
    LedgerEntry,
    render_form,
    render_ledger,
    template_in_force,
)
from onestop_desktop.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, missing_glyphs
from onestop_desktop.documents.layout import band_heights, page_spec
from onestop_desktop.documents.templates import VERSIONS_FILE, load_versions, parse_versions
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.domain.config import DeskConfig
from onestop_desktop.domain.dossier import (
    Applicant,
    Channel,
    Delivery,
    DeliveryMethod,
    Dossier,
    Submitter,
)
from onestop_desktop.domain.forms import FORM_NAMES
from onestop_desktop.domain.ledger import Handover
from onestop_desktop.domain.procedure import DocumentSpec, Fee
from onestop_desktop.domain.returns import Timing
from onestop_desktop.domain.status import Status
from onestop_desktop.resources import resource_path
from tests.test_documents_pdfcheck import (
    assert_nfc_contains,
    code128,
    decode,
    hits,
    outside,
    overlaps,
    page_count,
    text,
    text_boxes,
)

CODE = "000.00.01.H22-261130-1001"
URL = "https://dichvucong.example.gov.vn/tra-cuu?ma={code}"
PROCEDURE = "Đăng ký thành lập hộ kinh doanh"
VIETNAMESE = ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")
VIETNAMESE += VIETNAMESE.lower()


def config(url: str = URL) -> DeskConfig:
    return DeskConfig("000.00.01.H22", "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa", 1,
                      parent_name="UBND tỉnh Thanh Hóa", place_name="Thanh Hóa",
                      center_address="Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
                      lookup_url_template=url)


def dossier(name: str = "Đặng Thị Ngọc Hường",
            address: str = "Số 5 Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
            documents: int = 3, code: str = CODE) -> Dossier:
    return Dossier(
        code=code, procedure_code="1.001612", procedure_name=PROCEDURE,
        field_name="Thành lập và hoạt động của hộ kinh doanh",
        lead_agency="Phòng Tài chính – Kế hoạch",
        applicant=Applicant(name, "038190012345", "0912345678", address,
                            email="huong@example.vn"),
        documents=[DocumentSpec(f"Giấy tờ số {i}: bản kê khai thông tin ữ ỹ ẩ", 1, i % 2, 1)
                   for i in range(1, documents + 1)],
        fees=[Fee("Lệ phí đăng ký hộ kinh doanh", 100_000)], sets=1, channel=Channel.DIRECT,
        received_at=datetime(2026, 11, 30, 9, 15, tzinfo=LOCAL_TZ),
        due_at=datetime(2026, 12, 3, 11, 30, tzinfo=LOCAL_TZ), status=Status(2),
        time_limit_text="3 ngày làm việc", received_by="Nguyễn Văn Ẩn")


DETAILS = {
    "01": {},
    "02": {"missing": [{"name": "Bản sao Giấy khai sinh", "original": 0, "certified": 1,
                        "photo": 0}], "reason": "Thiếu giấy tờ chứng minh nơi cư trú",
           "officer_name": "Lê Thị Ẩn", "officer_phone": "0237 3850 111",
           "guide_url": "https://dichvucong.example.gov.vn/thu-tuc/1.001612"},
    "03": {"reason": "Hồ sơ không thuộc thẩm quyền giải quyết"},
    "04": {"reason": "Cần xác minh thêm", "new_due_at": "2026-12-10T16:00:00+07:00"},
    "05": {"reason": "Người nộp rút hồ sơ"},
    "06": {},
}


def render(form: str, size: str = "A4", d: Dossier | None = None, copy_no: int = 1,
           cfg: DeskConfig | None = None, details: dict | None = None) -> bytes:
    d = d or dossier()
    ctx = FormContext(d, cfg or config(), template_in_force(form, date(2026, 11, 30)),
                      datetime(2026, 11, 30, 10, 0, tzinfo=LOCAL_TZ), size, copy_no,
                      DETAILS[form] if details is None else details)
    return render_form(ctx)


def content_area(size: str, wide: bool = False, page_height: float | None = None):
    spec = page_spec(size, wide=wide)
    height = page_height or spec.height
    return (spec.left, spec.bottom, spec.width - spec.right, height - spec.top)


def assert_clean_layout(pdf: bytes, size: str, *, wide: bool = False) -> None:
    """On every page: no text over text, nothing past the margins, no text on the bars."""
    for page in range(page_count(pdf)):
        boxes, (_, height) = text_boxes(pdf, page)
        assert boxes
        assert overlaps(boxes) == [], f"page {page + 1}"
        assert outside(boxes, content_area(size, wide, height)) == [], f"page {page + 1}"
        for found in decode(pdf, page):
            assert hits(boxes, found.box) == [], f"text drawn over the {found.format}"


def test_the_font_covers_vietnamese_in_every_face():
    for face in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        assert missing_glyphs(VIETNAMESE + "Đđ–…", face) == set()


def test_fonts_are_embedded_as_subsets():
    reader = PdfReader(io.BytesIO(render("01")))
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for base, font in fonts.items():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
            if "/DescendantFonts" in font else font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), f"{base} not embedded"
        assert "+" in base and "LiberationSerif" in base, base  # subset tag XXXXXX+Name


@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_receipt_barcode_scans_at_150_and_300_dpi(size):
    pdf = render("01", size)
    assert page_count(pdf) == 1
    for dpi in (150, 300):
        found = decode(pdf, dpi=dpi)
        assert [f.text for f in found if f.format == "Code128"] == [CODE], (size, dpi)
        assert [f.text for f in found if f.format == "QRCode"] == [URL.format(code=CODE)]


@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_receipt_text_keeps_every_diacritic(size):
    d = dossier(name="Nguyễn Văn Ẩn")
    pdf = render("01", size, d)
    content = text(pdf)
    for needle in (d.applicant.name, d.applicant.address, PROCEDURE, CODE,
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                   "Thanh Hóa, ngày 30 tháng 11 năm 2026",
                   "Bản chứng thực", "09 giờ 15 phút, ngày 30/11/2026",
                   "11 giờ 30 phút, ngày 03/12/2026", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                   "Mẫu số 01 – Thông tư số 03/2025/TT-VPCP", "100.000"):
        assert_nfc_contains(content, needle)
    assert "BẢN IN LẠI" not in content


@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_receipt_layout_is_clean(size):
    assert_clean_layout(render("01", size), size)


@pytest.mark.parametrize("form", ["02", "03", "04", "05", "06"])
@pytest.mark.parametrize("size", ["A4", "A5"])
def test_forms_02_to_06(form, size):
    pdf = render(form, size)
    assert code128(pdf) == [CODE]
    content = text(pdf)
    template = template_in_force(form, date(2026, 11, 30))
    assert_nfc_contains(content, template.title)
    assert_nfc_contains(content, "Đặng Thị Ngọc Hường")
    assert_nfc_contains(content, PROCEDURE)
    for value in DETAILS[form].values():
        if isinstance(value, str) and not value.startswith("2026"):
            assert_nfc_contains(content, value)
    assert_clean_layout(pdf, size)


def test_form_specific_content():
    assert_nfc_contains(text(render("02")), "Bản sao Giấy khai sinh")
    assert_nfc_contains(text(render("02")), "NGƯỜI HƯỚNG DẪN")
    assert_nfc_contains(text(render("04")), "16 giờ 00 phút, ngày 10/12/2026")
    assert_nfc_contains(text(render("06")), "Phòng Tài chính – Kế hoạch")


def test_forms_02_to_06_also_fit_roll_paper():
    for form in ("02", "03", "04", "05", "06"):
        pdf = render(form, "80mm")
        assert page_count(pdf) == 1
        assert code128(pdf) == [CODE]
        assert_clean_layout(pdf, "80mm")


def test_long_names_addresses_and_25_documents_flow_onto_a_second_page():
    name = "Công ty trách nhiệm hữu hạn thương mại dịch vụ xuất nhập khẩu Đặng Thị Ngọc Hường " \
           "và các cộng sự Nguyễn Văn Ẩn"
    address = ("Số 1234, ngách 56/78, ngõ 910 đường Nguyễn Chí Thanh, tổ dân phố số 15, "
               "phường Hạc Thành, tỉnh Thanh Hóa, Việt Nam (gần chợ Điện Biên, đối diện "
               "trường Trung học phổ thông chuyên Lam Sơn)")
    d = dossier(name=name, address=address, documents=25)
    for size in ("A4", "A5"):
        pdf = render("01", size, d)
        pages = page_count(pdf)
        assert pages >= 2
        assert_clean_layout(pdf, size)
        content = text(pdf)
        assert_nfc_contains(content, name)
        assert_nfc_contains(content, address)
        for doc in d.documents:
            assert_nfc_contains(content, doc.name)
        # The table's headings repeat on the page it runs onto, and pages are numbered.
        assert "Tên giấy tờ" in text(pdf, 1)
        assert f"{CODE} – Trang 2/{pages}" in text(pdf, 1)
    roll = render("01", "80mm", d)
    assert page_count(roll) == 1  # roll paper grows instead
    assert_clean_layout(roll, "80mm")


@pytest.mark.parametrize("size", ["A4", "80mm"])
def test_a_reprint_says_so_without_overlapping_the_form(size):
    pdf = render("01", size, copy_no=3)
    assert_nfc_contains(text(pdf, 0), "BẢN IN LẠI – lần 2")
    assert code128(pdf) == [CODE]
    assert_clean_layout(pdf, size)
    head, _ = band_heights(page_spec(size), True)
    assert head > 0


def test_no_qr_code_without_a_lookup_address():
    found = decode(render("01", cfg=config(url="")))
    assert [f.format for f in found] == ["Code128"]


def test_an_organisation_is_addressed_as_such():
    d = dossier(name="Công ty TNHH Ánh Dương")
    d = replace(d, applicant=replace(d.applicant, kind=d.applicant.kind.ORGANISATION,
                                     id_number="2801234567"))
    content = text(render("01", d=d))
    assert_nfc_contains(content, "Tổ chức: Công ty TNHH Ánh Dương")
    assert_nfc_contains(content, "Mã số thuế: 2801234567")


@pytest.mark.parametrize("form", ["01", "02", "03", "04", "05"])
def test_the_id_label_names_no_cmnd_and_a_foreigner_gets_the_nationality(form):
    content = text(render(form))
    if form in ("01", "02", "03"):  # the forms with the applicant block
        assert_nfc_contains(content, "Số định danh cá nhân/Thẻ căn cước/Hộ chiếu: 038190012345")
    assert "CMND" not in unicodedata.normalize("NFC", content)
    d = dossier(name="Kim Min-jun")
    d = replace(d, applicant=replace(d.applicant, id_number="M12345678", nationality="KOR"))
    content = unicodedata.normalize("NFC", text(render(form, d=d)))
    if form in ("01", "02", "03"):
        assert ("Số định danh cá nhân/Thẻ căn cước/Hộ chiếu: M12345678 "
                "(Quốc tịch: South Korea (KOR))") in " ".join(content.split())
    # A Vietnamese applicant's nationality is not printed.
    vietnamese = replace(dossier(), applicant=replace(dossier().applicant, nationality="VNM"))
    assert "Quốc tịch" not in unicodedata.normalize("NFC", text(render(form, d=vietnamese)))


def test_templates_change_on_the_circulars_effective_date():
    """The versions are data: Circular 03/2025's forms from its effective date on, Circular
    01/2018's the day before (a receipt of 14/9/2025 is reprinted on the old form)."""
    versions = load_versions()
    tt03 = next(t for t in versions if t.version == "TT03-2025")
    assert (tt03.circular, tt03.effective) == ("Thông tư số 03/2025/TT-VPCP", date(2025, 9, 15))
    for form in ("01", "04", "07"):
        assert template_in_force(form, date(2025, 9, 14)).version == "TT01-2018"
        assert template_in_force(form, date(2025, 9, 15)).version == "TT03-2025"
    old = FormContext(dossier(), config(), template_in_force("04", date(2025, 9, 14)),
                      datetime(2025, 9, 14, 8, 0, tzinfo=LOCAL_TZ), "A4", 1, DETAILS["04"])
    content = text(render_form(old))
    assert_nfc_contains(content, "Mẫu số 05 – Thông tư số 01/2018/TT-VPCP")
    assert_nfc_contains(content, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
    new = replace(old, template=template_in_force("04", date(2025, 9, 15)))
    content = text(render_form(new))
    assert_nfc_contains(content, "Mẫu số 04 – Thông tư số 03/2025/TT-VPCP")
    assert "PHIẾU XIN LỖI" not in content


def test_a_new_circular_in_the_data_takes_over_on_its_own_date():
    data = json.loads(resource_path(*VERSIONS_FILE).read_text("utf-8"))
    amended = json.loads(json.dumps(data["versions"][-1]))
    amended.update(version="TT09-2027", circular="Thông tư số 09/2027/TT-VPCP",
                   effective="2027-01-01")
    amended["forms"]["01"]["title"] = "GIẤY TIẾP NHẬN HỒ SƠ (MẪU MỚI)"
    versions = parse_versions({"versions": [*data["versions"], amended]})
    assert template_in_force("01", date(2026, 12, 31), versions).version == "TT03-2025"
    chosen = template_in_force("01", date(2027, 1, 1), versions)
    assert (chosen.version, chosen.title) == ("TT09-2027", "GIẤY TIẾP NHẬN HỒ SƠ (MẪU MỚI)")
    assert chosen.legal_ref == "Mẫu số 01 – Thông tư số 09/2027/TT-VPCP"
    # A damaged file fails loudly rather than printing some other version.
    del amended["forms"]["05"]
    with pytest.raises(ValueError, match="05"):
        parse_versions({"versions": [amended]})
    with pytest.raises(ValueError, match="repeats"):
        parse_versions({"versions": [data["versions"][-1], data["versions"][-1]]})


def test_form_04_is_titled_as_the_circular_titles_it():
    title = "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"  # DOMAIN.md
    assert template_in_force("04", date(2026, 11, 30)).title == title.upper()
    assert FORM_NAMES["04"] == title
    for size in ("A4", "A5", "80mm"):
        content = text(render("04", size))
        assert_nfc_contains(content, title.upper())
        assert f"{title.upper()} HỒ SƠ" not in content


def ledger_entry(d: Dossier, number: int, **more) -> LedgerEntry:
    return LedgerEntry(number, d.code, d.procedure_name, d.sets, d.applicant.name,
                       d.applicant.address, d.applicant.phone, d.lead_agency, d.received_at,
                       d.due_at, d.status, **more)


def test_ledger_runs_over_pages_with_repeated_headings():
    entries = [ledger_entry(dossier(code=f"000.00.01.H22-2611{10 + i // 40:02d}-{1001 + i}",
                                    name=f"Nguyễn Văn Ẩn {i}"), 100 + i,
                            returned_at=datetime(2026, 12, 1, 9, 0, tzinfo=LOCAL_TZ)
                            if i % 3 == 0 else None,
                            recipient="Đặng Thị Ngọc Hường" if i % 3 == 0 else "")
               for i in range(45)]
    template = template_in_force("07", date(2026, 12, 1))
    pdf = render_ledger(entries, config(), template, date(2026, 11, 1), date(2026, 11, 30),
                        printed_at=datetime(2026, 12, 1, 8, 0, tzinfo=LOCAL_TZ))
    pages = page_count(pdf)
    assert pages >= 3
    for page in range(pages):
        content = text(pdf, page)
        assert "Mã hồ sơ" in content and "Hẹn trả kết quả" in content
        assert f"Trang {page + 1}/{pages}" in content
    everything = text(pdf)
    for entry in entries:
        agency, _, rest = entry.code.partition("-")
        # The row's number in the year's book stands before its code.
        assert f"{entry.number} {agency}- {rest}" in everything
        assert_nfc_contains(everything, entry.applicant_name)
    assert "Tổng số: 45 hồ sơ" in everything
    assert_nfc_contains(everything, "Quyển số: 01/2026")
    assert_clean_layout(pdf, "A4", wide=True)
    assert unicodedata.is_normalized("NFC", everything)


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_ledger_says_where_each_dossier_stands_and_who_handed_it_on(size):
    printed = datetime(2026, 12, 8, 8, 0, tzinfo=LOCAL_TZ)  # after the appointment of 03/12
    handovers = (Handover("Bộ phận Một cửa", "Phòng Tài chính – Kế hoạch",
                          "2026-12-01T08:30:00+07:00"),
                 Handover("Phòng Tài chính – Kế hoạch", "UBND xã Đông Sơn", "sáng 02/12"),
                 Handover("", "Chi cục Thuế", ""))
    d = dossier()
    entries = [  # numbers as deep in a year's book as a busy desk goes
        ledger_entry(d, 12_345, handovers=handovers),
        ledger_entry(replace(d, code=CODE[:-1] + "2", status=Status.RETURNED), 12_346,
                     returned_at=datetime(2026, 12, 3, 10, 0, tzinfo=LOCAL_TZ),
                     recipient="Trần Văn Bình", timing=Timing.ON_TIME),
        ledger_entry(replace(d, code=CODE[:-1] + "3", status=Status.SUPPLEMENT_REQUESTED), 12_347,
                     note="Chờ bản sao sổ đỏ"),
        ledger_entry(replace(d, code=CODE[:-1] + "4", status=Status.NOT_ACCEPTED), 12_348),
    ]
    pdf = render_ledger(entries, config(), template_in_force("07", printed.date()),
                        date(2026, 11, 30), date(2026, 11, 30), size=size, printed_at=printed)
    content = text(pdf)
    for needle in ("08:30 01/12/2026: Bộ phận Một cửa → Phòng Tài chính – Kế hoạch",
                   "sáng 02/12: Phòng Tài chính – Kế hoạch → UBND xã Đông Sơn",
                   "… → Chi cục Thuế",
                   "Được tiếp nhận, quá hạn", "Đã trả kết quả (đúng hạn)",
                   "Yêu cầu bổ sung giấy tờ", "Chờ bản sao sổ đỏ",
                   "Không được tiếp nhận", "Trần Văn Bình"):
        assert_nfc_contains(content, needle)
    assert "Không được tiếp nhận, quá hạn" not in content  # closed: never overdue
    assert "Yêu cầu bổ sung giấy tờ, quá hạn" not in content  # waiting: its clock stops
    for n in range(12_345, 12_349):
        assert f"{n} 000.00.01.H22-" in content
    assert_clean_layout(pdf, size, wide=True)


def test_dates_are_written_as_administrative_documents_write_them():
    from onestop_desktop.documents.blocks import clock_text, place_date

    assert place_date("Thanh Hóa", datetime(2027, 2, 5, 9, 0, tzinfo=LOCAL_TZ)) == \
        "Thanh Hóa, ngày 05 tháng 02 năm 2027"
    assert place_date("", datetime(2026, 3, 15, 9, 0, tzinfo=LOCAL_TZ)) == \
        "ngày 15 tháng 3 năm 2026"
    assert clock_text(datetime(2026, 3, 5, 1, 30, tzinfo=LOCAL_TZ).astimezone()) == \
        "01 giờ 30 phút, ngày 05/03/2026"


# --- details: what the officer types in, checked before the first print ---------------

def problems_of(form: str, details: dict, d: Dossier | None = None) -> dict[str, str]:
    from onestop_desktop.domain.errors import ValidationFailed
    from onestop_desktop.domain.form_details import normalise_details

    with pytest.raises(ValidationFailed) as failed:
        normalise_details(form, details, *([] if d is None else [d]))
    return {p.field: p.message for p in failed.value.problems}


def test_a_missing_paper_must_be_asked_for_in_at_least_one_copy():
    from onestop_desktop.domain.form_details import normalise_details

    found = problems_of("02", {"reason": "Thiếu", "missing": [
        {"name": "Tờ khai", "original": 0, "certified": 0, "photo": 0},
        {"name": "Sổ hộ khẩu"},
        {"name": 12, "original": 1},
        {"name": "Bản vẽ", "photo": "2"},
        {"name": "Giấy phép", "certified": 1}]})
    assert set(found) == {"missing[0]", "missing[1]", "missing[2]", "missing[3]"}
    assert "ít nhất một bản" in found["missing[0]"] and "Tờ khai" in found["missing[0]"]
    ok = normalise_details("02", {"reason": "Thiếu", "missing": [
        {"name": "Giấy phép", "certified": 1}]})
    assert ok["missing"] == [{"name": "Giấy phép", "original": 0, "certified": 1, "photo": 0}]


def test_control_slip_handover_time_and_result_are_checked():
    from onestop_desktop.domain.form_details import normalise_details

    clean = normalise_details("06", {"handovers": [
        {"from": "Một cửa", "to": "Phòng Tài chính", "at": "2026-12-01T08:30",
         "result": " đúng  hạn ", "note": ""},
        {"to": "UBND xã", "at": "2026-12-01T02:00:00+00:00", "result": "QUÁ HẠN"},
        {"to": "Chi cục Thuế"}]}, dossier())
    assert [h["at"] for h in clean["handovers"]] == [
        "2026-12-01T08:30:00+07:00", "2026-12-01T09:00:00+07:00", ""]
    assert [h["result"] for h in clean["handovers"]] == ["Đúng hạn", "Quá hạn", ""]

    found = problems_of("06", {"handovers": [
        {"to": "A", "at": "hôm qua"},
        {"to": "B", "at": "0001-01-01T00:00"},
        {"to": "C", "at": 20261201},
        {"to": "D", "at": "2026-11-29T08:00"},  # before the dossier was received
        {"to": "E", "result": "Tốt"},
        {"to": "F", "result": 1},
        {"to": {"name": "G"}},
        {"from": "Một cửa"},
        "H"]}, dossier())
    assert set(found) == {"handovers[0].at", "handovers[1].at", "handovers[2].at",
                          "handovers[3].at", "handovers[4].result", "handovers[5].result",
                          "handovers[6].to", "handovers[7]", "handovers[8]"}
    assert "ISO 8601" in found["handovers[0].at"]
    assert "2000–2100" in found["handovers[1].at"]
    assert "trước ngày tiếp nhận" in found["handovers[3].at"]
    assert "Trước hạn, Đúng hạn, Quá hạn" in found["handovers[4].result"]
    assert "chuỗi" in found["handovers[5].result"]


def test_an_apology_needs_a_new_date_after_the_current_one():
    from onestop_desktop.domain.form_details import normalise_details

    d = dossier()  # due 03/12/2026 11:30
    for bad, needle in [("0001-01-01T00:00", "2000–2100"), ("9999-12-31", "2000–2100"),
                        (20261210, "ISO 8601"), ("2026-12-03T11:30", "11:30 ngày 03/12/2026"),
                        ("2026-12-01T10:00+07:00", "phải sau")]:
        found = problems_of("04", {"reason": "Chậm", "new_due_at": bad}, d)
        assert needle in found["new_due_at"], bad
    ok = normalise_details("04", {"reason": "Chậm", "new_due_at": "2026-12-10T09:00:00Z"}, d)
    assert ok["new_due_at"] == "2026-12-10T16:00:00+07:00"


def test_control_slip_writes_handover_times_as_forms_do():
    pdf = render("06", details={"handovers": [
        {"from": "Một cửa", "to": "Phòng Tài chính – Kế hoạch",
         "at": "2026-12-01T08:30:00+07:00", "result": "Đúng hạn", "note": ""},
        {"from": "Phòng Tài chính – Kế hoạch", "to": "UBND", "at": "sáng 02/12",
         "result": "", "note": ""}]})  # free text, as older prints stored it
    content = text(pdf)
    assert_nfc_contains(content, "08 giờ 30 phút, ngày 01/12/2026")
    assert_nfc_contains(content, "sáng 02/12")
    assert_nfc_contains(content, "Đúng hạn")


@pytest.mark.parametrize("filled", [0, 1, 2, 3])
def test_control_slip_with_a_few_handovers_fits_one_a4_page(filled):
    handovers = [{"from": f"Nơi {i}", "to": f"Nơi {i + 1}", "at": "2026-12-01T08:30:00+07:00",
                  "result": "Đúng hạn", "note": ""} for i in range(filled)]
    pdf = render("06", "A4", details={"handovers": handovers})
    assert page_count(pdf) == 1
    content = text(pdf)
    assert "Trả kết quả cho người nộp hồ sơ" in content
    assert f"{max(filled, 1) + 1}. Giao: …" in content  # a row is left to fill by hand


def test_an_empty_officer_name_is_left_blank_not_replaced():
    pdf = render("03", details={"reason": "Không thuộc thẩm quyền", "officer_name": ""})
    assert "Nguyễn Văn Ẩn" not in text(pdf)  # the dossier's received_by
    assert "Nguyễn Văn Ẩn" in text(render("03"))  # no key at all: the receiving officer


def test_control_characters_in_form_details_are_refused_naming_the_field():
    found = problems_of("02", {"reason": "Thiếu\x00 giấy", "officer_name": "Lan\x1b",
                               "missing": [{"name": "Đơn\ud800", "original": 1}]})
    assert found == {"reason": "Lý do chứa ký tự điều khiển (U+0000).",
                     "officer_name": "Tên cán bộ chứa ký tự điều khiển (U+001B).",
                     "missing[0]": "Tên giấy tờ chứa ký tự không hợp lệ (U+D800)."}
    found = problems_of("06", {"handovers": [{"to": "Phòng\x07 TC", "note": 5}]})
    assert found == {"handovers[0].to": "Nơi nhận chứa ký tự điều khiển (U+0007).",
                     "handovers[0].note": "Ghi chú phải là chuỗi ký tự."}


def test_the_one_who_submits_signs_and_the_owner_follows():
    """Forms 01–03 name the person at the counter (who signs); the owner follows as
    "Chủ hồ sơ". Form 01's item 6 says where the result goes back."""
    d = replace(dossier(), submitter=Submitter("Trần Văn Bình", "038090054321", "0987111222"),
                delivery=Delivery(DeliveryMethod.POST, "Số 9 Trần Phú, phường Hạc Thành"))
    for form in ("01", "02", "03"):
        content = text(render(form, d=d))
        assert_nfc_contains(content, "Ông (Bà): Trần Văn Bình (người được ủy quyền)")
        assert_nfc_contains(content, "Chủ hồ sơ – Ông (Bà): Đặng Thị Ngọc Hường")
        assert_nfc_contains(content, "Số định danh cá nhân/Thẻ căn cước/Hộ chiếu: 038090054321")
        assert "CMND" not in content
    receipt = text(render("01", d=d))
    assert_nfc_contains(receipt, "Đăng ký nhận kết quả tại: Qua dịch vụ bưu chính công ích, "
                                 "địa chỉ nhận: Số 9 Trần Phú, phường Hạc Thành")
    # The signature block under NGƯỜI NỘP HỒ SƠ names the submitter, not the owner.
    tail = receipt[receipt.index("NGƯỜI NỘP HỒ SƠ"):]
    assert_nfc_contains(tail, "Trần Văn Bình")
    plain = text(render("01", d=dossier()))
    assert_nfc_contains(plain, "Đăng ký nhận kết quả tại: Bộ phận Một cửa")
    assert "Chủ hồ sơ" not in plain


# --- form 01's code label and ledger line; signatures kept with the text -------------

@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_form_01_labels_the_dossier_code_ma_ho_so(size):
    content = text(render("01", size))
    assert f"Mã hồ sơ: {CODE}" in content
    assert f"Số: {CODE}" not in content


@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_form_01_says_where_the_dossier_stands_in_the_ledger(size):
    content = text(render("01", size, details={"ledger": {"book": "01/2026", "number": 4512}}))
    assert_nfc_contains(content, "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 4512.")
    # Not known (a form rendered outside the store): blanks for the officer's pen.
    content = text(render("01", size, details={}))
    assert_nfc_contains(content, "Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: ……")


SIGNERS = {"01": ("NGƯỜI NỘP HỒ SƠ", "Khi đến nhận kết quả"),
           "02": ("NGƯỜI NỘP HỒ SƠ", "Trong quá trình hoàn thiện hồ sơ")}


def signature_page(pdf: bytes, title: str) -> tuple[int, str]:
    """(page, the text on that page before the signature block's first title)."""
    for page in range(page_count(pdf)):
        content = unicodedata.normalize("NFC", text(pdf, page))
        if title in content:
            return page, content[:content.index(title)]
    raise AssertionError(f"{title} printed nowhere")


@pytest.mark.parametrize("form", ["01", "02"])
@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_signatures_never_stand_alone_on_a_page(form, size):
    """At every length of checklist from one line to three pages, so that a page break
    falls at every point near the end: the page with the signatures also holds the
    form's last lines of text (and never only its page mark)."""
    title, last_text = SIGNERS[form]
    breaks = 0
    for n in range(1, 46 if size != "80mm" else 8):
        d = dossier(documents=n if form == "01" else 1)
        details = None if form == "01" else {
            **DETAILS["02"], "missing": [{"name": f"Giấy tờ cần bổ sung số {i}", "original": 1,
                                          "certified": 0, "photo": 0} for i in range(n)]}
        pdf = render(form, size, d, details=details)
        page, before = signature_page(pdf, title)
        breaks += page > 0
        assert last_text in before, (form, size, n, page)
    if size != "80mm":
        assert breaks > 10  # the lengths did push the signatures over page breaks


@pytest.mark.parametrize("size", ["A4", "A5", "80mm"])
def test_receipt_prints_the_personal_data_notice_and_still_fits(size):
    """Form 01 says what the citizen's data is for, in one line of small print at the foot
    of a cut sheet (still one page), at the end of roll paper; nothing overlaps."""
    from onestop_desktop.domain.privacy import privacy_notice

    notice = privacy_notice().receipt
    pdf = render("01", size)
    assert_nfc_contains(" ".join(text(pdf).split()), notice)
    if size != "80mm":
        assert page_count(pdf) == 1
        boxes, _ = text_boxes(pdf, 0)
        line = [box for box, run in boxes if run.strip() and run.strip() in notice]
        assert len({round(box[1]) for box in line}) == 1  # one line
        assert min(box[3] - box[1] for box in line) >= 5.0  # printed large enough to read
    assert_clean_layout(pdf, size)


def test_a_receipt_over_two_pages_has_the_notice_beside_the_page_number():
    from onestop_desktop.domain.privacy import privacy_notice

    d = dossier(documents=25)
    pdf = render("01", "A5", d)
    assert page_count(pdf) == 2
    assert_nfc_contains(" ".join(text(pdf).split()), privacy_notice().receipt)
    assert_clean_layout(pdf, "A5")
