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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportsForm(object):
    def setupUi(self, ReportsForm):
        if not ReportsForm.objectName():
            ReportsForm.setObjectName(u"ReportsForm")
        self.pageLayout = QVBoxLayout(ReportsForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.dayLayout = QHBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.todayBox = QGroupBox(ReportsForm)
        self.todayBox.setObjectName(u"todayBox")
        self.todayLayout = QVBoxLayout(self.todayBox)
        self.todayLayout.setObjectName(u"todayLayout")
        self.summaryLabel = QLabel(self.todayBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.summaryLabel)


        self.dayLayout.addWidget(self.todayBox)

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

        self.dayLayout.addWidget(self.feeBox)

        self.dayLayout.setStretch(0, 2)
        self.dayLayout.setStretch(1, 3)

        self.pageLayout.addLayout(self.dayLayout)

        self.messageLabel = QLabel(ReportsForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.periodBox = QGroupBox(ReportsForm)
        self.periodBox.setObjectName(u"periodBox")
        self.periodLayout = QVBoxLayout(self.periodBox)
        self.periodLayout.setObjectName(u"periodLayout")
        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.quickLabel = QLabel(self.periodBox)
        self.quickLabel.setObjectName(u"quickLabel")

        self.pickLayout.addWidget(self.quickLabel)

        self.quickCombo = QComboBox(self.periodBox)
        self.quickCombo.setObjectName(u"quickCombo")

        self.pickLayout.addWidget(self.quickCombo)

        self.fromLabel = QLabel(self.periodBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.pickLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(self.periodBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.pickLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.periodBox)
        self.toLabel.setObjectName(u"toLabel")

        self.pickLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.periodBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.pickLayout.addWidget(self.toDate)

        self.showButton = QPushButton(self.periodBox)
        self.showButton.setObjectName(u"showButton")

        self.pickLayout.addWidget(self.showButton)

        self.pickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickLayout.addItem(self.pickSpacer)

        self.xlsxButton = QPushButton(self.periodBox)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.pickLayout.addWidget(self.xlsxButton)

        self.pdfButton = QPushButton(self.periodBox)
        self.pdfButton.setObjectName(u"pdfButton")

        self.pickLayout.addWidget(self.pdfButton)

        self.ledgerButton = QPushButton(self.periodBox)
        self.ledgerButton.setObjectName(u"ledgerButton")

        self.pickLayout.addWidget(self.ledgerButton)


        self.periodLayout.addLayout(self.pickLayout)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportProgress = QProgressBar(self.periodBox)
        self.exportProgress.setObjectName(u"exportProgress")
        self.exportProgress.setTextVisible(True)

        self.exportLayout.addWidget(self.exportProgress)

        self.cancelExportButton = QPushButton(self.periodBox)
        self.cancelExportButton.setObjectName(u"cancelExportButton")

        self.exportLayout.addWidget(self.cancelExportButton)

        self.exportLayout.setStretch(0, 1)

        self.periodLayout.addLayout(self.exportLayout)

        self.reportTabs = QTabWidget(self.periodBox)
        self.reportTabs.setObjectName(u"reportTabs")
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryLayout = QHBoxLayout(self.summaryTab)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.figuresPanel = QWidget(self.summaryTab)
        self.figuresPanel.setObjectName(u"figuresPanel")
        self.figuresLayout = QGridLayout(self.figuresPanel)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setHorizontalSpacing(12)
        self.figuresLayout.setVerticalSpacing(2)
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)

        self.summaryLayout.addWidget(self.figuresPanel)

        self.chartsPanel = QWidget(self.summaryTab)
        self.chartsPanel.setObjectName(u"chartsPanel")
        self.chartsLayout = QVBoxLayout(self.chartsPanel)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)

        self.summaryLayout.addWidget(self.chartsPanel)

        self.summaryLayout.setStretch(0, 5)
        self.summaryLayout.setStretch(1, 4)
        self.reportTabs.addTab(self.summaryTab, "")
        self.procedureTab = QWidget()
        self.procedureTab.setObjectName(u"procedureTab")
        self.procedureLayout = QVBoxLayout(self.procedureTab)
        self.procedureLayout.setObjectName(u"procedureLayout")
        self.procedureTable = QTableWidget(self.procedureTab)
        self.procedureTable.setObjectName(u"procedureTable")

        self.procedureLayout.addWidget(self.procedureTable)

        self.reportTabs.addTab(self.procedureTab, "")
        self.fieldTab = QWidget()
        self.fieldTab.setObjectName(u"fieldTab")
        self.fieldLayout = QVBoxLayout(self.fieldTab)
        self.fieldLayout.setObjectName(u"fieldLayout")
        self.fieldTable = QTableWidget(self.fieldTab)
        self.fieldTable.setObjectName(u"fieldTable")

        self.fieldLayout.addWidget(self.fieldTable)

        self.reportTabs.addTab(self.fieldTab, "")
        self.officerTab = QWidget()
        self.officerTab.setObjectName(u"officerTab")
        self.officerLayout = QVBoxLayout(self.officerTab)
        self.officerLayout.setObjectName(u"officerLayout")
        self.officerTable = QTableWidget(self.officerTab)
        self.officerTable.setObjectName(u"officerTable")

        self.officerLayout.addWidget(self.officerTable)

        self.reportTabs.addTab(self.officerTab, "")

        self.periodLayout.addWidget(self.reportTabs)

        self.periodLayout.setStretch(2, 1)

        self.pageLayout.addWidget(self.periodBox)

#if QT_CONFIG(shortcut)
        self.quickLabel.setBuddy(self.quickCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quickCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.showButton)
        QWidget.setTabOrder(self.showButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.ledgerButton)

        self.retranslateUi(ReportsForm)
    # setupUi

    def retranslateUi(self, ReportsForm):
        self.todayBox.setTitle(QCoreApplication.translate("ReportsForm", u"H\u00f4m nay", None))
        self.feeBox.setTitle(QCoreApplication.translate("ReportsForm", u"Ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.feeDayButton.setText(QCoreApplication.translate("ReportsForm", u"B\u00e0n giao ti\u1ec1n cu\u1ed1i ng\u00e0y\u2026", None))
        self.periodBox.setTitle(QCoreApplication.translate("ReportsForm", u"B\u00e1o c\u00e1o theo k\u1ef3", None))
        self.quickLabel.setText(QCoreApplication.translate("ReportsForm", u"K\u1ef3", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsForm", u"T\u1eeb ng\u00e0y", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsForm", u"\u0110\u1ebfn ng\u00e0y", None))
        self.showButton.setText(QCoreApplication.translate("ReportsForm", u"Xem", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportsForm", u"Xu\u1ea5t Excel\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportsForm", u"Xu\u1ea5t PDF\u2026", None))
        self.ledgerButton.setText(QCoreApplication.translate("ReportsForm", u"In s\u1ed5 theo d\u00f5i (m\u1eabu 07)\u2026", None))
        self.cancelExportButton.setText(QCoreApplication.translate("ReportsForm", u"H\u1ee7y xu\u1ea5t t\u1ec7p", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.summaryTab), QCoreApplication.translate("ReportsForm", u"T\u1ed5ng h\u1ee3p", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.procedureTab), QCoreApplication.translate("ReportsForm", u"Theo th\u1ee7 t\u1ee5c", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.fieldTab), QCoreApplication.translate("ReportsForm", u"Theo l\u0129nh v\u1ef1c", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.officerTab), QCoreApplication.translate("ReportsForm", u"Theo c\u00e1n b\u1ed9 ti\u1ebfp nh\u1eadn", None))
        pass
    # retranslateUi

