"""Reading the procedure catalogue: every bad entry named, nothing half-read."""

from __future__ import annotations

import pytest

from onestop_desktop.domain.calendar import TimeUnit
from onestop_desktop.domain.errors import ValidationFailed
from onestop_desktop.domain.procedure import TimeLimit, parse_catalogue


def entry(**overrides) -> dict:
    procedure = {"code": "1.000001", "name": "Thủ tục thử",
                 "time_limit": {"value": 3, "unit": "day"},
                 "fees": [{"name": "Lệ phí", "amount": 50_000}],
                 "documents": [{"name": "Đơn", "original": 1, "photo": 2}]}
    procedure.update(overrides)
    return procedure


def problems_of(document) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as failed:
        parse_catalogue(document)
    return [(p.field, p.message) for p in failed.value.problems]


def test_a_good_catalogue_reads_back():
    catalogue = parse_catalogue({"version": "t1", "procedures": [
        entry(), entry(code="1.000002", time_limit={"unit": "same_day"}),
        entry(code="1.000003", time_limit={"value": 4.0, "unit": "hour"}, fees=None)]})
    limits = [(p.time_limit.value, p.time_limit.unit) for p in catalogue.procedures]
    assert limits == [(3, TimeUnit.DAY), (0, TimeUnit.SAME_DAY), (4, TimeUnit.HOUR)]
    assert all(type(p.time_limit.value) is int for p in catalogue.procedures)
    assert [p.time_limit.describe() for p in catalogue.procedures] == [
        "3 ngày làm việc", "Trong ngày", "4 giờ làm việc"]
    assert catalogue.procedures[0].total_fee == 50_000
    assert catalogue.procedures[2].fees == ()


@pytest.mark.parametrize("limit", [{"unit": "same_day"}, {"unit": "same_day", "value": None},
                                   {"unit": "same_day", "value": 0},
                                   # Older catalogues write "in the day" as 0 days.
                                   {"value": 0, "unit": "day"}, {"value": 0}])
def test_same_day_is_its_own_kind_and_0_days_is_read_as_it(limit):
    procedure, = parse_catalogue({"procedures": [entry(time_limit=limit)]}).procedures
    assert procedure.time_limit == TimeLimit.same_day()
    assert procedure.time_limit.describe() == "Trong ngày"


@pytest.mark.parametrize("document", [[], "x", None, 3, [{"procedures": []}]])
def test_the_top_level_must_be_an_object(document):
    assert problems_of(document) == [
        ("catalogue", "Tệp danh mục phải là một đối tượng JSON có mục “procedures”.")]


@pytest.mark.parametrize("procedures", [None, {}, "abc", 5])
def test_procedures_must_be_a_list(procedures):
    assert [f for f, _ in problems_of({"procedures": procedures})] == ["procedures"]


@pytest.mark.parametrize("limit, why", [
    ({"value": 2.5, "unit": "day"}, "số nguyên"),
    ({"value": 2.5, "unit": "hour"}, "số nguyên"),
    ({"value": 0, "unit": "hour"}, "từ 1"),
    ({"value": -1, "unit": "day"}, "từ 0"),
    ({"value": True, "unit": "day"}, "số nguyên"),
    ({"value": "3", "unit": "day"}, "số nguyên"),
    ({"value": 1e300, "unit": "day"}, "đến 365"),
    ({"value": 3, "unit": "week"}, "“day”, “hour” hoặc “same_day”"),
    ({"value": 1, "unit": "same_day"}, "không ghi số ngày, giờ"),
    ({"value": False, "unit": "same_day"}, "không ghi số ngày, giờ"),
    ({"unit": "day"}, "số nguyên"),
    (5, "thiếu thời hạn"),
    (None, "thiếu thời hạn"),
])
def test_time_limits_are_whole_positive_numbers_named_by_procedure(limit, why):
    (field, message), = problems_of({"procedures": [entry(), entry(code="1.000002",
                                                                   time_limit=limit)]})
    assert field == "procedures[1]"
    assert message.startswith("thủ tục 1.000002: ") and why in message


