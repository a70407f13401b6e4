"""The national portal's (DVCQG) record of three dossiers taken in at a real desk, pushed
to the real central server on loopback: field by field from GET /v1/dossiers/{code},
then `onestop-central export dvcqg` run as a command and its file checked against the
schema kept in the repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from onestop_central import portal_schema, service
from onestop_desktop.domain.status import Status
from onestop_desktop.services.dossier_actions import change_status
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.returns import ReturnRequest, return_result
from onestop_desktop.sync import protocol as p
from tests.central.payloads import created_event, dossier_payload, push
from tests.conftest import AGENCY, local, sample_request
from tests.sync.desks import engine, make_desk, outbox_states

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "onestop_central" / "schemas" / "dvcqg_hoso.schema.json"


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    monkeypatch.setenv("ONESTOP_NO_KEYRING", "1")


def export(db_url: str, *args: str) -> subprocess.CompletedProcess:
    """`onestop-central export dvcqg …` as an officer runs it (this checkout's code)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "onestop_central.cli", "export", "dvcqg",
                           "--db", db_url, *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=False)


def three_dossiers(tmp_path, server) -> dict[str, str]:
    """A citizen's, handed back at the desk; an organisation's, brought by a person it
    authorised, to go back by post; one sent back for papers, which arrived later."""
    store = make_desk(tmp_path / "desk", 1)
    at_desk = IntakeService(store, clock=lambda: local(2026, 11, 30, 9, 15)).intake(
        sample_request(fees={"collect": "now", "method": "cash"}), "canbo1")
    company = sample_request(
        procedure_code="2.002040", received_at="2026-11-30T10:00:00+07:00",
        applicant={"name": "Công ty TNHH Ánh Dương", "id_number": "0100109106",
                   "phone": "024 3825 1234", "address": "Số 1 Tràng Tiền, Hà Nội",
                   "email": "lienhe@anhduong.vn", "kind": "organisation"},
        submitter={"name": "Lê Văn Bình", "id_number": "038095001234",
                   "phone": "0987654321", "authorised": True},
        delivery={"method": "post", "address": "Số 1 Tràng Tiền, Hà Nội"},
        note="Nộp thay theo giấy ủy quyền số 12/UQ")
    by_post = IntakeService(store, clock=lambda: local(2026, 11, 30, 10, 0)).intake(
        company, "canbo1")
    waiting = IntakeService(store, clock=lambda: local(2026, 11, 30, 9, 0)).intake(
        sample_request(received_at="2026-11-30T09:00:00+07:00", status=5,
                       note="Thiếu bản sao giấy tờ pháp lý của chủ hộ kinh doanh",
                       fees={"collect": "exempt", "reason": "Hộ nghèo theo quyết định "
                                                         "số 15/QĐ-UBND"}), "canbo2")
    change_status(store, waiting.code, Status.RECEIVED, actor="canbo2",
                  now=local(2026, 12, 8, 14, 0))
    token = server.add_device("Quầy 1", AGENCY, 1)
    sync = engine(store, server.url, token)
    assert sync.run_once().clean
    with server.db.transaction() as session:  # the lead agencies' back offices
        service.set_status(session, at_desk.code, 4, actor="ubnd-xa",
                           note="Chuyển bộ phận chuyên môn", now=local(2026, 12, 1, 8, 0))
        service.set_status(session, at_desk.code, 9, actor="ubnd-xa",
                           now=local(2026, 12, 2, 15, 0))
        service.set_status(session, by_post.code, 4, actor="so-tai-chinh",
                           now=local(2026, 12, 1, 9, 0))
    assert sync.run_once().clean  # the desk learns the result is ready
    return_result(store, ReturnRequest(at_desk.code), actor="canbo1",
                  now=local(2026, 12, 3, 9, 0))
    assert sync.run_once().clean
    assert outbox_states(store) == {"acked": 7}
    store.close()
    return {"desk": at_desk.code, "post": by_post.code, "supplement": waiting.code}


