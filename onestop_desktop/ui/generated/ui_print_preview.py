# Generated from forms/print_preview.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PrintPreviewForm(object):
    def setupUi(self, PrintPreviewForm):
        if not PrintPreviewForm.objectName():
            PrintPreviewForm.setObjectName(u"PrintPreviewForm")
        self.previewLayout = QVBoxLayout(PrintPreviewForm)
        self.previewLayout.setObjectName(u"previewLayout")
        self.infoLabel = QLabel(PrintPreviewForm)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.infoLabel)

        self.pageArea = QScrollArea(PrintPreviewForm)
        self.pageArea.setObjectName(u"pageArea")
        self.pageArea.setWidgetResizable(True)
        self.pagesHost = QWidget()
        self.pagesHost.setObjectName(u"pagesHost")
        self.pagesLayout = QVBoxLayout(self.pagesHost)
        self.pagesLayout.setSpacing(16)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pageArea.setWidget(self.pagesHost)

        self.previewLayout.addWidget(self.pageArea)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(PrintPreviewForm)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPreviewForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrintPreviewForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.previewLayout.addLayout(self.buttonRow)


        self.retranslateUi(PrintPreviewForm)
    # setupUi

    def retranslateUi(self, PrintPreviewForm):
        self.printButton.setText(QCoreApplication.translate("PrintPreviewForm", u"In (Ctrl+P)", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPreviewForm", u"L\u01b0u t\u1ec7p PDF\u2026 (Ctrl+S)", None))
        self.closeButton.setText(QCoreApplication.translate("PrintPreviewForm", u"\u0110\u00f3ng (Esc)", None))
        pass
    # retranslateUi

