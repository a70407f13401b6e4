# Generated from forms/main_window.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QSizePolicy, QStackedWidget, QWidget)

class Ui_MainWindowForm(object):
    def setupUi(self, MainWindowForm):
        if not MainWindowForm.objectName():
            MainWindowForm.setObjectName(u"MainWindowForm")
        MainWindowForm.resize(1366, 740)
        self.rootLayout = QHBoxLayout(MainWindowForm)
        self.rootLayout.setSpacing(0)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(MainWindowForm)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(160, 0))
        self.navList.setMaximumSize(QSize(160, 16777215))
        self.navList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.rootLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(MainWindowForm)
        self.pageStack.setObjectName(u"pageStack")

        self.rootLayout.addWidget(self.pageStack)


        self.retranslateUi(MainWindowForm)
    # setupUi

    def retranslateUi(self, MainWindowForm):

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindowForm", u"Ti\u1ebfp nh\u1eadn", None))
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindowForm", u"H\u1ed3 s\u01a1", None))
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindowForm", u"Tr\u1ea3 k\u1ebft qu\u1ea3", None))
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindowForm", u"B\u00e1o c\u00e1o", None))
        ___qlistwidgetitem4 = self.navList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindowForm", u"C\u00e0i \u0111\u1eb7t", None))
        self.navList.setSortingEnabled(__sortingEnabled)

        pass
    # retranslateUi