@pytest.mark.parametrize("overrides, why", [
    ({"name": 5}, "Tên thủ tục phải là chuỗi ký tự"),
    ({"name": None}, "thiếu tên thủ tục"),
    ({"name": "a\x00b"}, "ký tự điều khiển"),
    ({"field": ["x"]}, "Lĩnh vực phải là chuỗi ký tự"),
    ({"field_code": 7}, "Mã lĩnh vực phải là chuỗi ký tự"),
    ({"field_code": "X" * 51}, "mã lĩnh vực quá dài"),
    ({"fees": [{"name": "Lệ phí", "amount": 1.5}]}, "số tiền"),
    ({"fees": [{"name": "Lệ phí", "amount": 10**30}]}, "số tiền"),
    ({"fees": [None]}, "fees phải là một danh sách"),
    ({"fees": "abc"}, "fees phải là một danh sách"),
    ({"documents": [{"name": "Đơn", "original": 10**30}]}, "số bản"),
    ({"documents": [{"name": 5, "original": 1}]}, "Tên giấy tờ phải là chuỗi ký tự"),
    ({"documents": [None]}, "documents phải là một danh sách"),
])
def test_bad_fields_are_reported_not_raised(overrides, why):
    (field, message), = problems_of({"procedures": [entry(**overrides)]})
    assert field == "procedures[0]" and why in message


def test_entries_that_are_not_objects_and_bad_codes():
    fields = problems_of({"procedures": [None, [], entry(code=1), entry(code="bad"),
                                         entry(), entry()]})
    assert [f for f, _ in fields] == [f"procedures[{i}]" for i in range(6) if i != 4]
    assert "bad" in fields[3][1] and "bị trùng" in fields[4][1]


def test_version_and_description_must_be_text():
    assert [f for f, _ in problems_of({"version": [1], "description": 5,
                                       "procedures": [entry()]})] == ["version", "description"]


def test_a_procedures_source_is_optional_text_defaulting_to_unverified():
    url = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma=1"
    catalogue = parse_catalogue({"procedures": [
        entry(), entry(code="1.000002", source=url), entry(code="1.000003", source="  ")]})
    assert [p.source for p in catalogue.procedures] == ["unverified", url, "unverified"]
    assert problems_of({"procedures": [entry(source=["x"])]})[0][0] == "procedures[0]"


# What the sample catalogue's codes name (the national portal's codes): a code must not
# name another procedure. The codes the catalogue once had wrong, and their owners.
SAMPLE_CODES = {
    "1.001612": "Đăng ký thành lập hộ kinh doanh",
    "1.001266": "Thông báo chấm dứt hoạt động hộ kinh doanh",
    "2.000806": "Đăng ký kết hôn có yếu tố nước ngoài",
    "2.001610": "Đăng ký thành lập doanh nghiệp tư nhân",
    "2.000992": "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật",
    "2.001035": "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, "
                "nhà ở",
}
# Codes of procedures the sample does not hold: never given to another one.
NOT_IN_SAMPLE = {"2.000575": "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
                 "1.001022": "Đăng ký nhận cha, mẹ, con",
                 "2.000913": "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch"}


def test_the_sample_catalogues_codes_name_their_procedures():
    import json

    from onestop_desktop.resources import resource_path

    document = json.loads(resource_path("catalogue", "sample_procedures.json")
                          .read_text(encoding="utf-8"))
    procedures = {p.code: p for p in parse_catalogue(document).procedures}
    for code, name in SAMPLE_CODES.items():
        assert procedures[code].name == name, code
    assert not set(NOT_IN_SAMPLE) & set(procedures)
    # Every entry says where its code was confirmed, or that it was not.
    assert all(entry.get("source") for entry in document["procedures"])


def test_a_field_has_a_code_and_a_name():
    """The portal wants the field's code (MaLinhVuc) beside its name (TenLinhVuc); a
    catalogue from before codes were kept still reads, without one."""
    catalogue = parse_catalogue({"procedures": [
        entry(field="Hộ tịch", field_code=" G09-TP03 "), entry(code="1.000002", field="Hộ tịch")]})
    assert [(p.field, p.field_code) for p in catalogue.procedures] == [
        ("Hộ tịch", "G09-TP03"), ("Hộ tịch", "")]


def test_every_field_of_the_bundled_catalogue_has_one_code():
    from onestop_desktop.resources import resource_path
    from onestop_desktop.services.setup import read_catalogue_file

    procedures = read_catalogue_file(resource_path("catalogue", "sample_procedures.json")
                                     ).procedures
    codes: dict[str, set[str]] = {}
    for procedure in procedures:
        codes.setdefault(procedure.field, set()).add(procedure.field_code)
    assert all(len(found) == 1 and "" not in found for found in codes.values()), codes
    assert len({code for found in codes.values() for code in found}) == len(codes)
