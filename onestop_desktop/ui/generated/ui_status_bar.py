# Generated from forms/status_bar.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QToolButton, QWidget)

class Ui_StatusBarForm(object):
    def setupUi(self, StatusBarForm):
        if not StatusBarForm.objectName():
            StatusBarForm.setObjectName(u"StatusBarForm")
        self.statusLayout = QHBoxLayout(StatusBarForm)
        self.statusLayout.setSpacing(18)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(4, 0, 8, 0)
        self.officerLabel = QLabel(StatusBarForm)
        self.officerLabel.setObjectName(u"officerLabel")

        self.statusLayout.addWidget(self.officerLabel)

        self.accountButton = QToolButton(StatusBarForm)
        self.accountButton.setObjectName(u"accountButton")
        self.accountButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.accountButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.accountButton.setVisible(False)

        self.statusLayout.addWidget(self.accountButton)

        self.deskLabel = QLabel(StatusBarForm)
        self.deskLabel.setObjectName(u"deskLabel")
        self.deskLabel.setText(u"\u2014")

        self.statusLayout.addWidget(self.deskLabel)

        self.syncLabel = QLabel(StatusBarForm)
        self.syncLabel.setObjectName(u"syncLabel")

        self.statusLayout.addWidget(self.syncLabel)

        self.syncNowButton = QToolButton(StatusBarForm)
        self.syncNowButton.setObjectName(u"syncNowButton")
        self.syncNowButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.statusLayout.addWidget(self.syncNowButton)

        self.updateLabel = QLabel(StatusBarForm)
        self.updateLabel.setObjectName(u"updateLabel")
        self.updateLabel.setText(u"")
        self.updateLabel.setVisible(False)

        self.statusLayout.addWidget(self.updateLabel)

        self.clockLabel = QLabel(StatusBarForm)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setText(u"--:--")

        self.statusLayout.addWidget(self.clockLabel)


        self.retranslateUi(StatusBarForm)
    # setupUi

    def retranslateUi(self, StatusBarForm):
        self.officerLabel.setText(QCoreApplication.translate("StatusBarForm", u"Ch\u01b0a \u0111\u0103ng nh\u1eadp", None))
        self.accountButton.setText(QCoreApplication.translate("StatusBarForm", u"T\u00e0i kho\u1ea3n \u25be", None))
#if QT_CONFIG(tooltip)
        self.accountButton.setToolTip(QCoreApplication.translate("StatusBarForm", u"\u0110\u1ed5i m\u1eadt kh\u1ea9u, kh\u00f3a m\u00e0n h\u00ecnh, \u0111\u0103ng xu\u1ea5t", None))
#endif // QT_CONFIG(tooltip)
        self.syncLabel.setText(QCoreApplication.translate("StatusBarForm", u"Ngo\u1ea1i tuy\u1ebfn", None))
        self.syncNowButton.setText(QCoreApplication.translate("StatusBarForm", u"\u0110\u1ed3ng b\u1ed9 ngay", None))
        pass
    # retranslateUi

