# Generated from forms/feedback_dialog.ui by scripts/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# tests/ui/test_forms.py checks this file matches its form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FeedbackDialogForm(object):
    def setupUi(self, FeedbackDialogForm):
        if not FeedbackDialogForm.objectName():
            FeedbackDialogForm.setObjectName(u"FeedbackDialogForm")
        self.dialogLayout = QVBoxLayout(FeedbackDialogForm)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(FeedbackDialogForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")

        self.dialogLayout.addWidget(self.messageLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(14)
        self.columns.setObjectName(u"columns")
        self.takeBox = QGroupBox(FeedbackDialogForm)
        self.takeBox.setObjectName(u"takeBox")
        self.takeBox.setMinimumSize(QSize(400, 0))
        self.takeBox.setMaximumSize(QSize(430, 16777215))
        self.takeLayout = QVBoxLayout(self.takeBox)
        self.takeLayout.setObjectName(u"takeLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.takeBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.takeBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(self.takeBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.takeBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.takeBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.takeBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.procedureLabel = QLabel(self.takeBox)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.procedureLabel)

        self.procedureEdit = QLineEdit(self.takeBox)
        self.procedureEdit.setObjectName(u"procedureEdit")
        self.procedureEdit.setMaxLength(20)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.procedureEdit)

        self.dossierLabel = QLabel(self.takeBox)
        self.dossierLabel.setObjectName(u"dossierLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dossierLabel)

        self.dossierEdit = QLineEdit(self.takeBox)
        self.dossierEdit.setObjectName(u"dossierEdit")
        self.dossierEdit.setMaxLength(40)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dossierEdit)

        self.contentLabel = QLabel(self.takeBox)
        self.contentLabel.setObjectName(u"contentLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(self.takeBox)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.takeLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(self.takeBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.takeLayout.addWidget(self.errorLabel)

        self.takeButtons = QHBoxLayout()
        self.takeButtons.setObjectName(u"takeButtons")
        self.takeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.takeButtons.addItem(self.takeSpacer)

        self.clearButton = QPushButton(self.takeBox)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.takeButtons.addWidget(self.clearButton)

        self.saveButton = QPushButton(self.takeBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.takeButtons.addWidget(self.saveButton)


        self.takeLayout.addLayout(self.takeButtons)


        self.columns.addWidget(self.takeBox)

        self.listBox = QGroupBox(FeedbackDialogForm)
        self.listBox.setObjectName(u"listBox")
        self.listLayout = QVBoxLayout(self.listBox)
        self.listLayout.setObjectName(u"listLayout")
        self.listTable = QTableWidget(self.listBox)
        self.listTable.setObjectName(u"listTable")

        self.listLayout.addWidget(self.listTable)

        self.detailLabel = QLabel(self.listBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setMinimumSize(QSize(0, 120))
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.listLayout.addWidget(self.detailLabel)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.moreButton = QPushButton(self.listBox)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setAutoDefault(False)

        self.listButtons.addWidget(self.moreButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)

        self.reprintButton = QPushButton(self.listBox)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.listButtons.addWidget(self.reprintButton)

        self.closeButton = QPushButton(self.listBox)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.listButtons.addWidget(self.closeButton)


        self.listLayout.addLayout(self.listButtons)


        self.columns.addWidget(self.listBox)


        self.dialogLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.procedureLabel.setBuddy(self.procedureEdit)
        self.dossierLabel.setBuddy(self.dossierEdit)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.procedureEdit)
        QWidget.setTabOrder(self.procedureEdit, self.dossierEdit)
        QWidget.setTabOrder(self.dossierEdit, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.listTable)

        self.retranslateUi(FeedbackDialogForm)
    # setupUi

    def retranslateUi(self, FeedbackDialogForm):
        self.takeBox.setTitle(QCoreApplication.translate("FeedbackDialogForm", u"Ti\u1ebfp nh\u1eadn ph\u1ea3n \u00e1nh, ki\u1ebfn ngh\u1ecb", None))
        self.nameLabel.setText(QCoreApplication.translate("FeedbackDialogForm", u"H\u1ecd t\u00ean", None))
        self.phoneLabel.setText(QCoreApplication.translate("FeedbackDialogForm", u"S\u1ed1 \u0111i\u1ec7n tho\u1ea1i", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialogForm", u"\u0110i\u1ec7n tho\u1ea1i ho\u1eb7c email: \u00edt nh\u1ea5t m\u1ed9t", None))
        self.emailLabel.setText(QCoreApplication.translate("FeedbackDialogForm", u"Email", None))
        self.procedureLabel.setText(QCoreApplication.translate("FeedbackDialogForm", u"M\u00e3 th\u1ee7 t\u1ee5c", None))
        self.procedureEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialogForm", u"V\u00ed d\u1ee5 1.000466 (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
        self.dossierLabel.setText(QCoreApplication.translate("FeedbackDialogForm", u"M\u00e3 h\u1ed3 s\u01a1", None))
        self.dossierEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialogForm", u"M\u00e3 h\u1ed3 s\u01a1 ho\u1eb7c ph\u1ea7n cu\u1ed1i (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
        self.contentLabel.setText(QCoreApplication.translate("FeedbackDialogForm", u"N\u1ed9i dung", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialogForm", u"N\u1ed9i dung ph\u1ea3n \u00e1nh, ki\u1ebfn ngh\u1ecb (t\u1ed1i \u0111a 4000 k\u00fd t\u1ef1)", None))
        self.clearButton.setText(QCoreApplication.translate("FeedbackDialogForm", u"Nh\u1eadp m\u1edbi", None))
        self.saveButton.setText(QCoreApplication.translate("FeedbackDialogForm", u"Ti\u1ebfp nh\u1eadn v\u00e0 in phi\u1ebfu (Ctrl+S)", None))
        self.listBox.setTitle(QCoreApplication.translate("FeedbackDialogForm", u"\u0110\u00e3 ti\u1ebfp nh\u1eadn (m\u1edbi nh\u1ea5t tr\u01b0\u1edbc)", None))
        self.moreButton.setText(QCoreApplication.translate("FeedbackDialogForm", u"Xem th\u00eam", None))
        self.reprintButton.setText(QCoreApplication.translate("FeedbackDialogForm", u"In l\u1ea1i phi\u1ebfu\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("FeedbackDialogForm", u"\u0110\u00f3ng (Esc)", None))
        pass
    # retranslateUi

