"""The desk-side update notice: compare the running version with the announced one."""

from __future__ import annotations

import unicodedata

import pytest

from onestop_desktop import __version__
from onestop_desktop.domain.versions import is_newer, parse_version, update_notice


@pytest.mark.parametrize(("announced", "running", "newer"), [
    ("0.2.0", "0.1.0", True),
    ("0.10.0", "0.9.0", True),  # numeric, not string, comparison
    ("1.0.0", "1.0.0rc1", True),  # the release follows its candidate
    ("1.0.0rc1", "0.9.9", True),
    ("0.1.0", "0.1.0", False),
    ("0.1", "0.1.0", False),  # equal under PEP 440
    ("0.1.0", "0.2.0", False),  # the desk is ahead (pilot build): nothing to say
    ("1.0.0.post1", "1.0.0", True),
    ("", "0.1.0", False),
    (None, "0.1.0", False),
    ("latest", "0.1.0", False),  # malformed announcement: ignored, never alarming
    ("0.2.0", "not-a-version", False),
])
def test_is_newer(announced, running, newer):
    assert is_newer(announced, running) is newer


def test_notice_names_both_versions_in_vietnamese():
    notice = update_notice("0.1.0", " 0.3.1 ")
    assert notice is not None
    assert "0.3.1" in notice.full and "0.1.0" in notice.full
    assert "phiên bản mới" in notice.full and notice.short == "Có bản mới 0.3.1"
    assert unicodedata.is_normalized("NFC", notice.full)


def test_no_notice_when_current_or_unknown():
    assert update_notice("0.3.1", "0.3.1") is None
    assert update_notice("0.3.1", "0.2.9") is None
    assert update_notice("0.3.1", None) is None
    assert update_notice("0.3.1", "??") is None


def test_running_package_version_is_comparable():
    # the status bar compares against the package's own version, whatever the install
    assert parse_version(__version__) is not None
    assert update_notice(__version__, "999.0") is not None