def test_three_dossiers_map_field_by_field_and_export_valid(tmp_path, live_server):
    codes = three_dossiers(tmp_path, live_server)
    token = live_server.add_device("Tra cứu", AGENCY, 2)
    with live_server.client(token) as client:
        shown = {kind: client.get(f"/v1/dossiers/{code}").json()["dossier"]
                 for kind, code in codes.items()}

    desk = shown["desk"]
    assert {k: desk[k] for k in (
        "MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien", "ChuHoSo",
        "SoGiayToChuHoSo", "LoaiDoiTuong", "MaDoiTuong", "SoDienThoai", "Email",
        "TrichYeuHoSo", "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo",
        "NgayKetThucXuLy", "DonViXuLy", "NgayTra", "ThongTinTra", "HinhThuc", "NgayTuChoi",
        "GhiChu", "NoiNopHoSo", "HoSoCoThanhPhanSoHoa", "DuocThanhToanTrucTuyen",
        "TaiKhoanDuocXacThucVoiVNeID", "DinhDanhCHS")} == {
        "MaHoSo": codes["desk"], "MaTTHC": "1.001612",
        "TenTTHC": "Đăng ký thành lập hộ kinh doanh",
        "MaLinhVuc": "MAU-HOKINHDOANH",  # the field's code, not its name
        "TenLinhVuc": "Thành lập và hoạt động của hộ kinh doanh",
        "KenhThucHien": 1,  # the channel: in person
        "ChuHoSo": "Đặng Thị Ngọc Hường", "SoGiayToChuHoSo": "038190012345",
        "LoaiDoiTuong": 1, "MaDoiTuong": "038190012345", "SoDienThoai": "0912345678",
        "Email": "", "TrichYeuHoSo": "Đăng ký thành lập hộ kinh doanh - Đặng Thị Ngọc Hường",
        "NgayNopHoSo": "20261130091500", "NgayTiepNhan": "20261130091500",
        "NgayHenTra": "20261203113000", "TrangThaiHoSo": 10,
        "NgayKetThucXuLy": "20261202150000", "DonViXuLy": "Ủy ban nhân dân cấp xã",
        "NgayTra": "20261203090000",
        "ThongTinTra": "Trả tại Bộ phận Một cửa cho Đặng Thị Ngọc Hường",
        "HinhThuc": 0,  # the result goes back at the desk
        "NgayTuChoi": None, "GhiChu": "", "NoiNopHoSo": AGENCY, "HoSoCoThanhPhanSoHoa": 0,
        "DuocThanhToanTrucTuyen": 0, "TaiKhoanDuocXacThucVoiVNeID": 0,
        "DinhDanhCHS": [{"LoaiDinhDanh": 1, "SoDinhDanh": "038190012345"}]}
    assert [d["TenTepDinhKem"] for d in desk["TaiLieuNop"]][:2] == [
        "Giấy đề nghị đăng ký hộ kinh doanh",
        "Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh"]
    assert desk["DanhSachLePhi"] == [{"TenPhiLePhi": "Lệ phí đăng ký hộ kinh doanh",
                                      "MaPhiLePhi": "", "HinhThucThu": 1, "Gia": 100_000,
                                      "LoaiPhiLePhi": 2}]  # lệ phí, paid in cash at intake
    assert desk["DanhSachHoSoBoSung"] == [] and desk["DanhSachGiayToKetQua"] == []
    assert [(s["TrangThai"], s["ThoiDiemXuLy"], s["NguoiXuLy"], s["PhongBanXuLy"],
             s["NgayKetThucTheoQuyDinh"]) for s in desk["QuaTrinhXuLy"]] == [
        (2, "20261130091500", "canbo1", "Bộ phận Một cửa", "20261203113000"),
        (4, "20261201080000", "ubnd-xa", "Ủy ban nhân dân cấp xã", "20261203113000"),
        (9, "20261202150000", "ubnd-xa", "Ủy ban nhân dân cấp xã", "20261203113000"),
        (10, "20261203090000", "canbo1", "Bộ phận Một cửa", "20261203113000")]
    assert desk["QuaTrinhXuLy"][1]["NoiDungXuLy"] == "Đang xử lý: Chuyển bộ phận chuyên môn"

    post = shown["post"]
    assert (post["MaLinhVuc"], post["TenLinhVuc"]) == ("MAU-DOANHNGHIEP",
                                                       "Thành lập và hoạt động doanh nghiệp")
    assert (post["KenhThucHien"], post["HinhThuc"]) == (1, 1)  # came in person, goes by post
    assert (post["ChuHoSo"], post["SoGiayToChuHoSo"]) == ("Công ty TNHH Ánh Dương",
                                                          "0100109106")
    assert post["LoaiDoiTuong"] == 2 and post["DinhDanhCHS"] == []  # a business: no ID
    assert post["Email"] == "lienhe@anhduong.vn" and post["DonViXuLy"] == "Sở Tài chính"
    assert (post["TrangThaiHoSo"], post["NgayKetThucXuLy"], post["NgayTra"]) == (4, None, None)
    assert post["ThongTinTra"] == "" and post["GhiChu"] == "Nộp thay theo giấy ủy quyền số 12/UQ"
    assert post["QuaTrinhXuLy"][0]["NoiDungXuLy"] == (
        "Được tiếp nhận; hồ sơ do người được ủy quyền Lê Văn Bình (038095001234) nộp")
    assert [(f["TenPhiLePhi"], f["LoaiPhiLePhi"], f["HinhThucThu"], f["Gia"])
            for f in post["DanhSachLePhi"]] == [
        ("Lệ phí đăng ký doanh nghiệp", 2, 0, 50_000),  # owed until the hand-back
        ("Phí công bố nội dung đăng ký doanh nghiệp", 1, 0, 100_000)]

    waited = shown["supplement"]
    assert waited["DanhSachHoSoBoSung"] == [{
        "MaHoSo": codes["supplement"], "NguoiYeuCauBoSung": "canbo2",
        "NoiDungBoSung": "Thiếu bản sao giấy tờ pháp lý của chủ hộ kinh doanh",
        "NgayBoSung": "20261130090000", "NguoiTiepNhanBoSung": "canbo2",
        "NgayTiepNhanBoSung": "20261208140000", "TrangThaiBoSung": 1,
        "NgayHenTraTruoc": "20261203113000", "NgayHenTraMoi": "20261211170000"}]
    assert (waited["NgayNopHoSo"], waited["NgayTiepNhan"], waited["NgayHenTra"]) == (
        "20261130090000", "20261208140000", "20261211170000")
    assert waited["TrangThaiHoSo"] == 2
    assert [f["HinhThucThu"] for f in waited["DanhSachLePhi"]] == [4]  # exempt
    assert [(s["TrangThai"], s["NgayKetThucTheoQuyDinh"], s["NoiDungXuLy"])
            for s in waited["QuaTrinhXuLy"]] == [
        (5, "20261203113000", "Yêu cầu bổ sung giấy tờ: Thiếu bản sao giấy tờ pháp lý của "
                              "chủ hộ kinh doanh"),
        (2, "20261211170000", "Được tiếp nhận")]

    out = tmp_path / "dvcqg.json"
    done = export(live_server.db_url, "--from", "2026-11-30", "--to", "2026-11-30",
                  "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "3 hồ sơ" in done.stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["from"], document["to"], document["count"]) == (
        "2026-11-30", "2026-11-30", 3)
    validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for record in document["HoSo"]:
        assert list(validator.iter_errors(record)) == []
    assert {r["MaHoSo"]: r for r in document["HoSo"]} == {r["MaHoSo"]: r
                                                          for r in shown.values()}

    later = tmp_path / "later.json"
    nothing = export(live_server.db_url, "--from", "2026-12-01", "--to", "2026-12-31",
                     "-o", str(later))
    assert nothing.returncode == 0 and json.loads(later.read_text("utf-8"))["count"] == 0


