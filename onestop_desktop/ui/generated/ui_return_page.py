# Generated from forms/return_page.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ReturnPageForm(object):
    def setupUi(self, ReturnPageForm):
        if not ReturnPageForm.objectName():
            ReturnPageForm.setObjectName(u"ReturnPageForm")
        self.pageLayout = QVBoxLayout(ReturnPageForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.codeLabel = QLabel(ReturnPageForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.findRow.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(ReturnPageForm)
        self.codeEdit.setObjectName(u"codeEdit")

        self.findRow.addWidget(self.codeEdit)

        self.findButton = QPushButton(ReturnPageForm)
        self.findButton.setObjectName(u"findButton")

        self.findRow.addWidget(self.findButton)


        self.pageLayout.addLayout(self.findRow)

        self.messageLabel = QLabel(ReturnPageForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.dossierBox = QGroupBox(ReturnPageForm)
        self.dossierBox.setObjectName(u"dossierBox")
        self.dossierLayout = QVBoxLayout(self.dossierBox)
        self.dossierLayout.setObjectName(u"dossierLayout")
        self.dossierSummary = QLabel(self.dossierBox)
        self.dossierSummary.setObjectName(u"dossierSummary")
        self.dossierSummary.setMinimumSize(QSize(0, 84))
        self.dossierSummary.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.dossierSummary.setWordWrap(True)

        self.dossierLayout.addWidget(self.dossierSummary)

        self.timingLabel = QLabel(self.dossierBox)
        self.timingLabel.setObjectName(u"timingLabel")
        self.timingLabel.setText(u"")

        self.dossierLayout.addWidget(self.timingLabel)

        self.resultRow = QHBoxLayout()
        self.resultRow.setObjectName(u"resultRow")
        self.resultFilesLabel = QLabel(self.dossierBox)
        self.resultFilesLabel.setObjectName(u"resultFilesLabel")
        self.resultFilesLabel.setText(u"")

        self.resultRow.addWidget(self.resultFilesLabel)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultRow.addItem(self.resultSpacer)

        self.resultScanButton = QToolButton(self.dossierBox)
        self.resultScanButton.setObjectName(u"resultScanButton")

        self.resultRow.addWidget(self.resultScanButton)


        self.dossierLayout.addLayout(self.resultRow)


        self.pageLayout.addWidget(self.dossierBox)

        self.formsRow = QHBoxLayout()
        self.formsRow.setSpacing(10)
        self.formsRow.setObjectName(u"formsRow")
        self.recipientBox = QGroupBox(ReturnPageForm)
        self.recipientBox.setObjectName(u"recipientBox")
        self.recipientLayout = QGridLayout(self.recipientBox)
        self.recipientLayout.setObjectName(u"recipientLayout")
        self.selfRadio = QRadioButton(self.recipientBox)
        self.selfRadio.setObjectName(u"selfRadio")
        self.selfRadio.setChecked(True)

        self.recipientLayout.addWidget(self.selfRadio, 0, 0, 1, 2)

        self.authorisedRadio = QRadioButton(self.recipientBox)
        self.authorisedRadio.setObjectName(u"authorisedRadio")

        self.recipientLayout.addWidget(self.authorisedRadio, 1, 0, 1, 2)

        self.recipientNameLabel = QLabel(self.recipientBox)
        self.recipientNameLabel.setObjectName(u"recipientNameLabel")

        self.recipientLayout.addWidget(self.recipientNameLabel, 2, 0, 1, 1)

        self.recipientNameEdit = QLineEdit(self.recipientBox)
        self.recipientNameEdit.setObjectName(u"recipientNameEdit")

        self.recipientLayout.addWidget(self.recipientNameEdit, 2, 1, 1, 1)

        self.recipientIdLabel = QLabel(self.recipientBox)
        self.recipientIdLabel.setObjectName(u"recipientIdLabel")

        self.recipientLayout.addWidget(self.recipientIdLabel, 3, 0, 1, 1)

        self.recipientIdEdit = QLineEdit(self.recipientBox)
        self.recipientIdEdit.setObjectName(u"recipientIdEdit")

        self.recipientLayout.addWidget(self.recipientIdEdit, 3, 1, 1, 1)

        self.recipientError = QLabel(self.recipientBox)
        self.recipientError.setObjectName(u"recipientError")
        self.recipientError.setText(u"")
        self.recipientError.setWordWrap(True)

        self.recipientLayout.addWidget(self.recipientError, 4, 1, 1, 1)

        self.feesLabel = QLabel(self.recipientBox)
        self.feesLabel.setObjectName(u"feesLabel")

        self.recipientLayout.addWidget(self.feesLabel, 5, 0, 1, 1)

        self.feesSpin = QSpinBox(self.recipientBox)
        self.feesSpin.setObjectName(u"feesSpin")
        self.feesSpin.setReadOnly(True)
        self.feesSpin.setMaximum(999999999)
        self.feesSpin.setSingleStep(1000)
        self.feesSpin.setSuffix(u" \u0111")
        self.feesSpin.setGroupSeparatorShown(True)

        self.recipientLayout.addWidget(self.feesSpin, 5, 1, 1, 1)

        self.feeMethodLabel = QLabel(self.recipientBox)
        self.feeMethodLabel.setObjectName(u"feeMethodLabel")

        self.recipientLayout.addWidget(self.feeMethodLabel, 6, 0, 1, 1)

        self.feeMethodCombo = QComboBox(self.recipientBox)
        self.feeMethodCombo.addItem("")
        self.feeMethodCombo.addItem("")
        self.feeMethodCombo.setObjectName(u"feeMethodCombo")

        self.recipientLayout.addWidget(self.feeMethodCombo, 6, 1, 1, 1)


        self.formsRow.addWidget(self.recipientBox)

        self.ratingBox = QGroupBox(ReturnPageForm)
        self.ratingBox.setObjectName(u"ratingBox")
        self.ratingLayout = QVBoxLayout(self.ratingBox)
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.ratingVerySatisfied = QRadioButton(self.ratingBox)
        self.ratingVerySatisfied.setObjectName(u"ratingVerySatisfied")

        self.ratingLayout.addWidget(self.ratingVerySatisfied)

        self.ratingSatisfied = QRadioButton(self.ratingBox)
        self.ratingSatisfied.setObjectName(u"ratingSatisfied")

        self.ratingLayout.addWidget(self.ratingSatisfied)

        self.ratingDissatisfied = QRadioButton(self.ratingBox)
        self.ratingDissatisfied.setObjectName(u"ratingDissatisfied")

        self.ratingLayout.addWidget(self.ratingDissatisfied)

        self.ratingNone = QRadioButton(self.ratingBox)
        self.ratingNone.setObjectName(u"ratingNone")

        self.ratingLayout.addWidget(self.ratingNone)

        self.commentEdit = QLineEdit(self.ratingBox)
        self.commentEdit.setObjectName(u"commentEdit")

        self.ratingLayout.addWidget(self.commentEdit)


        self.formsRow.addWidget(self.ratingBox)


        self.pageLayout.addLayout(self.formsRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.confirmHint = QLabel(ReturnPageForm)
        self.confirmHint.setObjectName(u"confirmHint")
        self.confirmHint.setText(u"")
        self.confirmHint.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.actionRow.addWidget(self.confirmHint)

        self.confirmButton = QPushButton(ReturnPageForm)
        self.confirmButton.setObjectName(u"confirmButton")

        self.actionRow.addWidget(self.confirmButton)


        self.pageLayout.addLayout(self.actionRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.recipientNameLabel.setBuddy(self.recipientNameEdit)
        self.recipientIdLabel.setBuddy(self.recipientIdEdit)
        self.feesLabel.setBuddy(self.feesSpin)
        self.feeMethodLabel.setBuddy(self.feeMethodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.findButton)
        QWidget.setTabOrder(self.findButton, self.selfRadio)
        QWidget.setTabOrder(self.selfRadio, self.authorisedRadio)
        QWidget.setTabOrder(self.authorisedRadio, self.recipientNameEdit)
        QWidget.setTabOrder(self.recipientNameEdit, self.recipientIdEdit)
        QWidget.setTabOrder(self.recipientIdEdit, self.feesSpin)
        QWidget.setTabOrder(self.feesSpin, self.feeMethodCombo)
        QWidget.setTabOrder(self.feeMethodCombo, self.ratingVerySatisfied)
        QWidget.setTabOrder(self.ratingVerySatisfied, self.ratingSatisfied)
        QWidget.setTabOrder(self.ratingSatisfied, self.ratingDissatisfied)
        QWidget.setTabOrder(self.ratingDissatisfied, self.ratingNone)
        QWidget.setTabOrder(self.ratingNone, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.confirmButton)

        self.retranslateUi(ReturnPageForm)
    # setupUi

    def retranslateUi(self, ReturnPageForm):
        self.codeLabel.setText(QCoreApplication.translate("ReturnPageForm", u"M\u00e3 h\u1ed3 s\u01a1", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ReturnPageForm", u"Qu\u00e9t m\u00e3 v\u1ea1ch tr\u00ean gi\u1ea5y h\u1eb9n, ho\u1eb7c g\u00f5 m\u00e3 r\u1ed3i Enter", None))
        self.findButton.setText(QCoreApplication.translate("ReturnPageForm", u"T\u00ecm", None))
        self.dossierBox.setTitle(QCoreApplication.translate("ReturnPageForm", u"H\u1ed3 s\u01a1", None))
        self.dossierSummary.setText(QCoreApplication.translate("ReturnPageForm", u"Ch\u01b0a c\u00f3 h\u1ed3 s\u01a1: qu\u00e9t m\u00e3 v\u1ea1ch tr\u00ean gi\u1ea5y h\u1eb9n tr\u1ea3 k\u1ebft qu\u1ea3.", None))
        self.resultScanButton.setText(QCoreApplication.translate("ReturnPageForm", u"Qu\u00e9t k\u1ebft qu\u1ea3", None))
#if QT_CONFIG(tooltip)
        self.resultScanButton.setToolTip(QCoreApplication.translate("ReturnPageForm", u"Qu\u00e9t b\u1ea3n k\u1ebft qu\u1ea3 tr\u1ea3 cho c\u00f4ng d\u00e2n (m\u0169i t\u00ean: ch\u1ecdn m\u00e1y qu\u00e9t, th\u01b0 m\u1ee5c qu\u00e9t hay t\u1ec7p)", None))
#endif // QT_CONFIG(tooltip)
        self.recipientBox.setTitle(QCoreApplication.translate("ReturnPageForm", u"Ng\u01b0\u1eddi nh\u1eadn k\u1ebft qu\u1ea3", None))
        self.selfRadio.setText(QCoreApplication.translate("ReturnPageForm", u"Ng\u01b0\u1eddi n\u1ed9p h\u1ed3 s\u01a1 t\u1ef1 nh\u1eadn", None))
        self.authorisedRadio.setText(QCoreApplication.translate("ReturnPageForm", u"Ng\u01b0\u1eddi \u0111\u01b0\u1ee3c \u1ee7y quy\u1ec1n", None))
        self.recipientNameLabel.setText(QCoreApplication.translate("ReturnPageForm", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.recipientIdLabel.setText(QCoreApplication.translate("ReturnPageForm", u"S\u1ed1 \u0111\u1ecbnh danh/H\u1ed9 chi\u1ebfu", None))
        self.feesLabel.setText(QCoreApplication.translate("ReturnPageForm", u"Ph\u00ed, l\u1ec7 ph\u00ed ph\u1ea3i thu", None))
        self.feeMethodLabel.setText(QCoreApplication.translate("ReturnPageForm", u"H\u00ecnh th\u1ee9c thu", None))
        self.feeMethodCombo.setItemText(0, QCoreApplication.translate("ReturnPageForm", u"Ti\u1ec1n m\u1eb7t", None))
        self.feeMethodCombo.setItemText(1, QCoreApplication.translate("ReturnPageForm", u"Chuy\u1ec3n kho\u1ea3n", None))

        self.ratingBox.setTitle(QCoreApplication.translate("ReturnPageForm", u"M\u1ee9c \u0111\u1ed9 h\u00e0i l\u00f2ng c\u1ee7a ng\u01b0\u1eddi d\u00e2n", None))
        self.ratingVerySatisfied.setText(QCoreApplication.translate("ReturnPageForm", u"R\u1ea5t h\u00e0i l\u00f2ng", None))
        self.ratingSatisfied.setText(QCoreApplication.translate("ReturnPageForm", u"H\u00e0i l\u00f2ng", None))
        self.ratingDissatisfied.setText(QCoreApplication.translate("ReturnPageForm", u"Kh\u00f4ng h\u00e0i l\u00f2ng", None))
        self.ratingNone.setText(QCoreApplication.translate("ReturnPageForm", u"C\u00f4ng d\u00e2n kh\u00f4ng \u0111\u00e1nh gi\u00e1", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ReturnPageForm", u"\u00dd ki\u1ebfn g\u00f3p \u00fd (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
        self.confirmButton.setText(QCoreApplication.translate("ReturnPageForm", u"X\u00e1c nh\u1eadn tr\u1ea3 k\u1ebft qu\u1ea3 (Ctrl+Enter)", None))
        pass
    # retranslateUi

