# Generated from forms/settings_page.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        self.pageLayout = QVBoxLayout(SettingsForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.adminNoteLabel = QLabel(SettingsForm)
        self.adminNoteLabel.setObjectName(u"adminNoteLabel")
        self.adminNoteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.adminNoteLabel)

        self.settingsTabs = QTabWidget(SettingsForm)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.settingsTabs.setUsesScrollButtons(False)
        self.deskTab = QWidget()
        self.deskTab.setObjectName(u"deskTab")
        self.deskTabLayout = QVBoxLayout(self.deskTab)
        self.deskTabLayout.setObjectName(u"deskTabLayout")
        self.deskTabLayout.setContentsMargins(11, 11, 11, 11)
        self.deskBox = QGroupBox(self.deskTab)
        self.deskBox.setObjectName(u"deskBox")
        self.deskLayout = QVBoxLayout(self.deskBox)
        self.deskLayout.setObjectName(u"deskLayout")
        self.deskInfoLabel = QLabel(self.deskBox)
        self.deskInfoLabel.setObjectName(u"deskInfoLabel")
        self.deskInfoLabel.setText(u"")
        self.deskInfoLabel.setWordWrap(True)

        self.deskLayout.addWidget(self.deskInfoLabel)

        self.backupDirRow = QHBoxLayout()
        self.backupDirRow.setObjectName(u"backupDirRow")
        self.backupDirLabel = QLabel(self.deskBox)
        self.backupDirLabel.setObjectName(u"backupDirLabel")
        self.backupDirLabel.setMinimumSize(QSize(310, 0))

        self.backupDirRow.addWidget(self.backupDirLabel)

        self.backupDirEdit = QLineEdit(self.deskBox)
        self.backupDirEdit.setObjectName(u"backupDirEdit")
        self.backupDirEdit.setMaximumSize(QSize(520, 16777215))

        self.backupDirRow.addWidget(self.backupDirEdit)

        self.backupDirButton = QPushButton(self.deskBox)
        self.backupDirButton.setObjectName(u"backupDirButton")

        self.backupDirRow.addWidget(self.backupDirButton)

        self.backupDirSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupDirRow.addItem(self.backupDirSpacer)


        self.deskLayout.addLayout(self.backupDirRow)

        self.scanInboxRow = QHBoxLayout()
        self.scanInboxRow.setObjectName(u"scanInboxRow")
        self.scanInboxLabel = QLabel(self.deskBox)
        self.scanInboxLabel.setObjectName(u"scanInboxLabel")
        self.scanInboxLabel.setMinimumSize(QSize(310, 0))

        self.scanInboxRow.addWidget(self.scanInboxLabel)

        self.scanInboxEdit = QLineEdit(self.deskBox)
        self.scanInboxEdit.setObjectName(u"scanInboxEdit")
        self.scanInboxEdit.setMaximumSize(QSize(520, 16777215))

        self.scanInboxRow.addWidget(self.scanInboxEdit)

        self.scanInboxButton = QPushButton(self.deskBox)
        self.scanInboxButton.setObjectName(u"scanInboxButton")

        self.scanInboxRow.addWidget(self.scanInboxButton)

        self.scanInboxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scanInboxRow.addItem(self.scanInboxSpacer)


        self.deskLayout.addLayout(self.scanInboxRow)


        self.deskTabLayout.addWidget(self.deskBox)

        self.devicesRow = QHBoxLayout()
        self.devicesRow.setObjectName(u"devicesRow")
        self.scannerBox = QGroupBox(self.deskTab)
        self.scannerBox.setObjectName(u"scannerBox")
        self.scannerLayout = QFormLayout(self.scannerBox)
        self.scannerLayout.setObjectName(u"scannerLayout")
        self.prefixLabel = QLabel(self.scannerBox)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.scannerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(self.scannerBox)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaximumSize(QSize(280, 16777215))
        self.prefixEdit.setMaxLength(8)

        self.scannerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.suffixLabel = QLabel(self.scannerBox)
        self.suffixLabel.setObjectName(u"suffixLabel")

        self.scannerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.suffixLabel)

        self.suffixEdit = QLineEdit(self.scannerBox)
        self.suffixEdit.setObjectName(u"suffixEdit")
        self.suffixEdit.setMaximumSize(QSize(280, 16777215))
        self.suffixEdit.setMaxLength(8)

        self.scannerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.suffixEdit)

        self.gapLabel = QLabel(self.scannerBox)
        self.gapLabel.setObjectName(u"gapLabel")

        self.scannerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gapLabel)

        self.gapSpin = QSpinBox(self.scannerBox)
        self.gapSpin.setObjectName(u"gapSpin")
        self.gapSpin.setMaximumSize(QSize(140, 16777215))
        self.gapSpin.setMinimum(5)
        self.gapSpin.setMaximum(200)
        self.gapSpin.setValue(35)

        self.scannerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gapSpin)

        self.saveScannerButton = QPushButton(self.scannerBox)
        self.saveScannerButton.setObjectName(u"saveScannerButton")
        self.saveScannerButton.setMaximumSize(QSize(280, 16777215))

        self.scannerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.saveScannerButton)


        self.devicesRow.addWidget(self.scannerBox)

        self.citizenBox = QGroupBox(self.deskTab)
        self.citizenBox.setObjectName(u"citizenBox")
        self.citizenLayout = QVBoxLayout(self.citizenBox)
        self.citizenLayout.setObjectName(u"citizenLayout")
        self.noticesLabel = QLabel(self.citizenBox)
        self.noticesLabel.setObjectName(u"noticesLabel")

        self.citizenLayout.addWidget(self.noticesLabel)

        self.noticesEdit = QPlainTextEdit(self.citizenBox)
        self.noticesEdit.setObjectName(u"noticesEdit")
        self.noticesEdit.setMaximumSize(QSize(16777215, 72))
        self.noticesEdit.setTabChangesFocus(True)

        self.citizenLayout.addWidget(self.noticesEdit)

        self.noticesRow = QHBoxLayout()
        self.noticesRow.setObjectName(u"noticesRow")
        self.saveNoticesButton = QPushButton(self.citizenBox)
        self.saveNoticesButton.setObjectName(u"saveNoticesButton")

        self.noticesRow.addWidget(self.saveNoticesButton)

        self.noticesMessage = QLabel(self.citizenBox)
        self.noticesMessage.setObjectName(u"noticesMessage")
        self.noticesMessage.setText(u"")
        self.noticesMessage.setWordWrap(True)

        self.noticesRow.addWidget(self.noticesMessage)

        self.noticesRow.setStretch(1, 1)

        self.citizenLayout.addLayout(self.noticesRow)


        self.devicesRow.addWidget(self.citizenBox)

        self.devicesRow.setStretch(0, 1)
        self.devicesRow.setStretch(1, 1)

        self.deskTabLayout.addLayout(self.devicesRow)

        self.printingBox = QGroupBox(self.deskTab)
        self.printingBox.setObjectName(u"printingBox")
        self.printingLayout = QFormLayout(self.printingBox)
        self.printingLayout.setObjectName(u"printingLayout")
        self.printerLabel = QLabel(self.printingBox)
        self.printerLabel.setObjectName(u"printerLabel")

        self.printingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printerCombo = QComboBox(self.printingBox)
        self.printerCombo.setObjectName(u"printerCombo")
        self.printerCombo.setMinimumSize(QSize(380, 0))
        self.printerCombo.setMaximumSize(QSize(520, 16777215))

        self.printingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.paperLabel = QLabel(self.printingBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.printingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.printingBox)
        self.paperCombo.setObjectName(u"paperCombo")
        self.paperCombo.setMinimumSize(QSize(280, 0))
        self.paperCombo.setMaximumSize(QSize(280, 16777215))

        self.printingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.savePrintingButton = QPushButton(self.printingBox)
        self.savePrintingButton.setObjectName(u"savePrintingButton")
        self.savePrintingButton.setMaximumSize(QSize(280, 16777215))

        self.printingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.savePrintingButton)

        self.printingMessage = QLabel(self.printingBox)
        self.printingMessage.setObjectName(u"printingMessage")
        self.printingMessage.setText(u"")
        self.printingMessage.setWordWrap(True)

        self.printingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.printingMessage)


        self.deskTabLayout.addWidget(self.printingBox)

        self.idleLockBox = QGroupBox(self.deskTab)
        self.idleLockBox.setObjectName(u"idleLockBox")
        self.idleLockLayout = QFormLayout(self.idleLockBox)
        self.idleLockLayout.setObjectName(u"idleLockLayout")
        self.idleLockLabel = QLabel(self.idleLockBox)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.idleLockLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(self.idleLockBox)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMaximumSize(QSize(140, 16777215))
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(480)
        self.idleLockSpin.setValue(10)

        self.idleLockLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.saveIdleLockButton = QPushButton(self.idleLockBox)
        self.saveIdleLockButton.setObjectName(u"saveIdleLockButton")
        self.saveIdleLockButton.setMaximumSize(QSize(280, 16777215))

        self.idleLockLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.saveIdleLockButton)

        self.idleLockMessage = QLabel(self.idleLockBox)
        self.idleLockMessage.setObjectName(u"idleLockMessage")
        self.idleLockMessage.setText(u"")
        self.idleLockMessage.setWordWrap(True)

        self.idleLockLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idleLockMessage)


        self.deskTabLayout.addWidget(self.idleLockBox)

        self.deskTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deskTabLayout.addItem(self.deskTabSpacer)

        self.settingsTabs.addTab(self.deskTab, "")
        self.serverTab = QWidget()
        self.serverTab.setObjectName(u"serverTab")
        self.serverTabLayout = QVBoxLayout(self.serverTab)
        self.serverTabLayout.setObjectName(u"serverTabLayout")
        self.serverTabLayout.setContentsMargins(11, 11, 11, 11)
        self.serverBox = QGroupBox(self.serverTab)
        self.serverBox.setObjectName(u"serverBox")
        self.serverLayout = QFormLayout(self.serverBox)
        self.serverLayout.setObjectName(u"serverLayout")
        self.serverUrlLabel = QLabel(self.serverBox)
        self.serverUrlLabel.setObjectName(u"serverUrlLabel")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverUrlLabel)

        self.serverUrlEdit = QLineEdit(self.serverBox)
        self.serverUrlEdit.setObjectName(u"serverUrlEdit")
        self.serverUrlEdit.setMaximumSize(QSize(560, 16777215))

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverUrlEdit)

        self.serverUrlWarning = QLabel(self.serverBox)
        self.serverUrlWarning.setObjectName(u"serverUrlWarning")
        self.serverUrlWarning.setMaximumSize(QSize(560, 16777215))
        self.serverUrlWarning.setText(u"")
        self.serverUrlWarning.setWordWrap(True)

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverUrlWarning)

        self.deviceTokenLabel = QLabel(self.serverBox)
        self.deviceTokenLabel.setObjectName(u"deviceTokenLabel")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deviceTokenLabel)

        self.deviceTokenEdit = QLineEdit(self.serverBox)
        self.deviceTokenEdit.setObjectName(u"deviceTokenEdit")
        self.deviceTokenEdit.setMaximumSize(QSize(560, 16777215))
        self.deviceTokenEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deviceTokenEdit)

        self.caBundleLabel = QLabel(self.serverBox)
        self.caBundleLabel.setObjectName(u"caBundleLabel")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.caBundleLabel)

        self.caBundleRow = QHBoxLayout()
        self.caBundleRow.setObjectName(u"caBundleRow")
        self.caBundleEdit = QLineEdit(self.serverBox)
        self.caBundleEdit.setObjectName(u"caBundleEdit")
        self.caBundleEdit.setMaximumSize(QSize(440, 16777215))

        self.caBundleRow.addWidget(self.caBundleEdit)

        self.chooseCaBundleButton = QPushButton(self.serverBox)
        self.chooseCaBundleButton.setObjectName(u"chooseCaBundleButton")

        self.caBundleRow.addWidget(self.chooseCaBundleButton)

        self.caBundleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caBundleRow.addItem(self.caBundleSpacer)


        self.serverLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.caBundleRow)

        self.caBundleHint = QLabel(self.serverBox)
        self.caBundleHint.setObjectName(u"caBundleHint")
        self.caBundleHint.setMaximumSize(QSize(560, 16777215))
        self.caBundleHint.setWordWrap(True)

        self.serverLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.caBundleHint)

        self.serverMessage = QLabel(self.serverBox)
        self.serverMessage.setObjectName(u"serverMessage")
        self.serverMessage.setMaximumSize(QSize(560, 16777215))
        self.serverMessage.setText(u"")
        self.serverMessage.setWordWrap(True)

        self.serverLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serverMessage)

        self.saveServerButton = QPushButton(self.serverBox)
        self.saveServerButton.setObjectName(u"saveServerButton")
        self.saveServerButton.setMaximumSize(QSize(280, 16777215))

        self.serverLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.saveServerButton)


        self.serverTabLayout.addWidget(self.serverBox)

        self.syncBox = QGroupBox(self.serverTab)
        self.syncBox.setObjectName(u"syncBox")
        self.syncLayout = QVBoxLayout(self.syncBox)
        self.syncLayout.setObjectName(u"syncLayout")
        self.syncRow = QHBoxLayout()
        self.syncRow.setObjectName(u"syncRow")
        self.syncStateLabel = QLabel(self.syncBox)
        self.syncStateLabel.setObjectName(u"syncStateLabel")
        self.syncStateLabel.setWordWrap(True)

        self.syncRow.addWidget(self.syncStateLabel)

        self.syncNowButton = QPushButton(self.syncBox)
        self.syncNowButton.setObjectName(u"syncNowButton")
        self.syncNowButton.setMaximumSize(QSize(220, 16777215))

        self.syncRow.addWidget(self.syncNowButton)


        self.syncLayout.addLayout(self.syncRow)

        self.syncPanelHost = QWidget(self.syncBox)
        self.syncPanelHost.setObjectName(u"syncPanelHost")
        self.syncPanelLayout = QVBoxLayout(self.syncPanelHost)
        self.syncPanelLayout.setObjectName(u"syncPanelLayout")
        self.syncPanelLayout.setContentsMargins(0, 0, 0, 0)

        self.syncLayout.addWidget(self.syncPanelHost)


        self.serverTabLayout.addWidget(self.syncBox)

        self.settingsTabs.addTab(self.serverTab, "")
        self.accountsTab = QWidget()
        self.accountsTab.setObjectName(u"accountsTab")
        self.accountsTabLayout = QVBoxLayout(self.accountsTab)
        self.accountsTabLayout.setObjectName(u"accountsTabLayout")
        self.accountsTabLayout.setContentsMargins(11, 11, 11, 11)
        self.accountsRow = QHBoxLayout()
        self.accountsRow.setObjectName(u"accountsRow")
        self.accountsTable = QTableWidget(self.accountsTab)
        if (self.accountsTable.columnCount() < 4):
            self.accountsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setAlternatingRowColors(True)

        self.accountsRow.addWidget(self.accountsTable)

        self.selectedAccountBox = QGroupBox(self.accountsTab)
        self.selectedAccountBox.setObjectName(u"selectedAccountBox")
        self.selectedAccountBox.setMinimumSize(QSize(330, 0))
        self.selectedAccountBox.setMaximumSize(QSize(360, 16777215))
        self.selectedAccountLayout = QVBoxLayout(self.selectedAccountBox)
        self.selectedAccountLayout.setObjectName(u"selectedAccountLayout")
        self.selectedAccountLabel = QLabel(self.selectedAccountBox)
        self.selectedAccountLabel.setObjectName(u"selectedAccountLabel")
        self.selectedAccountLabel.setText(u"")
        self.selectedAccountLabel.setWordWrap(True)

        self.selectedAccountLayout.addWidget(self.selectedAccountLabel)

        self.toggleActiveButton = QPushButton(self.selectedAccountBox)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.selectedAccountLayout.addWidget(self.toggleActiveButton)

        self.resetPasswordLabel = QLabel(self.selectedAccountBox)
        self.resetPasswordLabel.setObjectName(u"resetPasswordLabel")

        self.selectedAccountLayout.addWidget(self.resetPasswordLabel)

        self.resetPasswordEdit = QLineEdit(self.selectedAccountBox)
        self.resetPasswordEdit.setObjectName(u"resetPasswordEdit")
        self.resetPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.selectedAccountLayout.addWidget(self.resetPasswordEdit)

        self.resetPasswordAgainEdit = QLineEdit(self.selectedAccountBox)
        self.resetPasswordAgainEdit.setObjectName(u"resetPasswordAgainEdit")
        self.resetPasswordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.selectedAccountLayout.addWidget(self.resetPasswordAgainEdit)

        self.resetPasswordButton = QPushButton(self.selectedAccountBox)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.selectedAccountLayout.addWidget(self.resetPasswordButton)

        self.selectedAccountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.selectedAccountLayout.addItem(self.selectedAccountSpacer)


        self.accountsRow.addWidget(self.selectedAccountBox)


        self.accountsTabLayout.addLayout(self.accountsRow)

        self.accountsMessage = QLabel(self.accountsTab)
        self.accountsMessage.setObjectName(u"accountsMessage")
        self.accountsMessage.setText(u"")
        self.accountsMessage.setWordWrap(True)

        self.accountsTabLayout.addWidget(self.accountsMessage)

        self.addAccountBox = QGroupBox(self.accountsTab)
        self.addAccountBox.setObjectName(u"addAccountBox")
        self.addAccountLayout = QGridLayout(self.addAccountBox)
        self.addAccountLayout.setObjectName(u"addAccountLayout")
        self.newUsernameLabel = QLabel(self.addAccountBox)
        self.newUsernameLabel.setObjectName(u"newUsernameLabel")

        self.addAccountLayout.addWidget(self.newUsernameLabel, 0, 0, 1, 1)

        self.newUsernameEdit = QLineEdit(self.addAccountBox)
        self.newUsernameEdit.setObjectName(u"newUsernameEdit")
        self.newUsernameEdit.setPlaceholderText(u"nguyenvana")

        self.addAccountLayout.addWidget(self.newUsernameEdit, 0, 1, 1, 1)

        self.newFullNameLabel = QLabel(self.addAccountBox)
        self.newFullNameLabel.setObjectName(u"newFullNameLabel")

        self.addAccountLayout.addWidget(self.newFullNameLabel, 0, 2, 1, 1)

        self.newFullNameEdit = QLineEdit(self.addAccountBox)
        self.newFullNameEdit.setObjectName(u"newFullNameEdit")

        self.addAccountLayout.addWidget(self.newFullNameEdit, 0, 3, 1, 1)

        self.newPasswordLabel = QLabel(self.addAccountBox)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.addAccountLayout.addWidget(self.newPasswordLabel, 1, 0, 1, 1)

        self.newPasswordEdit = QLineEdit(self.addAccountBox)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addAccountLayout.addWidget(self.newPasswordEdit, 1, 1, 1, 1)

        self.newPasswordAgainLabel = QLabel(self.addAccountBox)
        self.newPasswordAgainLabel.setObjectName(u"newPasswordAgainLabel")

        self.addAccountLayout.addWidget(self.newPasswordAgainLabel, 1, 2, 1, 1)

        self.newPasswordAgainEdit = QLineEdit(self.addAccountBox)
        self.newPasswordAgainEdit.setObjectName(u"newPasswordAgainEdit")
        self.newPasswordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addAccountLayout.addWidget(self.newPasswordAgainEdit, 1, 3, 1, 1)

        self.newRoleLabel = QLabel(self.addAccountBox)
        self.newRoleLabel.setObjectName(u"newRoleLabel")

        self.addAccountLayout.addWidget(self.newRoleLabel, 2, 0, 1, 1)

        self.newRoleCombo = QComboBox(self.addAccountBox)
        self.newRoleCombo.setObjectName(u"newRoleCombo")

        self.addAccountLayout.addWidget(self.newRoleCombo, 2, 1, 1, 1)

        self.addAccountButton = QPushButton(self.addAccountBox)
        self.addAccountButton.setObjectName(u"addAccountButton")

        self.addAccountLayout.addWidget(self.addAccountButton, 2, 3, 1, 1)


        self.accountsTabLayout.addWidget(self.addAccountBox)

        self.settingsTabs.addTab(self.accountsTab, "")
        self.catalogueTab = QWidget()
        self.catalogueTab.setObjectName(u"catalogueTab")
        self.catalogueTabLayout = QVBoxLayout(self.catalogueTab)
        self.catalogueTabLayout.setObjectName(u"catalogueTabLayout")
        self.catalogueTabLayout.setContentsMargins(11, 11, 11, 11)
        self.catalogueBox = QGroupBox(self.catalogueTab)
        self.catalogueBox.setObjectName(u"catalogueBox")
        self.catalogueLayout = QVBoxLayout(self.catalogueBox)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.catalogueInfoLabel = QLabel(self.catalogueBox)
        self.catalogueInfoLabel.setObjectName(u"catalogueInfoLabel")
        self.catalogueInfoLabel.setText(u"")
        self.catalogueInfoLabel.setWordWrap(True)

        self.catalogueLayout.addWidget(self.catalogueInfoLabel)

        self.catalogueHint = QLabel(self.catalogueBox)
        self.catalogueHint.setObjectName(u"catalogueHint")
        self.catalogueHint.setWordWrap(True)

        self.catalogueLayout.addWidget(self.catalogueHint)

        self.catalogueRow = QHBoxLayout()
        self.catalogueRow.setObjectName(u"catalogueRow")
        self.loadCatalogueButton = QPushButton(self.catalogueBox)
        self.loadCatalogueButton.setObjectName(u"loadCatalogueButton")

        self.catalogueRow.addWidget(self.loadCatalogueButton)

        self.catalogueRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.catalogueRow.addItem(self.catalogueRowSpacer)


        self.catalogueLayout.addLayout(self.catalogueRow)

        self.catalogueMessage = QLabel(self.catalogueBox)
        self.catalogueMessage.setObjectName(u"catalogueMessage")
        self.catalogueMessage.setText(u"")
        self.catalogueMessage.setWordWrap(True)

        self.catalogueLayout.addWidget(self.catalogueMessage)


        self.catalogueTabLayout.addWidget(self.catalogueBox)

        self.catalogueTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.catalogueTabLayout.addItem(self.catalogueTabSpacer)

        self.settingsTabs.addTab(self.catalogueTab, "")

        self.pageLayout.addWidget(self.settingsTabs)

