# Generated from forms/sign_in.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInForm(object):
    def setupUi(self, SignInForm):
        if not SignInForm.objectName():
            SignInForm.setObjectName(u"SignInForm")
        self.outerLayout = QVBoxLayout(SignInForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftSpacer)

        self.card = QFrame(SignInForm)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(560, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.titleLabel)

        self.agencyLabel = QLabel(self.card)
        self.agencyLabel.setObjectName(u"agencyLabel")
        self.agencyLabel.setText(u"\u2014")
        self.agencyLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.agencyLabel)

        self.signInBox = QGroupBox(self.card)
        self.signInBox.setObjectName(u"signInBox")
        self.signInLayout = QFormLayout(self.signInBox)
        self.signInLayout.setObjectName(u"signInLayout")
        self.usernameLabel = QLabel(self.signInBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.signInLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.signInBox)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.signInLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(self.signInBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.signInLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.signInBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.signInLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.signInError = QLabel(self.signInBox)
        self.signInError.setObjectName(u"signInError")
        self.signInError.setText(u"")
        self.signInError.setWordWrap(True)

        self.signInLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signInError)

        self.signInButton = QPushButton(self.signInBox)
        self.signInButton.setObjectName(u"signInButton")

        self.signInLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signInButton)


        self.cardLayout.addWidget(self.signInBox)

        self.firstRunBox = QGroupBox(self.card)
        self.firstRunBox.setObjectName(u"firstRunBox")
        self.firstRunLayout = QFormLayout(self.firstRunBox)
        self.firstRunLayout.setObjectName(u"firstRunLayout")
        self.firstRunHint = QLabel(self.firstRunBox)
        self.firstRunHint.setObjectName(u"firstRunHint")
        self.firstRunHint.setWordWrap(True)

        self.firstRunLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.firstRunHint)

        self.newUsernameLabel = QLabel(self.firstRunBox)
        self.newUsernameLabel.setObjectName(u"newUsernameLabel")

        self.firstRunLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newUsernameLabel)

        self.newUsernameEdit = QLineEdit(self.firstRunBox)
        self.newUsernameEdit.setObjectName(u"newUsernameEdit")

        self.firstRunLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newUsernameEdit)

        self.newFullNameLabel = QLabel(self.firstRunBox)
        self.newFullNameLabel.setObjectName(u"newFullNameLabel")

        self.firstRunLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newFullNameLabel)

        self.newFullNameEdit = QLineEdit(self.firstRunBox)
        self.newFullNameEdit.setObjectName(u"newFullNameEdit")

        self.firstRunLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newFullNameEdit)

        self.newPasswordLabel = QLabel(self.firstRunBox)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.firstRunLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordEdit = QLineEdit(self.firstRunBox)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.firstRunLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.newPasswordAgainLabel = QLabel(self.firstRunBox)
        self.newPasswordAgainLabel.setObjectName(u"newPasswordAgainLabel")

        self.firstRunLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.newPasswordAgainLabel)

        self.newPasswordAgainEdit = QLineEdit(self.firstRunBox)
        self.newPasswordAgainEdit.setObjectName(u"newPasswordAgainEdit")
        self.newPasswordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.firstRunLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.newPasswordAgainEdit)

        self.firstRunError = QLabel(self.firstRunBox)
        self.firstRunError.setObjectName(u"firstRunError")
        self.firstRunError.setText(u"")
        self.firstRunError.setWordWrap(True)

        self.firstRunLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.firstRunError)

        self.createAccountButton = QPushButton(self.firstRunBox)
        self.createAccountButton.setObjectName(u"createAccountButton")

        self.firstRunLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.createAccountButton)


        self.cardLayout.addWidget(self.firstRunBox)


        self.centerRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.newUsernameLabel.setBuddy(self.newUsernameEdit)
        self.newFullNameLabel.setBuddy(self.newFullNameEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.newPasswordAgainLabel.setBuddy(self.newPasswordAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.newUsernameEdit)
        QWidget.setTabOrder(self.newUsernameEdit, self.newFullNameEdit)
        QWidget.setTabOrder(self.newFullNameEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.newPasswordAgainEdit)
        QWidget.setTabOrder(self.newPasswordAgainEdit, self.createAccountButton)

        self.retranslateUi(SignInForm)

        self.signInButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SignInForm):
        self.titleLabel.setText(QCoreApplication.translate("SignInForm", u"B\u1ed9 ph\u1eadn M\u1ed9t c\u1eeda \u2014 Ti\u1ebfp nh\u1eadn v\u00e0 tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.signInBox.setTitle(QCoreApplication.translate("SignInForm", u"\u0110\u0103ng nh\u1eadp", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInForm", u"T\u00ean \u0111\u0103ng nh\u1eadp", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInForm", u"M\u1eadt kh\u1ea9u", None))
        self.signInButton.setText(QCoreApplication.translate("SignInForm", u"\u0110\u0103ng nh\u1eadp", None))
        self.firstRunBox.setTitle(QCoreApplication.translate("SignInForm", u"L\u1ea7n ch\u1ea1y \u0111\u1ea7u: t\u1ea1o t\u00e0i kho\u1ea3n qu\u1ea3n tr\u1ecb", None))
        self.firstRunHint.setText(QCoreApplication.translate("SignInForm", u"M\u00e1y n\u00e0y ch\u01b0a c\u00f3 t\u00e0i kho\u1ea3n c\u00e1n b\u1ed9 n\u00e0o. T\u1ea1o t\u00e0i kho\u1ea3n \u0111\u1ea7u ti\u00ean (quy\u1ec1n qu\u1ea3n tr\u1ecb) \u0111\u1ec3 b\u1eaft \u0111\u1ea7u.", None))
        self.newUsernameLabel.setText(QCoreApplication.translate("SignInForm", u"T\u00ean \u0111\u0103ng nh\u1eadp", None))
        self.newFullNameLabel.setText(QCoreApplication.translate("SignInForm", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("SignInForm", u"M\u1eadt kh\u1ea9u", None))
        self.newPasswordAgainLabel.setText(QCoreApplication.translate("SignInForm", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u", None))
        self.createAccountButton.setText(QCoreApplication.translate("SignInForm", u"T\u1ea1o t\u00e0i kho\u1ea3n v\u00e0 \u0111\u0103ng nh\u1eadp", None))
        pass
    # retranslateUi

