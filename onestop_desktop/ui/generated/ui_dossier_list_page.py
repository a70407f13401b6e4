# Generated from forms/dossier_list_page.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DossierListForm(object):
    def setupUi(self, DossierListForm):
        if not DossierListForm.objectName():
            DossierListForm.setObjectName(u"DossierListForm")
        self.pageLayout = QVBoxLayout(DossierListForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(DossierListForm)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.periodCombo = QComboBox(DossierListForm)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periodCombo.setMinimumContentsLength(28)

        self.filterRow.addWidget(self.periodCombo)

        self.statusCombo = QComboBox(DossierListForm)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(10)

        self.filterRow.addWidget(self.statusCombo)

        self.procedureCombo = QComboBox(DossierListForm)
        self.procedureCombo.setObjectName(u"procedureCombo")
        self.procedureCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procedureCombo.setMinimumContentsLength(10)

        self.filterRow.addWidget(self.procedureCombo)

        self.filterRow.setStretch(0, 5)
        self.filterRow.setStretch(1, 2)
        self.filterRow.setStretch(2, 2)
        self.filterRow.setStretch(3, 3)

        self.pageLayout.addLayout(self.filterRow)

        self.resultTable = QTableView(DossierListForm)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setAlternatingRowColors(True)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setTabKeyNavigation(False)

        self.pageLayout.addWidget(self.resultTable)

        self.footerRow = QHBoxLayout()
        self.footerRow.setObjectName(u"footerRow")
        self.countLabel = QLabel(DossierListForm)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.footerRow.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerRow.addItem(self.footerSpacer)

        self.legendLabel = QLabel(DossierListForm)
        self.legendLabel.setObjectName(u"legendLabel")

        self.footerRow.addWidget(self.legendLabel)


        self.pageLayout.addLayout(self.footerRow)

        QWidget.setTabOrder(self.searchEdit, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.procedureCombo)
        QWidget.setTabOrder(self.procedureCombo, self.resultTable)

        self.retranslateUi(DossierListForm)
    # setupUi

    def retranslateUi(self, DossierListForm):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DossierListForm", u"T\u00ecm theo m\u00e3 h\u1ed3 s\u01a1, h\u1ecd t\u00ean, s\u1ed1 gi\u1ea5y t\u1edd, \u0111i\u1ec7n tho\u1ea1i (kh\u00f4ng d\u1ea5u \u0111\u01b0\u1ee3c)", None))
        self.legendLabel.setText(QCoreApplication.translate("DossierListForm", u"\u0110\u1ecf: qu\u00e1 h\u1ea1n \u00b7 V\u00e0ng: \u0111\u1ebfn h\u1ea1n trong 24 gi\u1edd \u00b7 Enter: m\u1edf h\u1ed3 s\u01a1", None))
        pass
    # retranslateUi

