"""`fees` at the command line, through the same boundary as the window: show, collect
(or exempt), refund, the day's handover sheet (text, JSON, PDF) and the receipt series;
`return` collecting what is owed by the method given. Exit 2 and nothing written on bad
input."""

from __future__ import annotations

import json
from datetime import datetime

import pypdf
import pytest

from onestop_desktop.cli import main
from onestop_desktop.domain.calendar import LOCAL_TZ
from onestop_desktop.store.cipher import raw_connection
from tests.conftest import AGENCY, sample_request


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("ONESTOP_DATA_DIR", raising=False)
    data = tmp_path / "desk"
    assert main(["--data-dir", str(data), "init", "--agency-code", AGENCY,
                 "--agency-name", "Trung tâm Phục vụ hành chính công", "--desk", "2"]) == 0
    return data


def run(capsys, desk, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(desk), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def take_in(capsys, desk, tmp_path, **overrides) -> str:
    request = tmp_path / "intake.json"
    request.write_text(json.dumps(sample_request(received_at=None, **overrides)),
                       encoding="utf-8")
    code, out, err = run(capsys, desk, "intake", str(request))
    assert code == 0, err
    return out.strip()


def rows(desk, sql: str, *args):
    with raw_connection(desk / "onestop.sqlite3") as raw:
        return raw.execute(sql, args).fetchall()


def test_collect_refund_and_show_at_the_command_line(desk, capsys, tmp_path):
    now = take_in(capsys, desk, tmp_path, fees={"collect": "now", "method": "cash"})
    later = take_in(capsys, desk, tmp_path, fees={"collect": "at_return"})
    status, out, err = run(capsys, desk, "fees", "show", now.split("-", 1)[1], "--json")
    assert status == 0, err
    shown = json.loads(out)
    assert shown["lines"] == [{"name": "Lệ phí đăng ký hộ kinh doanh", "amount": 100_000,
                               "kind": "charge", "code": "", "state": "collected"}]
    assert shown["collections"][0]["receipt"] == {"form": "01BLP0-001", "series": "AA-26E",
                                                  "number": "0200001"}
    assert shown["owed"] == 0 and shown["collected"] == 100_000

    for bad, says in ((["fees", "collect", later], "Chọn một"),
                      (["fees", "collect", later, "--method", "cash", "--exempt"], "Chọn một"),
                      (["fees", "collect", later, "--method", "cash", "--reason", "x"],
                       "--reason chỉ dùng với --exempt"),
                      (["fees", "collect", now, "--method", "cash"], "đã thu đủ"),
                      (["fees", "collect", later, "--exempt"], "Chưa nhập lý do"),
                      (["fees", "refund", later, "--amount", "1000", "--reason", "x"],
                       "chưa thu phí, lệ phí nào"),
                      (["fees", "refund", now, "--amount", "0", "--reason", "x"], "lớn hơn 0"),
                      (["fees", "refund", now, "--amount", "100001", "--reason", "Thừa"],
                       "chỉ còn hoàn được 100.000 đ")):
        status, _out, err = run(capsys, desk, *bad)
        assert status == 2 and says in err, (bad, err)
    assert rows(desk, "SELECT count(*) FROM fee_refunds") == [(0,)]
    assert rows(desk, "SELECT count(*) FROM fee_collections") == [(1,)]

    status, out, err = run(capsys, desk, "fees", "collect", later, "--method", "transfer",
                           "--json")
    assert status == 0, err
    paid = json.loads(out)
    assert (paid["amount"], paid["method"], paid["receipt"]["number"], paid["occasion"]) == (
        100_000, "transfer", "0200002", "counter")
    assert paid["actor"].startswith("cli")
    status, out, err = run(capsys, desk, "fees", "refund", now, "--amount", "40000",
                           "--reason", "Thu thừa")
    assert status == 0, err
    assert out.strip() == (f"Đã hoàn 40.000 đ (tiền mặt) của hồ sơ {now} theo biên lai số "
                           "0200001.")
    status, out, _err = run(capsys, desk, "fees", "show", now)
    assert "Hoàn 40.000 đ theo biên lai số 0200001" in out and "Thu thừa" in out
    kinds = [k for (k,) in rows(desk, "SELECT kind FROM outbox ORDER BY rowid")]
    assert kinds == ["dossier.created", "dossier.fee_collected", "dossier.created",
                     "dossier.fee_collected", "dossier.fee_refunded"]


def test_exempt_at_the_command_line(desk, capsys, tmp_path):
    code = take_in(capsys, desk, tmp_path)  # no "fees": collected at the hand-back
    status, out, err = run(capsys, desk, "fees", "collect", code, "--exempt", "--reason",
                           "Hộ nghèo", "--json")
    assert status == 0, err
    assert json.loads(out)["plan"] == {"collect": "exempt", "method": "cash",
                                       "reason": "Hộ nghèo"}
    assert rows(desk, "SELECT kind FROM outbox ORDER BY rowid")[-1] == ("dossier.fee_exempted",)


def test_return_collects_what_is_owed_by_the_method_given(desk, capsys, tmp_path):
    code = take_in(capsys, desk, tmp_path)
    for target in ("4", "9"):
        assert run(capsys, desk, "status", code, target)[0] == 0
    status, _out, err = run(capsys, desk, "return", code, "--fees", "50000")
    assert status == 2 and "còn phải thu là 100.000 đ" in err
    status, out, err = run(capsys, desk, "return", code, "--fee-method", "transfer", "--json")
    assert status == 0, err
    record = json.loads(out)
    assert record["fees_collected"] == 100_000 and record["fee_method"] == "transfer"
    assert record["fee_receipt"]["number"] == "0200001"


def test_the_day_s_sheet_as_text_json_and_pdf(desk, capsys, tmp_path):
    first = take_in(capsys, desk, tmp_path, fees={"collect": "now", "method": "cash"})
    take_in(capsys, desk, tmp_path, fees={"collect": "now", "method": "transfer"})
    assert run(capsys, desk, "fees", "refund", first, "--amount", "25000", "--reason",
               "Thu thừa")[0] == 0
    today = datetime.now(LOCAL_TZ).date()
    status, out, err = run(capsys, desk, "fees", "day", "--json")
    assert status == 0, err
    sheet = json.loads(out)
    assert sheet["date"] == today.isoformat()
    assert sheet["by_method"] == {"cash": {"collected": 100_000, "refunded": 25_000,
                                           "net": 75_000},
                                  "transfer": {"collected": 100_000, "refunded": 0,
                                               "net": 100_000}}
    assert (sheet["collected"], sheet["refunded"], sheet["net"]) == (200_000, 25_000, 175_000)
    assert [e["refund"] for e in sheet["entries"]] == [False, False, True]
    status, out, _err = run(capsys, desk, "fees", "day")
    assert "tiền mặt phải nộp 75.000 đ" in out
    officer = sheet["totals"][0]["officer"]
    pdf = tmp_path / "bang-ke.pdf"
    status, out, err = run(capsys, desk, "fees", "day", "--date", today.isoformat(),
                           "--officer", officer, "-o", str(pdf))
    assert status == 0, err
    words = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
                     .split())
    assert f"Cán bộ thu: {officer}" in words
    assert "Tiền mặt nộp bàn giao: 75.000 đồng (thu 100.000, hoàn 25.000)" in words
    for bad, says in ((["fees", "day", "--date", "30/11/2026"], "YYYY-MM-DD"),
                      (["fees", "day", "-o", str(tmp_path / "nope" / "x.pdf")],
                       "không có thư mục")):
        status, _out, err = run(capsys, desk, *bad)
        assert status == 2 and says in err
    status, out, _err = run(capsys, desk, "fees", "day", "--date", "2020-01-01")
    assert "Không có khoản thu hay hoàn nào" in out


def test_the_receipt_series(desk, capsys, tmp_path):
    status, out, _err = run(capsys, desk, "fees", "series", "--json")
    assert json.loads(out)["series"] == "AA-{yy}E" and json.loads(out)["desk"] == 2
    status, _out, err = run(capsys, desk, "fees", "series", "--series", "a b")
    assert status == 2 and "Ký hiệu biên lai" in err
    status, out, err = run(capsys, desk, "fees", "series", "--form", "01BLP0-002",
                           "--series", "QT-{yy}E")
    assert status == 0, err
    assert "mẫu số 01BLP0-002, ký hiệu QT-{yy}E" in out and "0200001–0299999" in out
    code = take_in(capsys, desk, tmp_path, fees={"collect": "now", "method": "cash"})
    assert rows(desk, "SELECT receipt_form, receipt_series, receipt_number FROM "
                      "fee_collections") == [("01BLP0-002", f"QT-{code[14:16]}E", "0200001")]
