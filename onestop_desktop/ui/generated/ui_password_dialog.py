# Generated from forms/password_dialog.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PasswordDialogForm(object):
    def setupUi(self, PasswordDialogForm):
        if not PasswordDialogForm.objectName():
            PasswordDialogForm.setObjectName(u"PasswordDialogForm")
        self.dialogLayout = QVBoxLayout(PasswordDialogForm)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.officerLabel = QLabel(PasswordDialogForm)
        self.officerLabel.setObjectName(u"officerLabel")
        self.officerLabel.setText(u"\u2014")
        self.officerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.officerLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.currentLabel = QLabel(PasswordDialogForm)
        self.currentLabel.setObjectName(u"currentLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PasswordDialogForm)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setMinimumSize(QSize(260, 0))
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(PasswordDialogForm)
        self.newLabel.setObjectName(u"newLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PasswordDialogForm)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.againLabel = QLabel(PasswordDialogForm)
        self.againLabel.setObjectName(u"againLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(PasswordDialogForm)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(PasswordDialogForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PasswordDialogForm)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(PasswordDialogForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.againEdit)
        QWidget.setTabOrder(self.againEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PasswordDialogForm)
    # setupUi

    def retranslateUi(self, PasswordDialogForm):
        self.currentLabel.setText(QCoreApplication.translate("PasswordDialogForm", u"M\u1eadt kh\u1ea9u \u0111ang d\u00f9ng", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialogForm", u"M\u1eadt kh\u1ea9u m\u1edbi", None))
        self.newEdit.setPlaceholderText(QCoreApplication.translate("PasswordDialogForm", u"\u00cdt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.againLabel.setText(QCoreApplication.translate("PasswordDialogForm", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u m\u1edbi", None))
        self.cancelButton.setText(QCoreApplication.translate("PasswordDialogForm", u"H\u1ee7y", None))
        self.saveButton.setText(QCoreApplication.translate("PasswordDialogForm", u"\u0110\u1ed5i m\u1eadt kh\u1ea9u", None))
        pass
    # retranslateUi