def test_a_record_missing_a_required_field_fails_the_schema():
    record = json.loads(json.dumps(_record_of(dossier_payload(1001))))
    assert portal_schema.problems(record) == []
    del record["MaLinhVuc"]
    record["HinhThuc"] = 2
    record["NgayHenTra"] = "2026-12-03"
    assert portal_schema.problems(record) == [
        f"Hồ sơ {record['MaHoSo']}: thiếu trường MaLinhVuc.",
        f"Hồ sơ {record['MaHoSo']}: trường HinhThuc phải là một trong 0, 1 (đang là 2).",
        f"Hồ sơ {record['MaHoSo']}: trường NgayHenTra sai định dạng ('2026-12-03')."]


def _record_of(payload: dict) -> dict:
    from onestop_central import portal

    return portal.portal_record(portal.DossierFacts(
        payload, 2, None, AGENCY, (portal.StatusStep(None, 2, datetime.now(UTC), "canbo1"),)))


def test_an_old_dossier_without_a_field_code_stops_the_export(tmp_path, live_server):
    """A dossier pushed before field codes were kept still parses (its channel and
    delivery read right), but the portal needs MaLinhVuc: the export names the dossier
    and the field, exits 2 and leaves the previous file as it was."""
    token = live_server.add_device("Quầy 1", AGENCY, 1)
    old = dossier_payload(1001)
    for key in ("field_code", "delivery", "submitter", "fee_plan"):
        old.pop(key)
    old["applicant"].pop("organisation_type")
    with live_server.client(token) as client:
        assert push(client, created_event(old))[0]["outcome"] == p.ACCEPTED
        record = client.get(f"/v1/dossiers/{old['code']}").json()["dossier"]
    assert (record["KenhThucHien"], record["HinhThuc"], record["MaLinhVuc"]) == (1, 0, "")
    out = tmp_path / "dvcqg.json"
    out.write_text("previous export", encoding="utf-8")
    failed = export(live_server.db_url, "--from", "2026-11-30", "--to", "2026-11-30",
                    "-o", str(out))
    assert failed.returncode == 2
    assert f"Hồ sơ {old['code']}: trường MaLinhVuc để trống." in failed.stderr
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".")] == []


@pytest.mark.parametrize(("first", "last", "why"), [
    ("30/11/2026", "2026-11-30", "--from '30/11/2026' không phải một ngày dạng YYYY-MM-DD"),
    ("2026-11-30", "2026-02-30", "--to '2026-02-30' không phải một ngày dạng YYYY-MM-DD"),
    ("2026-12-01", "2026-11-30", "--from 01/12/2026 sau --to 30/11/2026"),
])
def test_bad_dates_exit_2_and_write_nothing(tmp_path, first, last, why):
    out = tmp_path / "dvcqg.json"
    failed = export(f"sqlite:///{tmp_path / 'central.sqlite3'}", "--from", first,
                    "--to", last, "-o", str(out))
    assert failed.returncode == 2 and why in failed.stderr
    assert not out.exists()


def test_the_export_needs_a_folder_that_exists(tmp_path):
    out = tmp_path / str(uuid.uuid4()) / "dvcqg.json"
    failed = export(f"sqlite:///{tmp_path / 'central.sqlite3'}", "--from", "2026-11-30",
                    "--to", "2026-11-30", "-o", str(out))
    assert failed.returncode == 2 and "không có thư mục" in failed.stderr
