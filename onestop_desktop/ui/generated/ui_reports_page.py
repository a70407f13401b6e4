# Generated from forms/reports_page.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDateEdit, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportsForm(object):
    def setupUi(self, ReportsForm):
        if not ReportsForm.objectName():
            ReportsForm.setObjectName(u"ReportsForm")
        self.pageLayout = QVBoxLayout(ReportsForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.todayBox = QGroupBox(ReportsForm)
        self.todayBox.setObjectName(u"todayBox")
        self.todayLayout = QVBoxLayout(self.todayBox)
        self.todayLayout.setObjectName(u"todayLayout")
        self.summaryLabel = QLabel(self.todayBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.summaryLabel)


        self.pageLayout.addWidget(self.todayBox)

        self.ledgerBox = QGroupBox(ReportsForm)
        self.ledgerBox.setObjectName(u"ledgerBox")
        self.ledgerLayout = QHBoxLayout(self.ledgerBox)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.fromLabel = QLabel(self.ledgerBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.ledgerLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(self.ledgerBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.ledgerLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.ledgerBox)
        self.toLabel.setObjectName(u"toLabel")

        self.ledgerLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.ledgerBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.ledgerLayout.addWidget(self.toDate)

        self.ledgerButton = QPushButton(self.ledgerBox)
        self.ledgerButton.setObjectName(u"ledgerButton")

        self.ledgerLayout.addWidget(self.ledgerButton)

        self.ledgerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerLayout.addItem(self.ledgerSpacer)


        self.pageLayout.addWidget(self.ledgerBox)

        self.feeBox = QGroupBox(ReportsForm)
        self.feeBox.setObjectName(u"feeBox")
        self.feeLayout = QHBoxLayout(self.feeBox)
        self.feeLayout.setObjectName(u"feeLayout")
        self.feeSummaryLabel = QLabel(self.feeBox)
        self.feeSummaryLabel.setObjectName(u"feeSummaryLabel")
        self.feeSummaryLabel.setText(u"")
        self.feeSummaryLabel.setWordWrap(True)

        self.feeLayout.addWidget(self.feeSummaryLabel)

        self.feeDayButton = QPushButton(self.feeBox)
        self.feeDayButton.setObjectName(u"feeDayButton")

        self.feeLayout.addWidget(self.feeDayButton)

        self.feeLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.feeBox)

        self.messageLabel = QLabel(ReportsForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsForm)
    # setupUi

    def retranslateUi(self, ReportsForm):
        self.todayBox.setTitle(QCoreApplication.translate("ReportsForm", u"H\u00f4m nay", None))
        self.ledgerBox.setTitle(QCoreApplication.translate("ReportsForm", u"S\u1ed5 theo d\u00f5i h\u1ed3 s\u01a1 (m\u1eabu 07)", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsForm", u"T\u1eeb ng\u00e0y", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsForm", u"\u0110\u1ebfn ng\u00e0y", None))
        self.ledgerButton.setText(QCoreApplication.translate("ReportsForm", u"Xem v\u00e0 in s\u1ed5", None))
        self.feeBox.setTitle(QCoreApplication.translate("ReportsForm", u"Ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.feeDayButton.setText(QCoreApplication.translate("ReportsForm", u"B\u00e0n giao ti\u1ec1n cu\u1ed1i ng\u00e0y\u2026", None))
        pass
    # retranslateUi

