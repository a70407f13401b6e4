"""Vietnamese text: NFC storage and accent-insensitive folding."""

import unicodedata

import pytest

from onestop_desktop.domain.text import clean_text, fold, fold_terms, text_problem


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Văn Ẩn ")
    assert nfd != "Nguyễn Văn Ẩn"
    assert clean_text(nfd) == "Nguyễn Văn Ẩn"
    assert unicodedata.is_normalized("NFC", clean_text(nfd))


def test_fold_removes_marks_and_d_stroke():
    assert fold("Đăng ký THÀNH LẬP hộ kinh doanh") == "dang ky thanh lap ho kinh doanh"
    assert fold("Đặng Thị Ngọc Hường") == "dang thi ngoc huong"
    assert fold(unicodedata.normalize("NFD", "Đặng")) == "dang"
    assert fold_terms("  dang   KY ") == ["dang", "ky"]
    assert clean_text(None) == "" and fold(None) == ""


@pytest.mark.parametrize("value", [123, 1.5, True, [], ["a"], {}, {"a": 1}])
def test_non_text_is_refused_naming_the_field(value):
    assert text_problem(value, "Họ tên") == "Họ tên phải là chuỗi ký tự."


@pytest.mark.parametrize("value, code", [
    ("Nguyễn\x00Văn", "U+0000"), ("a\x1bb", "U+001B"), ("a\x7f", "U+007F"),
    ("a\x85b", "U+0085"), ("a\x1fb", "U+001F"), ("a\ud800b", "U+D800"),
])
def test_control_characters_are_refused(value, code):
    problem = text_problem(value, "Địa chỉ")
    assert problem is not None and problem.startswith("Địa chỉ chứa") and code in problem


def test_ordinary_white_space_is_allowed_and_folded():
    value = "Số 5\tLê Lợi,\r\nThanh Hóa\x0b\x0c"
    assert text_problem(value, "Địa chỉ") is None
    assert clean_text(value) == "Số 5 Lê Lợi, Thanh Hóa"
    assert text_problem(None, "Email") is None and text_problem("", "Email") is None
