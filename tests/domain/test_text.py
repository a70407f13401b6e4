"""Vietnamese text: NFC storage and accent-insensitive folding."""

import unicodedata

from onestop_desktop.domain.text import clean_text, fold, fold_terms


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
