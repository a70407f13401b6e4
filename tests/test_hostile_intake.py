"""Hostile intakes through the service on a real SQLite file: huge strings, control and
format characters, NFD, emoji, right-to-left marks, SQL fragments, invalid dates,
negative and huge counts, wrong types, unknown keys. Each is stored exactly (read back
equal, NFC) or refused with Vietnamese messages naming fields; never another exception,
never half a record.

A seeded generator (not hypothesis: ten thousand intakes must stay quick, and a failure
names its seed and number to replay). The default run makes 1,000; `pytest -m slow
tests/test_hostile_intake.py` makes 10,000 more (about a minute).
"""

from __future__ import annotations

import copy
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import pytest

from onestop_desktop.domain.dossier import dossier_to_dict
from onestop_desktop.domain.errors import OfficerError, ValidationFailed
from onestop_desktop.domain.text import clean_text
from onestop_desktop.services.intake import IntakeService
from onestop_desktop.services.setup import initialise
from onestop_desktop.store import dossier_repo
from onestop_desktop.store.cipher import raw_connection
from onestop_desktop.store.database import Store
from tests.conftest import AGENCY, AGENCY_NAME, local

NOW = local(2026, 12, 1, 10, 0)
# Letters only Vietnamese writes (with its marks): every message has some.
VIETNAMESE = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                 "ĂÂĐÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ")

HIDDEN = {"Cc", "Cf", "Co", "Cn", "Cs"}  # control, format, private use, unassigned, surrogate
NAMES = ["Nguyễn Văn An", "Đặng Thị Ngọc Hường", "Trần Quốc Tuấn", "Lê Thị Ánh Tuyết",
         "Kim Min-jun", "O'Brien Seán", "Hồ Thị Kim Ngân"]
ADDRESSES = ["Số 5 Lê Lợi, phường Hạc Thành, Thanh Hóa", "Thôn Đông, xã Quảng Đức",
             "12/3 Nguyễn Trãi, Q.5, TP. Hồ Chí Minh"]
IDS = ["038190012345", "001090012345", "079301012345", "B1234567", "038 190 012 345"]
PHONES = ["0912 345 678", "+84 912 345 678", "0243 823 4567", "", "0987654321"]
PAPERS = ["Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao giấy tờ pháp lý của cá nhân",
          "Hợp đồng thuê nhà", "Giấy ủy quyền"]

HOSTILE_TEXT = [
    "", " ", "\t\n", "\u200b", "\u200b\u200b\u200b", "\u202eNguyễn", "An\u202cBình",
    "\u2066x\u2069", "\u200e\u200f", "\u061c", "\ufeff", "\u00ad", "\ue000", "\U000f0001",
    "\u0378", "\ud800", "\udfff", "\x00", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u3164",
    "\u034f", "\ufe0f", "\u2800", "😀", "👨\u200d👩\u200d👧", "🇻🇳", "مرحبا", "שלום",
    "'); DROP TABLE dossiers;--", "' OR '1'='1", "%_\\", "\"quoted\"", "NULL", "null",
    "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "A" * 255,
    "Ư" * 201, "ư" * 500, "x" * 2001, unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết"),
    unicodedata.normalize("NFD", "Đường Trần Hưng Đạo"), "  Lê   Văn  Tám  ", "0",
    "١٢٣", "１２３", "Ǆǅǆ", "ﬁ", "Ⅻ",
]
HOSTILE_VALUES = [None, True, False, 0, -1, 1, 2, 3, 5, 99, 100, -(2**63), 2**63, 10**30,
                  1.5, float("inf"), float("nan"), -0.0, [], [1], {}, {"a": 1}, "",
                  "2", "1e3"]
DATES = ["2026-02-30T09:00:00+07:00", "2026-13-01T09:00:00+07:00", "2026-11-30T09:00:00",
         "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+14:00", "2026-11-30",
         "30/11/2026", "2026-11-30T25:00:00+07:00", "1999-12-31T23:59:59+07:00",
         "2099-12-31T23:59:59+07:00", "2026-11-30T09:00:00+07:00", "2026-11-30T09:00:00Z",
         "2026-12-01T10:04:00+07:00", "2026-12-01T11:00:00+07:00", "2026-11-30T09:00+0700",
         "", " ", "now"]
BIRTHS = ["1990-01-01", "1990-02-30", "2030-01-01", "1800-01-01", "01/01/1990", "19900101",
          "", " 1990-05-06 "]
KEYS = ["procedure_code", "applicant", "documents", "sets", "channel", "received_at",
        "status", "note", "notify", "submitter", "delivery", "fees", "recieved_at",
        "applicant ", "APPLICANT", "xyz", ""]
APPLICANT_KEYS = ["kind", "name", "id_number", "phone", "address", "email", "birth_date",
                  "gender", "nationality", "phne"]


