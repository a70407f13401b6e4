# Generated from forms/intake_page.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IntakePageForm(object):
    def setupUi(self, IntakePageForm):
        if not IntakePageForm.objectName():
            IntakePageForm.setObjectName(u"IntakePageForm")
        self.pageLayout = QVBoxLayout(IntakePageForm)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.messageLabel = QLabel(IntakePageForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.mainRow = QHBoxLayout()
        self.mainRow.setSpacing(10)
        self.mainRow.setObjectName(u"mainRow")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(6)
        self.leftColumn.setObjectName(u"leftColumn")
        self.procedureBox = QGroupBox(IntakePageForm)
        self.procedureBox.setObjectName(u"procedureBox")
        self.procedureLayout = QVBoxLayout(self.procedureBox)
        self.procedureLayout.setObjectName(u"procedureLayout")
        self.procedureSearch = QLineEdit(self.procedureBox)
        self.procedureSearch.setObjectName(u"procedureSearch")
        self.procedureSearch.setClearButtonEnabled(True)

        self.procedureLayout.addWidget(self.procedureSearch)

        self.procedureList = QListWidget(self.procedureBox)
        self.procedureList.setObjectName(u"procedureList")
        self.procedureList.setMinimumSize(QSize(0, 128))
        self.procedureList.setMaximumSize(QSize(16777215, 128))

        self.procedureLayout.addWidget(self.procedureList)

        self.procedureInfoRow = QHBoxLayout()
        self.procedureInfoRow.setObjectName(u"procedureInfoRow")
        self.procedureError = QLabel(self.procedureBox)
        self.procedureError.setObjectName(u"procedureError")
        self.procedureError.setText(u"")

        self.procedureInfoRow.addWidget(self.procedureError)

        self.procedureInfo = QLabel(self.procedureBox)
        self.procedureInfo.setObjectName(u"procedureInfo")
        self.procedureInfo.setText(u"")

        self.procedureInfoRow.addWidget(self.procedureInfo)

        self.appointmentLabel = QLabel(self.procedureBox)
        self.appointmentLabel.setObjectName(u"appointmentLabel")
        self.appointmentLabel.setText(u"")

        self.procedureInfoRow.addWidget(self.appointmentLabel)

        self.procedureInfoRow.setStretch(0, 1)
        self.procedureInfoRow.setStretch(1, 1)

        self.procedureLayout.addLayout(self.procedureInfoRow)

        self.feeRow = QHBoxLayout()
        self.feeRow.setObjectName(u"feeRow")
        self.feeLabel = QLabel(self.procedureBox)
        self.feeLabel.setObjectName(u"feeLabel")
        self.feeLabel.setText(u"")

        self.feeRow.addWidget(self.feeLabel)

        self.feeCollectCombo = QComboBox(self.procedureBox)
        self.feeCollectCombo.addItem("")
        self.feeCollectCombo.addItem("")
        self.feeCollectCombo.addItem("")
        self.feeCollectCombo.setObjectName(u"feeCollectCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.feeCollectCombo.sizePolicy().hasHeightForWidth())
        self.feeCollectCombo.setSizePolicy(sizePolicy)

        self.feeRow.addWidget(self.feeCollectCombo)

        self.feeMethodCombo = QComboBox(self.procedureBox)
        self.feeMethodCombo.addItem("")
        self.feeMethodCombo.addItem("")
        self.feeMethodCombo.setObjectName(u"feeMethodCombo")
        sizePolicy.setHeightForWidth(self.feeMethodCombo.sizePolicy().hasHeightForWidth())
        self.feeMethodCombo.setSizePolicy(sizePolicy)

        self.feeRow.addWidget(self.feeMethodCombo)

        self.feeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feeRow.addItem(self.feeSpacer)


        self.procedureLayout.addLayout(self.feeRow)

        self.feeReasonRow = QHBoxLayout()
        self.feeReasonRow.setObjectName(u"feeReasonRow")
        self.feeReasonEdit = QLineEdit(self.procedureBox)
        self.feeReasonEdit.setObjectName(u"feeReasonEdit")

        self.feeReasonRow.addWidget(self.feeReasonEdit)

        self.feeError = QLabel(self.procedureBox)
        self.feeError.setObjectName(u"feeError")
        self.feeError.setText(u"")

        self.feeReasonRow.addWidget(self.feeError)

        self.feeReasonRow.setStretch(0, 3)
        self.feeReasonRow.setStretch(1, 2)

        self.procedureLayout.addLayout(self.feeReasonRow)


        self.leftColumn.addWidget(self.procedureBox)

        self.checklistBox = QGroupBox(IntakePageForm)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.chosenLabel = QLabel(self.checklistBox)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setText(u"")
        self.chosenLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.checklistLayout.addWidget(self.chosenLabel)

        self.checklistTable = QTableWidget(self.checklistBox)
        if (self.checklistTable.columnCount() < 5):
            self.checklistTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklistTable.setTabKeyNavigation(False)
        self.checklistTable.setAlternatingRowColors(True)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.checklistLayout.addWidget(self.checklistTable)

        self.extraRow = QHBoxLayout()
        self.extraRow.setObjectName(u"extraRow")
        self.extraDocEdit = QLineEdit(self.checklistBox)
        self.extraDocEdit.setObjectName(u"extraDocEdit")
        self.extraDocEdit.setMinimumSize(QSize(150, 0))

        self.extraRow.addWidget(self.extraDocEdit)

        self.addDocButton = QPushButton(self.checklistBox)
        self.addDocButton.setObjectName(u"addDocButton")

        self.extraRow.addWidget(self.addDocButton)

        self.removeDocButton = QPushButton(self.checklistBox)
        self.removeDocButton.setObjectName(u"removeDocButton")

        self.extraRow.addWidget(self.removeDocButton)

        self.extraSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extraRow.addItem(self.extraSpacer)

        self.setsLabel = QLabel(self.checklistBox)
        self.setsLabel.setObjectName(u"setsLabel")

        self.extraRow.addWidget(self.setsLabel)

        self.setsSpin = QSpinBox(self.checklistBox)
        self.setsSpin.setObjectName(u"setsSpin")
        self.setsSpin.setMaximumSize(QSize(72, 16777215))
        self.setsSpin.setMinimum(1)
        self.setsSpin.setMaximum(99)

        self.extraRow.addWidget(self.setsSpin)


        self.checklistLayout.addLayout(self.extraRow)

        self.documentsError = QLabel(self.checklistBox)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setText(u"")

        self.checklistLayout.addWidget(self.documentsError)


        self.leftColumn.addWidget(self.checklistBox)

        self.leftColumn.setStretch(1, 1)

        self.mainRow.addLayout(self.leftColumn)

        self.applicantBox = QGroupBox(IntakePageForm)
        self.applicantBox.setObjectName(u"applicantBox")
        self.applicantLayout = QGridLayout(self.applicantBox)
        self.applicantLayout.setObjectName(u"applicantLayout")
        self.applicantLayout.setVerticalSpacing(1)
        self.applicantLayout.setHorizontalSpacing(8)
        self.kindLabel = QLabel(self.applicantBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.applicantLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.applicantBox)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.applicantLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.nameLabel = QLabel(self.applicantBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.applicantLayout.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(self.applicantBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.applicantLayout.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.nameError = QLabel(self.applicantBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")

        self.applicantLayout.addWidget(self.nameError, 2, 1, 1, 1)

        self.idLabel = QLabel(self.applicantBox)
        self.idLabel.setObjectName(u"idLabel")

        self.applicantLayout.addWidget(self.idLabel, 3, 0, 1, 1)

        self.idRow = QHBoxLayout()
        self.idRow.setSpacing(8)
        self.idRow.setObjectName(u"idRow")
        self.idEdit = QLineEdit(self.applicantBox)
        self.idEdit.setObjectName(u"idEdit")

        self.idRow.addWidget(self.idEdit)

        self.nationalityLabel = QLabel(self.applicantBox)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.idRow.addWidget(self.nationalityLabel)

        self.nationalityCombo = QComboBox(self.applicantBox)
        self.nationalityCombo.setObjectName(u"nationalityCombo")
        self.nationalityCombo.setEditable(True)

        self.idRow.addWidget(self.nationalityCombo)

        self.idRow.setStretch(0, 1)
        self.idRow.setStretch(2, 1)

        self.applicantLayout.addLayout(self.idRow, 3, 1, 1, 1)

        self.idError = QLabel(self.applicantBox)
        self.idError.setObjectName(u"idError")
        self.idError.setText(u"")

        self.applicantLayout.addWidget(self.idError, 4, 1, 1, 1)

        self.phoneLabel = QLabel(self.applicantBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantLayout.addWidget(self.phoneLabel, 5, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.applicantBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.applicantLayout.addWidget(self.phoneEdit, 5, 1, 1, 1)

        self.phoneError = QLabel(self.applicantBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")

        self.applicantLayout.addWidget(self.phoneError, 6, 1, 1, 1)

        self.addressLabel = QLabel(self.applicantBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.applicantLayout.addWidget(self.addressLabel, 7, 0, 1, 1)

        self.addressEdit = QLineEdit(self.applicantBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.applicantLayout.addWidget(self.addressEdit, 7, 1, 1, 1)

        self.addressError = QLabel(self.applicantBox)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")

        self.applicantLayout.addWidget(self.addressError, 8, 1, 1, 1)

        self.birthLabel = QLabel(self.applicantBox)
        self.birthLabel.setObjectName(u"birthLabel")

        self.applicantLayout.addWidget(self.birthLabel, 9, 0, 1, 1)

        self.birthRow = QHBoxLayout()
        self.birthRow.setObjectName(u"birthRow")
        self.birthEdit = QLineEdit(self.applicantBox)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setMinimumSize(QSize(120, 0))
        self.birthEdit.setMaxLength(10)

        self.birthRow.addWidget(self.birthEdit)

        self.genderGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.birthRow.addItem(self.genderGap)

        self.genderLabel = QLabel(self.applicantBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.birthRow.addWidget(self.genderLabel)

        self.genderCombo = QComboBox(self.applicantBox)
        self.genderCombo.addItem("")
        self.genderCombo.addItem("")
        self.genderCombo.addItem("")
        self.genderCombo.setObjectName(u"genderCombo")

        self.birthRow.addWidget(self.genderCombo)


        self.applicantLayout.addLayout(self.birthRow, 9, 1, 1, 1)

        self.birthError = QLabel(self.applicantBox)
        self.birthError.setObjectName(u"birthError")
        self.birthError.setText(u"")

        self.applicantLayout.addWidget(self.birthError, 10, 1, 1, 1)

        self.notifyLabel = QLabel(self.applicantBox)
        self.notifyLabel.setObjectName(u"notifyLabel")

        self.applicantLayout.addWidget(self.notifyLabel, 11, 0, 1, 1)

        self.notifyRow = QHBoxLayout()
        self.notifyRow.setObjectName(u"notifyRow")
        self.notifySms = QCheckBox(self.applicantBox)
        self.notifySms.setObjectName(u"notifySms")

        self.notifyRow.addWidget(self.notifySms)

        self.notifyZalo = QCheckBox(self.applicantBox)
        self.notifyZalo.setObjectName(u"notifyZalo")

        self.notifyRow.addWidget(self.notifyZalo)

        self.notifyEmail = QCheckBox(self.applicantBox)
        self.notifyEmail.setObjectName(u"notifyEmail")

        self.notifyRow.addWidget(self.notifyEmail)

        self.emailEdit = QLineEdit(self.applicantBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.notifyRow.addWidget(self.emailEdit)

        self.notifyRow.setStretch(3, 1)

        self.applicantLayout.addLayout(self.notifyRow, 11, 1, 1, 1)

        self.emailError = QLabel(self.applicantBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")

        self.applicantLayout.addWidget(self.emailError, 12, 1, 1, 1)

        self.deliveryLabel = QLabel(self.applicantBox)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.applicantLayout.addWidget(self.deliveryLabel, 13, 0, 1, 1)

        self.deliveryRow = QHBoxLayout()
        self.deliveryRow.setObjectName(u"deliveryRow")
        self.deliveryCombo = QComboBox(self.applicantBox)
        self.deliveryCombo.addItem("")
        self.deliveryCombo.addItem("")
        self.deliveryCombo.setObjectName(u"deliveryCombo")

        self.deliveryRow.addWidget(self.deliveryCombo)

        self.deliveryAddressEdit = QLineEdit(self.applicantBox)
        self.deliveryAddressEdit.setObjectName(u"deliveryAddressEdit")

        self.deliveryRow.addWidget(self.deliveryAddressEdit)

        self.deliveryRow.setStretch(1, 1)

        self.applicantLayout.addLayout(self.deliveryRow, 13, 1, 1, 1)

        self.deliveryError = QLabel(self.applicantBox)
        self.deliveryError.setObjectName(u"deliveryError")
        self.deliveryError.setText(u"")

        self.applicantLayout.addWidget(self.deliveryError, 14, 1, 1, 1)

        self.submitterCheck = QCheckBox(self.applicantBox)
        self.submitterCheck.setObjectName(u"submitterCheck")

        self.applicantLayout.addWidget(self.submitterCheck, 15, 0, 1, 1)

        self.submitterBox = QWidget(self.applicantBox)
        self.submitterBox.setObjectName(u"submitterBox")
        self.submitterRow = QHBoxLayout(self.submitterBox)
        self.submitterRow.setObjectName(u"submitterRow")
        self.submitterRow.setContentsMargins(0, 0, 0, 0)
        self.submitterNameEdit = QLineEdit(self.submitterBox)
        self.submitterNameEdit.setObjectName(u"submitterNameEdit")

        self.submitterRow.addWidget(self.submitterNameEdit)

        self.submitterIdEdit = QLineEdit(self.submitterBox)
        self.submitterIdEdit.setObjectName(u"submitterIdEdit")

        self.submitterRow.addWidget(self.submitterIdEdit)

        self.submitterPhoneEdit = QLineEdit(self.submitterBox)
        self.submitterPhoneEdit.setObjectName(u"submitterPhoneEdit")

        self.submitterRow.addWidget(self.submitterPhoneEdit)

        self.submitterRow.setStretch(0, 3)
        self.submitterRow.setStretch(1, 2)
        self.submitterRow.setStretch(2, 2)

        self.applicantLayout.addWidget(self.submitterBox, 15, 1, 1, 1)

        self.submitterError = QLabel(self.applicantBox)
        self.submitterError.setObjectName(u"submitterError")
        self.submitterError.setText(u"")

        self.applicantLayout.addWidget(self.submitterError, 16, 1, 1, 1)

        self.ticketLabel = QLabel(self.applicantBox)
        self.ticketLabel.setObjectName(u"ticketLabel")

        self.applicantLayout.addWidget(self.ticketLabel, 17, 0, 1, 1)

        self.ticketRow = QHBoxLayout()
        self.ticketRow.setObjectName(u"ticketRow")
        self.ticketEdit = QLineEdit(self.applicantBox)
        self.ticketEdit.setObjectName(u"ticketEdit")
        self.ticketEdit.setMaximumSize(QSize(110, 16777215))

        self.ticketRow.addWidget(self.ticketEdit)

        self.callNextButton = QPushButton(self.applicantBox)
        self.callNextButton.setObjectName(u"callNextButton")

        self.ticketRow.addWidget(self.callNextButton)

        self.ticketSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ticketRow.addItem(self.ticketSpacer)

        self.ticketRow.setStretch(2, 1)

        self.applicantLayout.addLayout(self.ticketRow, 17, 1, 1, 1)

        self.ticketError = QLabel(self.applicantBox)
        self.ticketError.setObjectName(u"ticketError")
        self.ticketError.setText(u"")

        self.applicantLayout.addWidget(self.ticketError, 18, 1, 1, 1)

        self.applicantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.applicantLayout.addItem(self.applicantSpacer, 19, 0, 1, 2)


        self.mainRow.addWidget(self.applicantBox)

        self.mainRow.setStretch(0, 9)
        self.mainRow.setStretch(1, 11)

        self.pageLayout.addLayout(self.mainRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.reasonEdit = QLineEdit(IntakePageForm)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.actionRow.addWidget(self.reasonEdit)

        self.clearButton = QPushButton(IntakePageForm)
        self.clearButton.setObjectName(u"clearButton")

        self.actionRow.addWidget(self.clearButton)

        self.refuseButton = QPushButton(IntakePageForm)
        self.refuseButton.setObjectName(u"refuseButton")

        self.actionRow.addWidget(self.refuseButton)

        self.incompleteButton = QPushButton(IntakePageForm)
        self.incompleteButton.setObjectName(u"incompleteButton")

        self.actionRow.addWidget(self.incompleteButton)

        self.saveButton = QPushButton(IntakePageForm)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.actionRow)

        self.reasonError = QLabel(IntakePageForm)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")

        self.pageLayout.addWidget(self.reasonError)

#if QT_CONFIG(shortcut)
        self.setsLabel.setBuddy(self.setsSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.nationalityLabel.setBuddy(self.nationalityCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.notifyLabel.setBuddy(self.notifySms)
        self.deliveryLabel.setBuddy(self.deliveryCombo)
        self.ticketLabel.setBuddy(self.ticketEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.procedureSearch, self.procedureList)
        QWidget.setTabOrder(self.procedureList, self.feeCollectCombo)
        QWidget.setTabOrder(self.feeCollectCombo, self.feeMethodCombo)
        QWidget.setTabOrder(self.feeMethodCombo, self.feeReasonEdit)
        QWidget.setTabOrder(self.feeReasonEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.nationalityCombo)
        QWidget.setTabOrder(self.nationalityCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.notifySms)
        QWidget.setTabOrder(self.notifySms, self.notifyZalo)
        QWidget.setTabOrder(self.notifyZalo, self.notifyEmail)
        QWidget.setTabOrder(self.notifyEmail, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.deliveryCombo)
        QWidget.setTabOrder(self.deliveryCombo, self.deliveryAddressEdit)
        QWidget.setTabOrder(self.deliveryAddressEdit, self.submitterCheck)
        QWidget.setTabOrder(self.submitterCheck, self.submitterNameEdit)
        QWidget.setTabOrder(self.submitterNameEdit, self.submitterIdEdit)
        QWidget.setTabOrder(self.submitterIdEdit, self.submitterPhoneEdit)
        QWidget.setTabOrder(self.submitterPhoneEdit, self.checklistTable)
        QWidget.setTabOrder(self.checklistTable, self.extraDocEdit)
        QWidget.setTabOrder(self.extraDocEdit, self.addDocButton)
        QWidget.setTabOrder(self.addDocButton, self.removeDocButton)
        QWidget.setTabOrder(self.removeDocButton, self.setsSpin)
        QWidget.setTabOrder(self.setsSpin, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.refuseButton)
        QWidget.setTabOrder(self.refuseButton, self.incompleteButton)
        QWidget.setTabOrder(self.incompleteButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.ticketEdit)
        QWidget.setTabOrder(self.ticketEdit, self.callNextButton)

        self.retranslateUi(IntakePageForm)
    # setupUi

    def retranslateUi(self, IntakePageForm):
        self.procedureBox.setTitle(QCoreApplication.translate("IntakePageForm", u"1. Th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.procedureSearch.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"T\u00ecm th\u1ee7 t\u1ee5c (g\u00f5 kh\u00f4ng d\u1ea5u \u0111\u01b0\u1ee3c, v\u00ed d\u1ee5: dang ky kinh doanh)", None))
        self.feeCollectCombo.setItemText(0, QCoreApplication.translate("IntakePageForm", u"Thu ngay", None))
        self.feeCollectCombo.setItemText(1, QCoreApplication.translate("IntakePageForm", u"Thu khi tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.feeCollectCombo.setItemText(2, QCoreApplication.translate("IntakePageForm", u"Mi\u1ec5n", None))

        self.feeMethodCombo.setItemText(0, QCoreApplication.translate("IntakePageForm", u"Ti\u1ec1n m\u1eb7t", None))
        self.feeMethodCombo.setItemText(1, QCoreApplication.translate("IntakePageForm", u"Chuy\u1ec3n kho\u1ea3n", None))

        self.feeReasonEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"L\u00fd do mi\u1ec5n ph\u00ed, l\u1ec7 ph\u00ed (tr\u01b0\u1eddng h\u1ee3p \u0111\u01b0\u1ee3c mi\u1ec5n theo quy \u0111\u1ecbnh)", None))
        self.checklistBox.setTitle(QCoreApplication.translate("IntakePageForm", u"3. Th\u00e0nh ph\u1ea7n h\u1ed3 s\u01a1 (Space: \u0111\u00e3 nh\u1eadn; g\u00f5 s\u1ed1: s\u1ed1 b\u1ea3n)", None))
        ___qtablewidgetitem = self.checklistTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IntakePageForm", u"Gi\u1ea5y t\u1edd", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem.setToolTip(QCoreApplication.translate("IntakePageForm", u"\u0110\u00e1nh d\u1ea5u \u2713 gi\u1ea5y t\u1edd \u0111\u00e3 nh\u1eadn (ph\u00edm c\u00e1ch)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem1 = self.checklistTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IntakePageForm", u"Ch\u00ednh", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem1.setToolTip(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 b\u1ea3n ch\u00ednh", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem2 = self.checklistTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IntakePageForm", u"C.th\u1ef1c", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem2.setToolTip(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 b\u1ea3n sao c\u00f3 ch\u1ee9ng th\u1ef1c", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem3 = self.checklistTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IntakePageForm", u"Photo", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem3.setToolTip(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 b\u1ea3n photo", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem4 = self.checklistTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("IntakePageForm", u"B\u1ea3n qu\u00e9t", None))
        self.extraDocEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"Gi\u1ea5y t\u1edd kh\u00e1c (ngo\u00e0i danh m\u1ee5c)\u2026", None))
        self.addDocButton.setText(QCoreApplication.translate("IntakePageForm", u"Th\u00eam", None))
#if QT_CONFIG(tooltip)
        self.addDocButton.setToolTip(QCoreApplication.translate("IntakePageForm", u"Th\u00eam gi\u1ea5y t\u1edd ngo\u00e0i danh m\u1ee5c v\u00e0o danh s\u00e1ch (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeDocButton.setText(QCoreApplication.translate("IntakePageForm", u"B\u1ecf d\u00f2ng", None))
#if QT_CONFIG(tooltip)
        self.removeDocButton.setToolTip(QCoreApplication.translate("IntakePageForm", u"B\u1ecf gi\u1ea5y t\u1edd \u1edf d\u00f2ng \u0111ang ch\u1ecdn kh\u1ecfi danh s\u00e1ch", None))
#endif // QT_CONFIG(tooltip)
        self.setsLabel.setText(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 b\u1ed9", None))
        self.applicantBox.setTitle(QCoreApplication.translate("IntakePageForm", u"2. Ng\u01b0\u1eddi n\u1ed9p h\u1ed3 s\u01a1 (qu\u00e9t QR th\u1ebb c\u0103n c\u01b0\u1edbc \u0111\u1ec3 \u0111i\u1ec1n)", None))
        self.kindLabel.setText(QCoreApplication.translate("IntakePageForm", u"\u0110\u1ed1i t\u01b0\u1ee3ng", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("IntakePageForm", u"C\u00f4ng d\u00e2n", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("IntakePageForm", u"T\u1ed5 ch\u1ee9c, doanh nghi\u1ec7p", None))

        self.nameLabel.setText(QCoreApplication.translate("IntakePageForm", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.idLabel.setText(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 \u0111\u1ecbnh danh/H\u1ed9 chi\u1ebfu", None))
#if QT_CONFIG(tooltip)
        self.idLabel.setToolTip(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 \u0111\u1ecbnh danh c\u00e1 nh\u00e2n/Th\u1ebb c\u0103n c\u01b0\u1edbc/H\u1ed9 chi\u1ebfu; v\u1edbi t\u1ed5 ch\u1ee9c: m\u00e3 s\u1ed1 doanh nghi\u1ec7p/m\u00e3 s\u1ed1 thu\u1ebf", None))
#endif // QT_CONFIG(tooltip)
        self.idEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"C\u0103n c\u01b0\u1edbc 12 s\u1ed1 / h\u1ed9 chi\u1ebfu / m\u00e3 s\u1ed1 thu\u1ebf", None))
        self.nationalityLabel.setText(QCoreApplication.translate("IntakePageForm", u"Qu\u1ed1c t\u1ecbch", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 \u0111i\u1ec7n tho\u1ea1i", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"Kh\u00f4ng b\u1eaft bu\u1ed9c", None))
        self.addressLabel.setText(QCoreApplication.translate("IntakePageForm", u"\u0110\u1ecba ch\u1ec9", None))
        self.birthLabel.setText(QCoreApplication.translate("IntakePageForm", u"Ng\u00e0y sinh", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"dd/mm/yyyy", None))
        self.genderLabel.setText(QCoreApplication.translate("IntakePageForm", u"Gi\u1edbi t\u00ednh", None))
        self.genderCombo.setItemText(0, QCoreApplication.translate("IntakePageForm", u"\u2014", None))
        self.genderCombo.setItemText(1, QCoreApplication.translate("IntakePageForm", u"Nam", None))
        self.genderCombo.setItemText(2, QCoreApplication.translate("IntakePageForm", u"N\u1eef", None))

        self.notifyLabel.setText(QCoreApplication.translate("IntakePageForm", u"Nh\u1eadn th\u00f4ng b\u00e1o qua", None))
        self.notifySms.setText(QCoreApplication.translate("IntakePageForm", u"SMS", None))
        self.notifyZalo.setText(QCoreApplication.translate("IntakePageForm", u"Zalo", None))
        self.notifyEmail.setText(QCoreApplication.translate("IntakePageForm", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"\u0110\u1ecba ch\u1ec9 email (n\u1ebfu c\u00f3)", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("IntakePageForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.deliveryLabel.setText(QCoreApplication.translate("IntakePageForm", u"Nh\u1eadn k\u1ebft qu\u1ea3", None))
        self.deliveryCombo.setItemText(0, QCoreApplication.translate("IntakePageForm", u"T\u1ea1i qu\u1ea7y", None))
        self.deliveryCombo.setItemText(1, QCoreApplication.translate("IntakePageForm", u"Qua b\u01b0u ch\u00ednh", None))

        self.deliveryAddressEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"\u0110\u1ecba ch\u1ec9 nh\u1eadn k\u1ebft qu\u1ea3 qua b\u01b0u ch\u00ednh", None))
        self.submitterCheck.setText(QCoreApplication.translate("IntakePageForm", u"Ng\u01b0\u1eddi n\u1ed9p thay", None))
#if QT_CONFIG(tooltip)
        self.submitterCheck.setToolTip(QCoreApplication.translate("IntakePageForm", u"Ng\u01b0\u1eddi kh\u00e1c n\u1ed9p thay ch\u1ee7 h\u1ed3 s\u01a1: ng\u01b0\u1eddi \u0111\u01b0\u1ee3c \u1ee7y quy\u1ec1n, ho\u1eb7c ng\u01b0\u1eddi \u0111\u1ea1i di\u1ec7n c\u1ee7a t\u1ed5 ch\u1ee9c", None))
#endif // QT_CONFIG(tooltip)
        self.submitterNameEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"H\u1ecd t\u00ean ng\u01b0\u1eddi n\u1ed9p", None))
        self.submitterIdEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 \u0111\u1ecbnh danh", None))
        self.submitterPhoneEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"\u0110i\u1ec7n tho\u1ea1i", None))
        self.ticketLabel.setText(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 th\u1ee9 t\u1ef1", None))
        self.ticketEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"A012", None))
#if QT_CONFIG(tooltip)
        self.ticketEdit.setToolTip(QCoreApplication.translate("IntakePageForm", u"S\u1ed1 th\u1ee9 t\u1ef1 c\u00f4ng d\u00e2n c\u1ea7m (g\u00f5 ho\u1eb7c qu\u00e9t v\u00e9)", None))
#endif // QT_CONFIG(tooltip)
        self.callNextButton.setText(QCoreApplication.translate("IntakePageForm", u"G\u1ecdi s\u1ed1 ti\u1ebfp theo (F8)", None))
#if QT_CONFIG(tooltip)
        self.callNextButton.setToolTip(QCoreApplication.translate("IntakePageForm", u"Hi\u1ec7n s\u1ed1 tr\u00ean m\u00e0n h\u00ecnh c\u00f4ng d\u00e2n: s\u1ed1 v\u1eeba g\u00f5, ho\u1eb7c s\u1ed1 sau s\u1ed1 v\u1eeba g\u1ecdi", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("IntakePageForm", u"L\u00fd do (khi thi\u1ebfu h\u1ed3 s\u01a1 ho\u1eb7c t\u1eeb ch\u1ed1i ti\u1ebfp nh\u1eadn)", None))
        self.clearButton.setText(QCoreApplication.translate("IntakePageForm", u"L\u00e0m m\u1edbi", None))
        self.refuseButton.setText(QCoreApplication.translate("IntakePageForm", u"T\u1eeb ch\u1ed1i (m\u1eabu 03)", None))
        self.incompleteButton.setText(QCoreApplication.translate("IntakePageForm", u"Thi\u1ebfu h\u1ed3 s\u01a1 (m\u1eabu 02)", None))
        self.saveButton.setText(QCoreApplication.translate("IntakePageForm", u"L\u01b0u v\u00e0 in gi\u1ea5y ti\u1ebfp nh\u1eadn (Ctrl+S)", None))
        pass
    # retranslateUi

