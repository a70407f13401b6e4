"""The counter's actions at the command line (status, return, search), through the same
boundary as the window: text or --json, exit 2 and nothing written on bad input."""

from __future__ import annotations

import json

import pytest

from onestop_desktop.cli import main
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


def test_status_moves_a_dossier_and_refuses_a_move_the_rules_forbid(desk, capsys, tmp_path):
    code = take_in(capsys, desk, tmp_path)
    tail = code.split("-", 1)[1]  # the short code a citizen reads out
    status, out, err = run(capsys, desk, "status", tail, "4", "--note", "chuyển phòng",
                           "--json")
    assert status == 0, err
    assert json.loads(out) == {"code": code, "status": 4, "status_label": "Đang xử lý"}
    assert rows(desk, "SELECT to_status, note FROM status_changes ORDER BY id")[-1] == (
        4, "chuyển phòng")
    events = rows(desk, "SELECT kind FROM outbox ORDER BY rowid")
    assert [e[0] for e in events] == ["dossier.created", "dossier.status_changed"]
    # 4 -> 2 is not a move the rules allow: exit 2, said in Vietnamese, nothing written.
    status, _out, err = run(capsys, desk, "status", code, "2")
    assert status == 2 and "Không thể chuyển hồ sơ" in err
    assert len(rows(desk, "SELECT 1 FROM status_changes")) == 2
    for bad, says in ((["status", code, "11"], "từ 1 đến 10"),
                      (["status", code, "10"], "`return`"),
                      (["status", "nope", "4"], "không phải mã hồ sơ"),
                      (["status", f"{AGENCY}-261127-9999", "4"], "Không tìm thấy hồ sơ")):
        status, _out, err = run(capsys, desk, *bad)
        assert status == 2 and says in err, (bad, err)


def test_return_hands_the_result_back_with_the_rating(desk, capsys, tmp_path):
    code = take_in(capsys, desk, tmp_path)
    status, _out, err = run(capsys, desk, "return", code, "--rating", "1")
    assert status == 2 and "Không thể chuyển" in err  # not processed yet
    for target in ("4", "9"):
        assert run(capsys, desk, "status", code, target)[0] == 0
    status, _out, err = run(capsys, desk, "return", code, "--rating", "7")
    assert status == 2 and "1 = rất hài lòng" in err
    status, _out, err = run(capsys, desk, "return", code, "--collector-name",
                            "Trần Văn Bình", "--rating", "1")
    assert status == 2 and "recipient_id_number" in err  # an authorised collector's ID
    status, out, err = run(capsys, desk, "return", code, "--collector-name", "Trần Văn Bình",
                           "--collector-id", "038090054321", "--fees", "100000",
                           "--rating", "1", "--json")
    assert status == 0, err
    record = json.loads(out)
    assert record["recipient_name"] == "Trần Văn Bình" and record["authorised"] is True
    assert record["rating"] == 1 and record["fees_collected"] == 100000
    assert rows(desk, "SELECT status FROM dossiers") == [(10,)]
    assert rows(desk, "SELECT rating, fees_collected FROM dossier_returns") == [(1, 100000)]


def test_search_finds_by_name_digits_and_code_tail(desk, capsys, tmp_path):
    first = take_in(capsys, desk, tmp_path)
    second = take_in(capsys, desk, tmp_path, applicant={
        "name": "Nguyễn Văn Ẩn", "id_number": "038090077777", "phone": "0977 000 111",
        "address": "Thanh Hóa"})
    status, out, _err = run(capsys, desk, "search", "nguyen van an", "--json")
    assert status == 0 and [r["code"] for r in json.loads(out)] == [second]
    status, out, _err = run(capsys, desk, "search", "12345", "--json")  # a run of the ID
    assert [r["code"] for r in json.loads(out)] == [first]
    status, out, _err = run(capsys, desk, "search", second.split("-", 1)[1])
    assert out.startswith(second)
    status, out, _err = run(capsys, desk, "search", "ho kinh doanh", "--limit", "1",
                            "--json")
    assert [r["code"] for r in json.loads(out)] == [second]  # newest first, the limit kept
    for bad in (["search", "x", "--limit", "0"], ["search", "   "]):
        assert run(capsys, desk, *bad)[0] == 2


def test_list_pages_and_the_search_index_can_be_rebuilt(desk, capsys, tmp_path):
    codes = [take_in(capsys, desk, tmp_path) for _ in range(3)]
    status, out, _err = run(capsys, desk, "list", "--limit", "2", "--json")
    assert [r["code"] for r in json.loads(out)] == codes[::-1][:2]
    with raw_connection(desk / "onestop.sqlite3") as raw:  # a broken index
        raw.execute("INSERT INTO dossier_search(dossier_search) VALUES ('delete-all')")
    assert json.loads(run(capsys, desk, "search", "huong", "--json")[1]) == []
    status, out, _err = run(capsys, desk, "store", "rebuild-search", "--json")
    assert status == 0 and json.loads(out) == {"indexed": 3}
    assert len(json.loads(run(capsys, desk, "search", "huong", "--json")[1])) == 3
