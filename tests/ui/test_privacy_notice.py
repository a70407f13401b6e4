"""The intake page says what is collected and why (personal data law): one line at the
foot of the applicant's box, the whole notice in its tooltip and, when its link is
clicked, in a window that leaves the counter usable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from onestop_desktop.domain.privacy import privacy_notice

from .conftest import idle, sign_in


def _link_point(label) -> QPoint:
    """Where the link is drawn: the label's rich text laid out as Qt lays it out."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    doc.setDocumentMargin(0)
    end = doc.idealWidth()
    return QPoint(int(end) - 20, label.height() // 2)


def test_the_notice_is_on_the_intake_page_and_opens_in_full(qtbot, window, store):
    sign_in(qtbot, window, store)
    window.show_page("intake")
    page = window.intake
    idle(qtbot, window)
    notice = privacy_notice()
    label = page.privacyLabel
    assert label.isVisible() and notice.title in label.text()
    assert label.toolTip() == notice.text and "Nghị định 13/2023/NĐ-CP" in notice.text
    # One line, inside the applicant's box, below the last field.
    box = page.applicantBox
    top_left = label.mapTo(box, QPoint(0, 0))
    assert top_left.x() >= 0 and top_left.x() + label.width() <= box.width()
    assert label.height() < 2 * label.fontMetrics().height()
    assert label.mapTo(box, QPoint(0, 0)).y() > page.submitterCheck.mapTo(box, QPoint(0, 0)).y()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=_link_point(label))
    qtbot.waitUntil(lambda: page.privacy_box is not None and page.privacy_box.isVisible(),
                    timeout=5_000)
    assert page.privacy_box.text() == notice.text
    page.privacy_box.accept()
