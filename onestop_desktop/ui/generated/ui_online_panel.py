# Generated from forms/online_panel.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'online_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_OnlinePanelForm(object):
    def setupUi(self, OnlinePanelForm):
        if not OnlinePanelForm.objectName():
            OnlinePanelForm.setObjectName(u"OnlinePanelForm")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(OnlinePanelForm.sizePolicy().hasHeightForWidth())
        OnlinePanelForm.setSizePolicy(sizePolicy)
        self.outerLayout = QVBoxLayout(OnlinePanelForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.panelBox = QGroupBox(OnlinePanelForm)
        self.panelBox.setObjectName(u"panelBox")
        self.panelLayout = QVBoxLayout(self.panelBox)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.hintLabel = QLabel(self.panelBox)
        self.hintLabel.setObjectName(u"hintLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy1)
        self.hintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.hintLabel)

        self.papersTree = QTreeWidget(self.panelBox)
        self.papersTree.setObjectName(u"papersTree")
        self.papersTree.setRootIsDecorated(False)
        self.papersTree.setAlternatingRowColors(True)
        self.papersTree.setMinimumSize(QSize(0, 96))
        self.papersTree.setMaximumSize(QSize(16777215, 120))

        self.panelLayout.addWidget(self.papersTree)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.openButton = QPushButton(self.panelBox)
        self.openButton.setObjectName(u"openButton")

        self.decisionRow.addWidget(self.openButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.decisionSpacer)

        self.refuseButton = QPushButton(self.panelBox)
        self.refuseButton.setObjectName(u"refuseButton")

        self.decisionRow.addWidget(self.refuseButton)

        self.askButton = QPushButton(self.panelBox)
        self.askButton.setObjectName(u"askButton")

        self.decisionRow.addWidget(self.askButton)

        self.receiveButton = QPushButton(self.panelBox)
        self.receiveButton.setObjectName(u"receiveButton")

        self.decisionRow.addWidget(self.receiveButton)


        self.panelLayout.addLayout(self.decisionRow)


        self.outerLayout.addWidget(self.panelBox)


        self.retranslateUi(OnlinePanelForm)
    # setupUi

    def retranslateUi(self, OnlinePanelForm):
        self.panelBox.setTitle(QCoreApplication.translate("OnlinePanelForm", u"H\u1ed3 s\u01a1 n\u1ed9p tr\u1ef1c tuy\u1ebfn \u2013 ch\u1edd ti\u1ebfp nh\u1eadn", None))
        self.hintLabel.setText(QCoreApplication.translate("OnlinePanelForm", u"Ki\u1ec3m tra gi\u1ea5y t\u1edd c\u00f4ng d\u00e2n \u0111\u00e3 n\u1ed9p, r\u1ed3i ti\u1ebfp nh\u1eadn, y\u00eau c\u1ea7u b\u1ed5 sung ho\u1eb7c t\u1eeb ch\u1ed1i.", None))
        ___qtreewidgetitem = self.papersTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OnlinePanelForm", u"Dung l\u01b0\u1ee3ng", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OnlinePanelForm", u"T\u1ec7p", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OnlinePanelForm", u"Gi\u1ea5y t\u1edd", None))
        self.openButton.setText(QCoreApplication.translate("OnlinePanelForm", u"M\u1edf t\u1ec7p", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("OnlinePanelForm", u"M\u1edf t\u1ec7p \u0111ang ch\u1ecdn b\u1eb1ng ch\u01b0\u01a1ng tr\u00ecnh xem c\u1ee7a m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.refuseButton.setText(QCoreApplication.translate("OnlinePanelForm", u"T\u1eeb ch\u1ed1i\u2026", None))
#if QT_CONFIG(tooltip)
        self.refuseButton.setToolTip(QCoreApplication.translate("OnlinePanelForm", u"Kh\u00f4ng ti\u1ebfp nh\u1eadn (m\u1eabu 03, ghi l\u00fd do)", None))
#endif // QT_CONFIG(tooltip)
        self.askButton.setText(QCoreApplication.translate("OnlinePanelForm", u"Y\u00eau c\u1ea7u b\u1ed5 sung\u2026", None))
#if QT_CONFIG(tooltip)
        self.askButton.setToolTip(QCoreApplication.translate("OnlinePanelForm", u"Y\u00eau c\u1ea7u b\u1ed5 sung gi\u1ea5y t\u1edd (m\u1eabu 02)", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("OnlinePanelForm", u"Ti\u1ebfp nh\u1eadn", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("OnlinePanelForm", u"Ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1: t\u00ednh ng\u00e0y h\u1eb9n tr\u1ea3 t\u1eeb b\u00e2y gi\u1edd, l\u1eadp m\u1eabu 01 g\u1eedi c\u00f4ng d\u00e2n", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