#if QT_CONFIG(shortcut)
        self.backupDirLabel.setBuddy(self.backupDirEdit)
        self.scanInboxLabel.setBuddy(self.scanInboxEdit)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.suffixLabel.setBuddy(self.suffixEdit)
        self.gapLabel.setBuddy(self.gapSpin)
        self.noticesLabel.setBuddy(self.noticesEdit)
        self.printerLabel.setBuddy(self.printerCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
        self.serverUrlLabel.setBuddy(self.serverUrlEdit)
        self.deviceTokenLabel.setBuddy(self.deviceTokenEdit)
        self.caBundleLabel.setBuddy(self.caBundleEdit)
        self.resetPasswordLabel.setBuddy(self.resetPasswordEdit)
        self.newUsernameLabel.setBuddy(self.newUsernameEdit)
        self.newFullNameLabel.setBuddy(self.newFullNameEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.newPasswordAgainLabel.setBuddy(self.newPasswordAgainEdit)
        self.newRoleLabel.setBuddy(self.newRoleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prefixEdit, self.suffixEdit)
        QWidget.setTabOrder(self.suffixEdit, self.gapSpin)
        QWidget.setTabOrder(self.gapSpin, self.saveScannerButton)
        QWidget.setTabOrder(self.saveScannerButton, self.printerCombo)
        QWidget.setTabOrder(self.printerCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.savePrintingButton)
        QWidget.setTabOrder(self.savePrintingButton, self.idleLockSpin)
        QWidget.setTabOrder(self.idleLockSpin, self.saveIdleLockButton)
        QWidget.setTabOrder(self.saveIdleLockButton, self.noticesEdit)
        QWidget.setTabOrder(self.noticesEdit, self.saveNoticesButton)
        QWidget.setTabOrder(self.saveNoticesButton, self.serverUrlEdit)
        QWidget.setTabOrder(self.serverUrlEdit, self.deviceTokenEdit)
        QWidget.setTabOrder(self.deviceTokenEdit, self.caBundleEdit)
        QWidget.setTabOrder(self.caBundleEdit, self.chooseCaBundleButton)
        QWidget.setTabOrder(self.chooseCaBundleButton, self.saveServerButton)
        QWidget.setTabOrder(self.saveServerButton, self.syncNowButton)
        QWidget.setTabOrder(self.syncNowButton, self.accountsTable)
        QWidget.setTabOrder(self.accountsTable, self.toggleActiveButton)
        QWidget.setTabOrder(self.toggleActiveButton, self.resetPasswordEdit)
        QWidget.setTabOrder(self.resetPasswordEdit, self.resetPasswordAgainEdit)
        QWidget.setTabOrder(self.resetPasswordAgainEdit, self.resetPasswordButton)
        QWidget.setTabOrder(self.resetPasswordButton, self.newUsernameEdit)
        QWidget.setTabOrder(self.newUsernameEdit, self.newFullNameEdit)
        QWidget.setTabOrder(self.newFullNameEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.newPasswordAgainEdit)
        QWidget.setTabOrder(self.newPasswordAgainEdit, self.newRoleCombo)
        QWidget.setTabOrder(self.newRoleCombo, self.addAccountButton)
        QWidget.setTabOrder(self.addAccountButton, self.loadCatalogueButton)

        self.retranslateUi(SettingsForm)

        self.settingsTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SettingsForm):
        self.adminNoteLabel.setText(QCoreApplication.translate("SettingsForm", u"B\u1ea1n \u0111\u0103ng nh\u1eadp v\u1edbi quy\u1ec1n c\u00e1n b\u1ed9: m\u00e1y ch\u1ee7, t\u00e0i kho\u1ea3n v\u00e0 danh m\u1ee5c th\u1ee7 t\u1ee5c ch\u1ec9 qu\u1ea3n tr\u1ecb vi\u00ean thay \u0111\u1ed5i \u0111\u01b0\u1ee3c.", None))
        self.deskBox.setTitle(QCoreApplication.translate("SettingsForm", u"Qu\u1ea7y ti\u1ebfp nh\u1eadn", None))
        self.backupDirLabel.setText(QCoreApplication.translate("SettingsForm", u"Th\u01b0 m\u1ee5c sao l\u01b0u h\u1eb1ng ng\u00e0y", None))
        self.backupDirButton.setText(QCoreApplication.translate("SettingsForm", u"Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.scanInboxLabel.setText(QCoreApplication.translate("SettingsForm", u"Th\u01b0 m\u1ee5c qu\u00e9t (m\u00e1y qu\u00e9t m\u1ea1ng l\u01b0u v\u00e0o)", None))
#if QT_CONFIG(tooltip)
        self.scanInboxEdit.setToolTip(QCoreApplication.translate("SettingsForm", u"M\u00e1y qu\u00e9t m\u1ea1ng \u201cqu\u00e9t v\u00e0o th\u01b0 m\u1ee5c\u201d l\u01b0u b\u1ea3n qu\u00e9t v\u00e0o \u0111\u00e2y; b\u1ea5m \u201cQu\u00e9t\u201d tr\u00ean d\u00f2ng gi\u1ea5y t\u1edd r\u1ed3i qu\u00e9t tr\u00ean m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.scanInboxButton.setText(QCoreApplication.translate("SettingsForm", u"Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.scannerBox.setTitle(QCoreApplication.translate("SettingsForm", u"M\u00e1y qu\u00e9t m\u00e3 v\u1ea1ch / QR (ki\u1ec3u b\u00e0n ph\u00edm)", None))
        self.prefixLabel.setText(QCoreApplication.translate("SettingsForm", u"K\u00fd t\u1ef1 \u0111\u1ea7u (prefix)", None))
        self.suffixLabel.setText(QCoreApplication.translate("SettingsForm", u"K\u00fd t\u1ef1 cu\u1ed1i (suffix, ngo\u00e0i Enter)", None))
        self.gapLabel.setText(QCoreApplication.translate("SettingsForm", u"Kho\u1ea3ng c\u00e1ch t\u1ed1i \u0111a gi\u1eefa hai ph\u00edm (ms)", None))
        self.saveScannerButton.setText(QCoreApplication.translate("SettingsForm", u"L\u01b0u c\u00e0i \u0111\u1eb7t m\u00e1y qu\u00e9t", None))
        self.citizenBox.setTitle(QCoreApplication.translate("SettingsForm", u"M\u00e0n h\u00ecnh c\u00f4ng d\u00e2n: th\u00f4ng b\u00e1o khi kh\u00f4ng c\u00f3 h\u1ed3 s\u01a1 \u0111ang l\u00e0m", None))
        self.noticesLabel.setText(QCoreApplication.translate("SettingsForm", u"M\u1ed7i d\u00f2ng m\u1ed9t th\u00f4ng b\u00e1o", None))
        self.saveNoticesButton.setText(QCoreApplication.translate("SettingsForm", u"L\u01b0u th\u00f4ng b\u00e1o", None))
        self.printingBox.setTitle(QCoreApplication.translate("SettingsForm", u"In gi\u1ea5y t\u1edd", None))
        self.printerLabel.setText(QCoreApplication.translate("SettingsForm", u"M\u00e1y in", None))
        self.paperLabel.setText(QCoreApplication.translate("SettingsForm", u"Kh\u1ed5 gi\u1ea5y (m\u1eabu 01\u201306)", None))
        self.savePrintingButton.setText(QCoreApplication.translate("SettingsForm", u"L\u01b0u c\u00e0i \u0111\u1eb7t in", None))
        self.idleLockBox.setTitle(QCoreApplication.translate("SettingsForm", u"Kh\u00f3a m\u00e0n h\u00ecnh khi kh\u00f4ng thao t\u00e1c", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsForm", u"Kh\u00f3a sau (ph\u00fat)", None))
        self.saveIdleLockButton.setText(QCoreApplication.translate("SettingsForm", u"L\u01b0u th\u1eddi gian kh\u00f3a", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.deskTab), QCoreApplication.translate("SettingsForm", u"Qu\u1ea7y v\u00e0 m\u00e1y in", None))
        self.serverBox.setTitle(QCoreApplication.translate("SettingsForm", u"M\u00e1y ch\u1ee7 trung t\u00e2m", None))
        self.serverUrlLabel.setText(QCoreApplication.translate("SettingsForm", u"\u0110\u1ecba ch\u1ec9 m\u00e1y ch\u1ee7", None))
        self.deviceTokenLabel.setText(QCoreApplication.translate("SettingsForm", u"M\u00e3 thi\u1ebft b\u1ecb", None))
        self.caBundleLabel.setText(QCoreApplication.translate("SettingsForm", u"Ch\u1ee9ng ch\u1ec9 CA c\u1ee7a t\u1ec9nh", None))
        self.caBundleEdit.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"\u0110\u1ec3 tr\u1ed1ng: d\u00f9ng ch\u1ee9ng ch\u1ec9 c\u1ee7a h\u1ec7 \u0111i\u1ec1u h\u00e0nh", None))
        self.chooseCaBundleButton.setText(QCoreApplication.translate("SettingsForm", u"Ch\u1ecdn t\u1ec7p\u2026", None))
        self.caBundleHint.setText(QCoreApplication.translate("SettingsForm", u"M\u00e1y ch\u1ee7 lu\u00f4n \u0111\u01b0\u1ee3c ki\u1ec3m ch\u1ee9ng ch\u1ee9ng ch\u1ec9; t\u1ec7p PEM n\u00e0y d\u00f9ng khi t\u1ec9nh c\u00f3 CA ri\u00eang.", None))
        self.saveServerButton.setText(QCoreApplication.translate("SettingsForm", u"L\u01b0u v\u00e0 \u0111\u1ed3ng b\u1ed9 th\u1eed", None))
        self.syncBox.setTitle(QCoreApplication.translate("SettingsForm", u"\u0110\u1ed3ng b\u1ed9 v\u1edbi h\u1ec7 th\u1ed1ng trung t\u00e2m", None))
        self.syncStateLabel.setText(QCoreApplication.translate("SettingsForm", u"Ngo\u1ea1i tuy\u1ebfn \u2013 ch\u01b0a k\u1ebft n\u1ed1i m\u00e1y ch\u1ee7", None))
        self.syncNowButton.setText(QCoreApplication.translate("SettingsForm", u"\u0110\u1ed3ng b\u1ed9 ngay", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.serverTab), QCoreApplication.translate("SettingsForm", u"M\u00e1y ch\u1ee7 v\u00e0 \u0111\u1ed3ng b\u1ed9", None))
        ___qtablewidgetitem = self.accountsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsForm", u"T\u00ean \u0111\u0103ng nh\u1eadp", None))
        ___qtablewidgetitem1 = self.accountsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsForm", u"H\u1ecd v\u00e0 t\u00ean", None))
        ___qtablewidgetitem2 = self.accountsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsForm", u"Vai tr\u00f2", None))
        ___qtablewidgetitem3 = self.accountsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsForm", u"Tr\u1ea1ng th\u00e1i", None))
        self.selectedAccountBox.setTitle(QCoreApplication.translate("SettingsForm", u"T\u00e0i kho\u1ea3n \u0111ang ch\u1ecdn", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("SettingsForm", u"Kh\u00f3a t\u00e0i kho\u1ea3n", None))
        self.resetPasswordLabel.setText(QCoreApplication.translate("SettingsForm", u"\u0110\u1eb7t m\u1eadt kh\u1ea9u m\u1edbi", None))
        self.resetPasswordEdit.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"M\u1eadt kh\u1ea9u m\u1edbi", None))
        self.resetPasswordAgainEdit.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u m\u1edbi", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("SettingsForm", u"\u0110\u1eb7t l\u1ea1i m\u1eadt kh\u1ea9u", None))
        self.addAccountBox.setTitle(QCoreApplication.translate("SettingsForm", u"Th\u00eam t\u00e0i kho\u1ea3n", None))
        self.newUsernameLabel.setText(QCoreApplication.translate("SettingsForm", u"T\u00ean \u0111\u0103ng nh\u1eadp", None))
        self.newFullNameLabel.setText(QCoreApplication.translate("SettingsForm", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("SettingsForm", u"M\u1eadt kh\u1ea9u", None))
        self.newPasswordAgainLabel.setText(QCoreApplication.translate("SettingsForm", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u", None))
        self.newRoleLabel.setText(QCoreApplication.translate("SettingsForm", u"Vai tr\u00f2", None))
        self.addAccountButton.setText(QCoreApplication.translate("SettingsForm", u"Th\u00eam t\u00e0i kho\u1ea3n", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.accountsTab), QCoreApplication.translate("SettingsForm", u"T\u00e0i kho\u1ea3n c\u00e1n b\u1ed9", None))
        self.catalogueBox.setTitle(QCoreApplication.translate("SettingsForm", u"Danh m\u1ee5c th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.catalogueHint.setText(QCoreApplication.translate("SettingsForm", u"N\u1ea1p m\u1ed9t t\u1ec7p danh m\u1ee5c (JSON, theo m\u1eabu c\u1ee7a danh m\u1ee5c k\u00e8m theo ch\u01b0\u01a1ng tr\u00ecnh) \u0111\u1ec3 thay to\u00e0n b\u1ed9 danh m\u1ee5c tr\u00ean qu\u1ea7y n\u00e0y. T\u1ec7p c\u00f3 l\u1ed7i th\u00ec danh m\u1ee5c \u0111\u01b0\u1ee3c gi\u1eef nguy\u00ean.", None))
        self.loadCatalogueButton.setText(QCoreApplication.translate("SettingsForm", u"N\u1ea1p danh m\u1ee5c\u2026", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.catalogueTab), QCoreApplication.translate("SettingsForm", u"Danh m\u1ee5c th\u1ee7 t\u1ee5c", None))
        pass
    # retranslateUi

