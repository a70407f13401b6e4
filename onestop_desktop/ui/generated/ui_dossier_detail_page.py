# Generated from forms/dossier_detail_page.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_detail_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_DossierDetailForm(object):
    def setupUi(self, DossierDetailForm):
        if not DossierDetailForm.objectName():
            DossierDetailForm.setObjectName(u"DossierDetailForm")
        self.pageLayout = QVBoxLayout(DossierDetailForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.backButton = QPushButton(DossierDetailForm)
        self.backButton.setObjectName(u"backButton")

        self.headerRow.addWidget(self.backButton)

        self.titleLabel = QLabel(DossierDetailForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerRow)

        self.messageLabel = QLabel(DossierDetailForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(10)
        self.bodyRow.setObjectName(u"bodyRow")
        self.infoBox = QGroupBox(DossierDetailForm)
        self.infoBox.setObjectName(u"infoBox")
        self.infoBox.setMinimumSize(QSize(480, 0))
        self.infoLayout = QFormLayout(self.infoBox)
        self.infoLayout.setObjectName(u"infoLayout")
        self.procedureCaption = QLabel(self.infoBox)
        self.procedureCaption.setObjectName(u"procedureCaption")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.procedureCaption)

        self.procedureValue = QLabel(self.infoBox)
        self.procedureValue.setObjectName(u"procedureValue")
        self.procedureValue.setWordWrap(True)

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.procedureValue)

        self.applicantCaption = QLabel(self.infoBox)
        self.applicantCaption.setObjectName(u"applicantCaption")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicantCaption)

        self.applicantValue = QLabel(self.infoBox)
        self.applicantValue.setObjectName(u"applicantValue")
        self.applicantValue.setWordWrap(True)

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicantValue)

        self.contactCaption = QLabel(self.infoBox)
        self.contactCaption.setObjectName(u"contactCaption")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactValue = QLabel(self.infoBox)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setWordWrap(True)

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.receivedCaption = QLabel(self.infoBox)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.infoBox)
        self.receivedValue.setObjectName(u"receivedValue")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.dueCaption = QLabel(self.infoBox)
        self.dueCaption.setObjectName(u"dueCaption")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueValue = QLabel(self.infoBox)
        self.dueValue.setObjectName(u"dueValue")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueValue)

        self.statusCaption = QLabel(self.infoBox)
        self.statusCaption.setObjectName(u"statusCaption")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.infoBox)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setWordWrap(True)

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.feesCaption = QLabel(self.infoBox)
        self.feesCaption.setObjectName(u"feesCaption")

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.feesCaption)

        self.feesValue = QLabel(self.infoBox)
        self.feesValue.setObjectName(u"feesValue")
        self.feesValue.setWordWrap(True)

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.feesValue)

        self.documentsCaption = QLabel(self.infoBox)
        self.documentsCaption.setObjectName(u"documentsCaption")

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.documentsCaption)

        self.documentsValue = QLabel(self.infoBox)
        self.documentsValue.setObjectName(u"documentsValue")
        self.documentsValue.setWordWrap(True)

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.documentsValue)

        self.returnCaption = QLabel(self.infoBox)
        self.returnCaption.setObjectName(u"returnCaption")

        self.infoLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.returnCaption)

        self.returnValue = QLabel(self.infoBox)
        self.returnValue.setObjectName(u"returnValue")
        self.returnValue.setWordWrap(True)

        self.infoLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.returnValue)


        self.bodyRow.addWidget(self.infoBox)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setSpacing(10)
        self.sideColumn.setObjectName(u"sideColumn")
        self.timelineBox = QGroupBox(DossierDetailForm)
        self.timelineBox.setObjectName(u"timelineBox")
        self.timelineLayout = QVBoxLayout(self.timelineBox)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineTree = QTreeWidget(self.timelineBox)
        self.timelineTree.setObjectName(u"timelineTree")
        self.timelineTree.setRootIsDecorated(False)
        self.timelineTree.setAlternatingRowColors(True)

        self.timelineLayout.addWidget(self.timelineTree)


        self.sideColumn.addWidget(self.timelineBox)

        self.filesBox = QGroupBox(DossierDetailForm)
        self.filesBox.setObjectName(u"filesBox")
        self.filesLayout = QHBoxLayout(self.filesBox)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesList = QListWidget(self.filesBox)
        self.filesList.setObjectName(u"filesList")

        self.filesLayout.addWidget(self.filesList)

        self.filesButtons = QVBoxLayout()
        self.filesButtons.setObjectName(u"filesButtons")
        self.openFileButton = QPushButton(self.filesBox)
        self.openFileButton.setObjectName(u"openFileButton")

        self.filesButtons.addWidget(self.openFileButton)

        self.filesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filesButtons.addItem(self.filesSpacer)


        self.filesLayout.addLayout(self.filesButtons)


        self.sideColumn.addWidget(self.filesBox)

        self.sideColumn.setStretch(0, 3)
        self.sideColumn.setStretch(1, 2)

        self.bodyRow.addLayout(self.sideColumn)

        self.bodyRow.setStretch(0, 1)
        self.bodyRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.bodyRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.receiptButton = QPushButton(DossierDetailForm)
        self.receiptButton.setObjectName(u"receiptButton")

        self.actionRow.addWidget(self.receiptButton)

        self.formsButton = QPushButton(DossierDetailForm)
        self.formsButton.setObjectName(u"formsButton")

        self.actionRow.addWidget(self.formsButton)

        self.returnButton = QPushButton(DossierDetailForm)
        self.returnButton.setObjectName(u"returnButton")

        self.actionRow.addWidget(self.returnButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.targetStatusLabel = QLabel(DossierDetailForm)
        self.targetStatusLabel.setObjectName(u"targetStatusLabel")

        self.actionRow.addWidget(self.targetStatusLabel)

        self.targetStatusCombo = QComboBox(DossierDetailForm)
        self.targetStatusCombo.setObjectName(u"targetStatusCombo")

        self.actionRow.addWidget(self.targetStatusCombo)

        self.changeStatusButton = QPushButton(DossierDetailForm)
        self.changeStatusButton.setObjectName(u"changeStatusButton")

        self.actionRow.addWidget(self.changeStatusButton)


        self.pageLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.targetStatusLabel.setBuddy(self.targetStatusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierDetailForm)
    # setupUi

    def retranslateUi(self, DossierDetailForm):
        self.backButton.setText(QCoreApplication.translate("DossierDetailForm", u"\u2190 Danh s\u00e1ch (Esc)", None))
        self.infoBox.setTitle(QCoreApplication.translate("DossierDetailForm", u"Th\u00f4ng tin h\u1ed3 s\u01a1", None))
        self.procedureCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Th\u1ee7 t\u1ee5c", None))
        self.applicantCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Ng\u01b0\u1eddi n\u1ed9p", None))
        self.contactCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Li\u00ean h\u1ec7", None))
        self.receivedCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Nh\u1eadn l\u00fac", None))
        self.dueCaption.setText(QCoreApplication.translate("DossierDetailForm", u"H\u1eb9n tr\u1ea3", None))
        self.statusCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Tr\u1ea1ng th\u00e1i", None))
        self.feesCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.documentsCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Gi\u1ea5y t\u1edd", None))
        self.returnCaption.setText(QCoreApplication.translate("DossierDetailForm", u"Tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.timelineBox.setTitle(QCoreApplication.translate("DossierDetailForm", u"Di\u1ec5n bi\u1ebfn (tr\u1ea1ng th\u00e1i, b\u1ea3n in, \u0111\u1ed3ng b\u1ed9, th\u00f4ng b\u00e1o)", None))
        ___qtreewidgetitem = self.timelineTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DossierDetailForm", u"N\u1ed9i dung", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DossierDetailForm", u"Th\u1eddi gian", None))
        self.filesBox.setTitle(QCoreApplication.translate("DossierDetailForm", u"B\u1ea3n qu\u00e9t gi\u1ea5y t\u1edd v\u00e0 k\u1ebft qu\u1ea3", None))
#if QT_CONFIG(tooltip)
        self.filesList.setToolTip(QCoreApplication.translate("DossierDetailForm", u"Nh\u1ea5p \u0111\u00fap \u0111\u1ec3 m\u1edf b\u1eb1ng tr\u00ecnh xem PDF c\u1ee7a m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.openFileButton.setText(QCoreApplication.translate("DossierDetailForm", u"M\u1edf b\u1ea3n qu\u00e9t", None))
        self.receiptButton.setText(QCoreApplication.translate("DossierDetailForm", u"In gi\u1ea5y ti\u1ebfp nh\u1eadn", None))
        self.formsButton.setText(QCoreApplication.translate("DossierDetailForm", u"In m\u1eabu\u2026", None))
#if QT_CONFIG(tooltip)
        self.formsButton.setToolTip(QCoreApplication.translate("DossierDetailForm", u"In c\u00e1c m\u1eabu 01\u201306 c\u1ee7a h\u1ed3 s\u01a1 n\u00e0y", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("DossierDetailForm", u"Tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.targetStatusLabel.setText(QCoreApplication.translate("DossierDetailForm", u"Chuy\u1ec3n sang", None))
        self.changeStatusButton.setText(QCoreApplication.translate("DossierDetailForm", u"Chuy\u1ec3n tr\u1ea1ng th\u00e1i", None))
        pass
    # retranslateUi

