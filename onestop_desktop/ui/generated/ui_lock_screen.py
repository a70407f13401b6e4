# Generated from forms/lock_screen.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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

class Ui_LockScreenForm(object):
    def setupUi(self, LockScreenForm):
        if not LockScreenForm.objectName():
            LockScreenForm.setObjectName(u"LockScreenForm")
        self.outerLayout = QVBoxLayout(LockScreenForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftSpacer)

        self.card = QFrame(LockScreenForm)
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

        self.reasonLabel = QLabel(self.card)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.reasonLabel)

        self.unlockBox = QGroupBox(self.card)
        self.unlockBox.setObjectName(u"unlockBox")
        self.unlockLayout = QFormLayout(self.unlockBox)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.officerCaption = QLabel(self.unlockBox)
        self.officerCaption.setObjectName(u"officerCaption")

        self.unlockLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerCaption)

        self.officerLabel = QLabel(self.unlockBox)
        self.officerLabel.setObjectName(u"officerLabel")
        self.officerLabel.setText(u"\u2014")
        self.officerLabel.setWordWrap(True)

        self.unlockLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerLabel)

        self.passwordLabel = QLabel(self.unlockBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.unlockLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.unlockBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.unlockLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.unlockError = QLabel(self.unlockBox)
        self.unlockError.setObjectName(u"unlockError")
        self.unlockError.setText(u"")
        self.unlockError.setWordWrap(True)

        self.unlockLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unlockError)

        self.unlockButton = QPushButton(self.unlockBox)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unlockButton)


        self.cardLayout.addWidget(self.unlockBox)

        self.switchButton = QPushButton(self.card)
        self.switchButton.setObjectName(u"switchButton")

        self.cardLayout.addWidget(self.switchButton)


        self.centerRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchButton)

        self.retranslateUi(LockScreenForm)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockScreenForm):
        self.titleLabel.setText(QCoreApplication.translate("LockScreenForm", u"M\u00e0n h\u00ecnh \u0111\u00e3 kh\u00f3a", None))
        self.reasonLabel.setText(QCoreApplication.translate("LockScreenForm", u"Kh\u00f4ng c\u00f3 thao t\u00e1c trong m\u1ed9t th\u1eddi gian n\u00ean qu\u1ea7y \u0111\u00e3 kh\u00f3a m\u00e0n h\u00ecnh; d\u1eef li\u1ec7u c\u1ee7a c\u00f4ng d\u00e2n \u0111\u01b0\u1ee3c che \u0111i.", None))
        self.unlockBox.setTitle(QCoreApplication.translate("LockScreenForm", u"M\u1edf kh\u00f3a", None))
        self.officerCaption.setText(QCoreApplication.translate("LockScreenForm", u"C\u00e1n b\u1ed9", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreenForm", u"M\u1eadt kh\u1ea9u", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreenForm", u"M\u1edf kh\u00f3a", None))
        self.switchButton.setText(QCoreApplication.translate("LockScreenForm", u"C\u00e1n b\u1ed9 kh\u00e1c \u0111\u0103ng nh\u1eadp (k\u1ebft th\u00fac phi\u00ean n\u00e0y)", None))
        pass
    # retranslateUi