def base_request(rng: random.Random) -> dict:
    """A valid intake, varied."""
    request = {
        "procedure_code": "1.001612",
        "applicant": {"name": rng.choice(NAMES), "id_number": rng.choice(IDS),
                      "phone": rng.choice(PHONES), "address": rng.choice(ADDRESSES),
                      "kind": "citizen"},
        "documents": [{"name": rng.choice(PAPERS), "original": rng.randint(0, 3),
                       "certified": rng.randint(0, 2), "photo": rng.randint(1, 3)}
                      for _ in range(rng.randint(1, 4))],
        "sets": rng.randint(1, 3),
        "received_at": rng.choice(["2026-11-30T09:15:00+07:00", "2026-12-01T08:00:00+07:00",
                                   None]),
    }
    if rng.random() < 0.3:
        request["note"] = rng.choice(["Khách hẹn quay lại", "Nộp thay cho mẹ", ""])
    if rng.random() < 0.2:
        request["applicant"]["email"] = "nguyen.an@example.vn"
    if rng.random() < 0.2:
        request["notify"] = rng.choice([["sms"], ["email"], ["sms", "zalo"], []])
    return request


def text_value(rng: random.Random) -> str:
    """Hostile text: one piece, several joined, or a piece repeated past every bound."""
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(HOSTILE_TEXT)
    if roll < 0.9:
        return "".join(rng.choice(HOSTILE_TEXT + NAMES) for _ in range(rng.randint(2, 4)))
    return rng.choice(HOSTILE_TEXT + NAMES) * rng.choice([50, 1000, 20_000])


def any_value(rng: random.Random) -> object:
    roll = rng.random()
    if roll < 0.4:
        return text_value(rng)
    if roll < 0.8:
        return rng.choice(HOSTILE_VALUES)
    return rng.choice([[text_value(rng)], {"name": text_value(rng)}, [[]], {"": None}])


def mutate(rng: random.Random, request: dict) -> None:
    """One hostile change, somewhere in the request."""
    applicant = request.get("applicant")
    kind = rng.randrange(14)
    if kind == 0 and isinstance(applicant, dict):
        applicant[rng.choice(APPLICANT_KEYS)] = text_value(rng)
    elif kind == 1 and isinstance(applicant, dict):
        applicant[rng.choice(APPLICANT_KEYS)] = any_value(rng)
    elif kind == 2:
        request[rng.choice(KEYS)] = any_value(rng)
    elif kind == 3:
        request["received_at"] = rng.choice([*DATES, any_value(rng)])
    elif kind == 4 and isinstance(applicant, dict):
        applicant["birth_date"] = rng.choice([*BIRTHS, any_value(rng)])
        applicant["gender"] = rng.choice(["Nam", "Nữ", "nam", "NỮ", "x", 1, None])
    elif kind == 5:
        docs = request.get("documents")
        if isinstance(docs, list) and docs and isinstance(docs[0], dict):
            docs[0][rng.choice(["name", "original", "certified", "photo", "orginal"])] = \
                rng.choice([text_value(rng), any_value(rng), -1, 100, 10**20, 99, 0])
    elif kind == 6:
        count = rng.choice([0, 1, 150, 200, 201, 1000])
        request["documents"] = [{"name": f"Giấy {i}", "photo": 1} for i in range(count)]
    elif kind == 7:
        request[rng.choice(["sets", "status"])] = rng.choice([*HOSTILE_VALUES, 1, 2, 3, 5])
    elif kind == 8:
        request["channel"] = rng.choice(["direct", "online", "postal", "DIRECT", "", 1,
                                         None, ["direct"]])
    elif kind == 9:
        request["submitter"] = rng.choice([
            {"name": text_value(rng), "id_number": rng.choice(IDS), "phone": "0912345678"},
            {"name": rng.choice(NAMES), "id_number": any_value(rng)},
            {"name": rng.choice(NAMES), "id_number": "038090012345",
             "authorised": any_value(rng)},
            any_value(rng)])
    elif kind == 10:
        request["delivery"] = rng.choice([
            {"method": "post", "address": text_value(rng)}, {"method": any_value(rng)},
            {"method": "desk"}, {"method": "post"}, any_value(rng)])
    elif kind == 11:
        request["fees"] = rng.choice([
            {"collect": "now", "method": "cash"}, {"collect": "exempt",
                                                   "reason": text_value(rng)},
            {"collect": any_value(rng)}, {"collect": "at_return", "method": any_value(rng)},
            any_value(rng)])
    elif kind == 12:
        request["notify"] = rng.choice([["sms"] * rng.choice([1, 11, 500]), ["fax"],
                                        any_value(rng)])
        if isinstance(applicant, dict) and rng.random() < 0.5:
            applicant["email"] = rng.choice(["a@b.vn", "x" * 250 + "@b.vn", text_value(rng)])
    elif kind == 13 and isinstance(applicant, dict):
        applicant.pop(rng.choice(APPLICANT_KEYS), None)


def hostile_request(rng: random.Random) -> object:
    if rng.random() < 0.02:
        return any_value(rng)  # not even an object
    request = base_request(rng)
    if rng.random() < 0.1:
        return request  # a valid one now and then: it must be stored exactly
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        mutate(rng, request)
    return request


