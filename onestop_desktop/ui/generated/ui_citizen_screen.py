# Generated from forms/citizen_screen.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'citizen_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CitizenScreenForm(object):
    def setupUi(self, CitizenScreenForm):
        if not CitizenScreenForm.objectName():
            CitizenScreenForm.setObjectName(u"CitizenScreenForm")
        self.pageLayout = QVBoxLayout(CitizenScreenForm)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.centreLabel = QLabel(CitizenScreenForm)
        self.centreLabel.setObjectName(u"centreLabel")
        self.centreLabel.setText(u"")
        self.centreLabel.setWordWrap(True)

        self.headerRow.addWidget(self.centreLabel)

        self.deskLabel = QLabel(CitizenScreenForm)
        self.deskLabel.setObjectName(u"deskLabel")
        self.deskLabel.setText(u"")
        self.deskLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerRow.addWidget(self.deskLabel)

        self.headerRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerRow)

        self.screens = QStackedWidget(CitizenScreenForm)
        self.screens.setObjectName(u"screens")
        self.idlePage = QWidget()
        self.idlePage.setObjectName(u"idlePage")
        self.idleLayout = QVBoxLayout(self.idlePage)
        self.idleLayout.setObjectName(u"idleLayout")
        self.idleTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.idleLayout.addItem(self.idleTopSpacer)

        self.welcomeLabel = QLabel(self.idlePage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)
        self.welcomeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.idleLayout.addWidget(self.welcomeLabel)

        self.noticesLabel = QLabel(self.idlePage)
        self.noticesLabel.setObjectName(u"noticesLabel")
        self.noticesLabel.setText(u"")
        self.noticesLabel.setWordWrap(True)
        self.noticesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.idleLayout.addWidget(self.noticesLabel)

        self.idleBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.idleLayout.addItem(self.idleBottomSpacer)

        self.screens.addWidget(self.idlePage)
        self.intakePage = QWidget()
        self.intakePage.setObjectName(u"intakePage")
        self.intakeLayout = QVBoxLayout(self.intakePage)
        self.intakeLayout.setObjectName(u"intakeLayout")
        self.checkTitle = QLabel(self.intakePage)
        self.checkTitle.setObjectName(u"checkTitle")
        self.checkTitle.setWordWrap(True)

        self.intakeLayout.addWidget(self.checkTitle)

        self.intakeGrid = QGridLayout()
        self.intakeGrid.setObjectName(u"intakeGrid")
        self.nameCaption = QLabel(self.intakePage)
        self.nameCaption.setObjectName(u"nameCaption")
        self.nameCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.intakeGrid.addWidget(self.nameCaption, 0, 0, 1, 1)

        self.nameValue = QLabel(self.intakePage)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setText(u"")
        self.nameValue.setWordWrap(True)

        self.intakeGrid.addWidget(self.nameValue, 0, 1, 1, 1)

        self.procedureCaption = QLabel(self.intakePage)
        self.procedureCaption.setObjectName(u"procedureCaption")
        self.procedureCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.intakeGrid.addWidget(self.procedureCaption, 1, 0, 1, 1)

        self.procedureValue = QLabel(self.intakePage)
        self.procedureValue.setObjectName(u"procedureValue")
        self.procedureValue.setText(u"")
        self.procedureValue.setWordWrap(True)

        self.intakeGrid.addWidget(self.procedureValue, 1, 1, 1, 1)

        self.feesCaption = QLabel(self.intakePage)
        self.feesCaption.setObjectName(u"feesCaption")
        self.feesCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.intakeGrid.addWidget(self.feesCaption, 2, 0, 1, 1)

        self.feesValue = QLabel(self.intakePage)
        self.feesValue.setObjectName(u"feesValue")
        self.feesValue.setText(u"")
        self.feesValue.setWordWrap(True)

        self.intakeGrid.addWidget(self.feesValue, 2, 1, 1, 1)

        self.appointmentCaption = QLabel(self.intakePage)
        self.appointmentCaption.setObjectName(u"appointmentCaption")
        self.appointmentCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.intakeGrid.addWidget(self.appointmentCaption, 3, 0, 1, 1)

        self.appointmentValue = QLabel(self.intakePage)
        self.appointmentValue.setObjectName(u"appointmentValue")
        self.appointmentValue.setText(u"")
        self.appointmentValue.setWordWrap(True)

        self.intakeGrid.addWidget(self.appointmentValue, 3, 1, 1, 1)

        self.intakeGrid.setColumnStretch(1, 1)

        self.intakeLayout.addLayout(self.intakeGrid)

        self.papersCaption = QLabel(self.intakePage)
        self.papersCaption.setObjectName(u"papersCaption")

        self.intakeLayout.addWidget(self.papersCaption)

        self.papersTable = QTableWidget(self.intakePage)
        if (self.papersTable.columnCount() < 4):
            self.papersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.papersTable.setObjectName(u"papersTable")
        self.papersTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.papersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.papersTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.papersTable.setWordWrap(True)

        self.intakeLayout.addWidget(self.papersTable)

        self.screens.addWidget(self.intakePage)
        self.handBackPage = QWidget()
        self.handBackPage.setObjectName(u"handBackPage")
        self.handBackLayout = QVBoxLayout(self.handBackPage)
        self.handBackLayout.setObjectName(u"handBackLayout")
        self.handBackTitle = QLabel(self.handBackPage)
        self.handBackTitle.setObjectName(u"handBackTitle")
        self.handBackTitle.setWordWrap(True)

        self.handBackLayout.addWidget(self.handBackTitle)

        self.resultValue = QLabel(self.handBackPage)
        self.resultValue.setObjectName(u"resultValue")
        self.resultValue.setText(u"")
        self.resultValue.setWordWrap(True)

        self.handBackLayout.addWidget(self.resultValue)

        self.feesOwedValue = QLabel(self.handBackPage)
        self.feesOwedValue.setObjectName(u"feesOwedValue")
        self.feesOwedValue.setText(u"")
        self.feesOwedValue.setWordWrap(True)

        self.handBackLayout.addWidget(self.feesOwedValue)

        self.handBackSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handBackLayout.addItem(self.handBackSpacer)

        self.ratingQuestion = QLabel(self.handBackPage)
        self.ratingQuestion.setObjectName(u"ratingQuestion")
        self.ratingQuestion.setWordWrap(True)
        self.ratingQuestion.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.handBackLayout.addWidget(self.ratingQuestion)

        self.ratingRow = QHBoxLayout()
        self.ratingRow.setSpacing(24)
        self.ratingRow.setObjectName(u"ratingRow")
        self.ratingVerySatisfied = QPushButton(self.handBackPage)
        self.ratingVerySatisfied.setObjectName(u"ratingVerySatisfied")
        self.ratingVerySatisfied.setCheckable(True)
        self.ratingVerySatisfied.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.ratingVerySatisfied.sizePolicy().hasHeightForWidth())
        self.ratingVerySatisfied.setSizePolicy(sizePolicy)

        self.ratingRow.addWidget(self.ratingVerySatisfied)

        self.ratingSatisfied = QPushButton(self.handBackPage)
        self.ratingSatisfied.setObjectName(u"ratingSatisfied")
        self.ratingSatisfied.setCheckable(True)
        self.ratingSatisfied.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy.setHeightForWidth(self.ratingSatisfied.sizePolicy().hasHeightForWidth())
        self.ratingSatisfied.setSizePolicy(sizePolicy)

        self.ratingRow.addWidget(self.ratingSatisfied)

        self.ratingDissatisfied = QPushButton(self.handBackPage)
        self.ratingDissatisfied.setObjectName(u"ratingDissatisfied")
        self.ratingDissatisfied.setCheckable(True)
        self.ratingDissatisfied.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy.setHeightForWidth(self.ratingDissatisfied.sizePolicy().hasHeightForWidth())
        self.ratingDissatisfied.setSizePolicy(sizePolicy)

        self.ratingRow.addWidget(self.ratingDissatisfied)


        self.handBackLayout.addLayout(self.ratingRow)

        self.ratingThanks = QLabel(self.handBackPage)
        self.ratingThanks.setObjectName(u"ratingThanks")
        self.ratingThanks.setText(u"")
        self.ratingThanks.setWordWrap(True)
        self.ratingThanks.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.handBackLayout.addWidget(self.ratingThanks)

        self.screens.addWidget(self.handBackPage)
        self.callingPage = QWidget()
        self.callingPage.setObjectName(u"callingPage")
        self.callingLayout = QVBoxLayout(self.callingPage)
        self.callingLayout.setObjectName(u"callingLayout")
        self.callingTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.callingLayout.addItem(self.callingTopSpacer)

        self.callingCaption = QLabel(self.callingPage)
        self.callingCaption.setObjectName(u"callingCaption")
        self.callingCaption.setWordWrap(True)
        self.callingCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.callingLayout.addWidget(self.callingCaption)

        self.ticketValue = QLabel(self.callingPage)
        self.ticketValue.setObjectName(u"ticketValue")
        self.ticketValue.setText(u"")
        self.ticketValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.callingLayout.addWidget(self.ticketValue)

        self.callingDesk = QLabel(self.callingPage)
        self.callingDesk.setObjectName(u"callingDesk")
        self.callingDesk.setText(u"")
        self.callingDesk.setWordWrap(True)
        self.callingDesk.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.callingLayout.addWidget(self.callingDesk)

        self.callingBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.callingLayout.addItem(self.callingBottomSpacer)

        self.screens.addWidget(self.callingPage)

        self.pageLayout.addWidget(self.screens)


        self.retranslateUi(CitizenScreenForm)
    # setupUi

    def retranslateUi(self, CitizenScreenForm):
        CitizenScreenForm.setWindowTitle(QCoreApplication.translate("CitizenScreenForm", u"M\u00e0n h\u00ecnh c\u00f4ng d\u00e2n", None))
        self.welcomeLabel.setText(QCoreApplication.translate("CitizenScreenForm", u"K\u00ednh ch\u00e0o Qu\u00fd kh\u00e1ch!", None))
        self.checkTitle.setText(QCoreApplication.translate("CitizenScreenForm", u"\u00d4ng/B\u00e0 vui l\u00f2ng ki\u1ec3m tra th\u00f4ng tin h\u1ed3 s\u01a1", None))
        self.nameCaption.setText(QCoreApplication.translate("CitizenScreenForm", u"Ng\u01b0\u1eddi n\u1ed9p", None))
        self.procedureCaption.setText(QCoreApplication.translate("CitizenScreenForm", u"Th\u1ee7 t\u1ee5c", None))
        self.feesCaption.setText(QCoreApplication.translate("CitizenScreenForm", u"Ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.appointmentCaption.setText(QCoreApplication.translate("CitizenScreenForm", u"H\u1eb9n tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.papersCaption.setText(QCoreApplication.translate("CitizenScreenForm", u"Gi\u1ea5y t\u1edd \u0111\u00e3 n\u1ed9p", None))
        ___qtablewidgetitem = self.papersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CitizenScreenForm", u"Gi\u1ea5y t\u1edd", None))
        ___qtablewidgetitem1 = self.papersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CitizenScreenForm", u"B\u1ea3n ch\u00ednh", None))
        ___qtablewidgetitem2 = self.papersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CitizenScreenForm", u"Ch\u1ee9ng th\u1ef1c", None))
        ___qtablewidgetitem3 = self.papersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CitizenScreenForm", u"Photo", None))
        self.handBackTitle.setText(QCoreApplication.translate("CitizenScreenForm", u"Tr\u1ea3 k\u1ebft qu\u1ea3 gi\u1ea3i quy\u1ebft h\u1ed3 s\u01a1", None))
        self.ratingQuestion.setText(QCoreApplication.translate("CitizenScreenForm", u"\u00d4ng/B\u00e0 c\u00f3 h\u00e0i l\u00f2ng v\u1edbi vi\u1ec7c gi\u1ea3i quy\u1ebft h\u1ed3 s\u01a1? Ch\u1ea1m \u0111\u1ec3 \u0111\u00e1nh gi\u00e1:", None))
        self.ratingVerySatisfied.setText(QCoreApplication.translate("CitizenScreenForm", u"R\u1ea5t h\u00e0i l\u00f2ng", None))
        self.ratingSatisfied.setText(QCoreApplication.translate("CitizenScreenForm", u"H\u00e0i l\u00f2ng", None))
        self.ratingDissatisfied.setText(QCoreApplication.translate("CitizenScreenForm", u"Kh\u00f4ng h\u00e0i l\u00f2ng", None))
        self.callingCaption.setText(QCoreApplication.translate("CitizenScreenForm", u"M\u1eddi c\u00f4ng d\u00e2n c\u00f3 s\u1ed1", None))
    # retranslateUi