@dataclass
class Tally:
    accepted: int = 0
    refused: int = 0
    documents: int = 0
    failures: list[str] = field(default_factory=list)


def all_text(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in all_text(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in all_text(v)]
    return []


def check_stored(store: Store, request: dict, dossier, tally: Tally, label: str) -> None:
    with store.read() as session:
        stored = dossier_repo.get_by_code(session, dossier.code)
    if stored != dossier:
        tally.failures.append(f"{label}: read back differs")
        return
    texts = all_text(dossier_to_dict(stored))
    if not all(unicodedata.is_normalized("NFC", t) for t in texts):
        tally.failures.append(f"{label}: text stored not in NFC")
    applicant = request["applicant"]
    for key, value in (("name", stored.applicant.name), ("address", stored.applicant.address)):
        if clean_text(applicant[key]) != value:
            tally.failures.append(f"{label}: {key} stored as {value!r}")
    if clean_text(request.get("note")) != stored.note:
        tally.failures.append(f"{label}: note stored as {stored.note!r}")
    if "documents" in request and [d.name for d in stored.documents] != [
            clean_text(d["name"]) for d in request["documents"]]:
        tally.failures.append(f"{label}: papers stored differently")
    # What is stored keeps the intake's rules: nothing hidden, nothing past its bound,
    # no key the intake does not know (a typo would have been dropped).
    hidden = [t for t in texts if any(unicodedata.category(c) in HIDDEN for c in t)]
    if hidden:
        tally.failures.append(f"{label}: hidden characters stored in {hidden[0][:40]!r}")
    bounds = [(stored.applicant.name, 200), (stored.applicant.address, 500),
              (stored.applicant.email, 254), (stored.note, 2000)]
    if any(len(text) > limit for text, limit in bounds) or len(stored.documents) > 200:
        tally.failures.append(f"{label}: stored past a bound")
    if not any(c.isalnum() for c in stored.applicant.name):
        tally.failures.append(f"{label}: a name with nothing visible was stored")
    unknown = set(request) - set(KEYS[:12]) | set(applicant) - set(APPLICANT_KEYS[:-1])
    if unknown:
        tally.failures.append(f"{label}: unknown keys {sorted(unknown)} accepted")


def run_hostile(store: Store, count: int, seed: int) -> Tally:
    rng = random.Random(seed)
    service = IntakeService(store, clock=lambda: NOW)
    tally = Tally()
    for number in range(count):
        label = f"seed {seed}, intake {number}"
        request = hostile_request(rng)
        original = copy.deepcopy(request)
        try:
            dossier = service.intake(request, "canbo1")
        except ValidationFailed as exc:
            tally.refused += 1
            if not exc.problems:
                tally.failures.append(f"{label}: refused without a problem")
            for problem in exc.problems:
                if not VIETNAMESE & set(problem.message) or not isinstance(problem.field, str):
                    tally.failures.append(f"{label}: message {problem}")
        except OfficerError as exc:
            tally.refused += 1
            if not VIETNAMESE & set(str(exc)):
                tally.failures.append(f"{label}: message {exc}")
        except Exception as exc:  # noqa: BLE001 - exactly what must never happen
            tally.failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:200]}")
        else:
            tally.accepted += 1
            tally.documents += len(dossier.documents)
            check_stored(store, original, dossier, tally, label)
    return tally


def row_counts(store: Store) -> dict[str, int]:
    with raw_connection(store.path) as raw:
        return {
            "dossiers": raw.execute("SELECT count(*) FROM dossiers").fetchone()[0],
            "papers": raw.execute("SELECT count(*) FROM dossier_documents").fetchone()[0],
            "first statuses": raw.execute("SELECT count(*) FROM status_changes "
                                          "WHERE from_status IS NULL").fetchone()[0],
            "created events": raw.execute("SELECT count(*) FROM outbox "
                                          "WHERE kind = 'dossier.created'").fetchone()[0],
        }


@pytest.fixture
def fast_store(tmp_path):
    # synchronous=NORMAL: the same transactions, without a disk flush for each
    store = Store.open(tmp_path / "desk", durable=False)
    initialise(store, agency_code=AGENCY, agency_name=AGENCY_NAME, desk=1,
               today=date(2026, 11, 28))
    yield store
    store.close()


def check(store: Store, count: int, seed: int) -> None:
    tally = run_hostile(store, count, seed)
    assert tally.failures == []
    assert tally.accepted + tally.refused == count
    # both ways out are exercised, and the store holds exactly the accepted ones
    assert tally.accepted > count // 20 and tally.refused > count // 2
    assert row_counts(store) == {"dossiers": tally.accepted, "papers": tally.documents,
                                 "first statuses": tally.accepted,
                                 "created events": tally.accepted}
    with raw_connection(store.path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_ten_thousand_hostile_intakes(fast_store):
    """About half a minute to a minute; run by default, as every slow test is."""
    check(fast_store, 10_000, seed=13)
