"""The first-run wizard: the desk's identity, the centre's address, the server
(or offline for now) and the first officer. Each page checks its own answers;
"Lưu thiết lập" hands them all to the desk's first-run command in one go, then the
last page shows the backups' recovery secret once (as `init` does at the command line).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..desk import Desk
from ..domain.config import DeskConfig, check_desk_identity
from ..domain.errors import Problem, Problems, ValidationFailed
from ..domain.officer import pc_user
from ..domain.text import clean_text
from ..resources import resource_path
from ..services import accounts
from ..services.first_run import FirstRunAnswers, check_server


class _Page(QWizardPage):
    """A page with a form and a red line of problems under it."""

    def __init__(self, title: str, subtitle: str):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout()
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.errors)  # right under the fields it is about
        layout.addStretch(1)

    def line(self, name: str, label: str, placeholder: str = "",
             password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def show_problems(self, problems: list[Problem]) -> bool:
        self.errors.setText("\n".join(f"• {p.message}" for p in problems))
        self.layout().activate()  # the wrapped text may need more lines than before
        return not problems

    def check(self, validate) -> bool:
        try:
            validate()
        except ValidationFailed as exc:
            return self.show_problems(exc.problems)
        return self.show_problems([])


class DeskPage(_Page):
    def __init__(self):
        super().__init__(self.tr("Cơ quan và quầy"),
                         self.tr("Mã và tên cơ quan tiếp nhận, số của quầy này."))
        self.agency_code = self.line("agency_code", self.tr("Mã cơ quan:"), "000.00.01.H22")
        self.agency_name = self.line("agency_name", self.tr("Tên cơ quan:"),
                                     self.tr("Trung tâm Phục vụ hành chính công tỉnh …"))
        self.parent_name = self.line("parent_name", self.tr("Cơ quan chủ quản:"),
                                     self.tr("UBND TỈNH … (dòng đầu của mẫu in, có thể bỏ trống)"))
        self.desk = QSpinBox()
        self.desk.setObjectName("desk")
        self.desk.setRange(1, 99)
        self.form.addRow(self.tr("Số quầy:"), self.desk)
        self.desk_digits = QComboBox()
        self.desk_digits.setObjectName("desk_digits")
        self.desk_digits.addItem(self.tr("1 chữ số (tối đa 9 quầy)"), 1)
        self.desk_digits.addItem(self.tr("2 chữ số (tối đa 99 quầy)"), 2)
        self.form.addRow(self.tr("Số chữ số của quầy:"), self.desk_digits)

    def validatePage(self) -> bool:
        return self.check(lambda: check_desk_identity(
            clean_text(self.agency_code.text()).upper(), self.agency_name.text(),
            self.desk.value(), self.desk_digits.currentData()))


class CentrePage(_Page):
    def __init__(self):
        super().__init__(self.tr("Địa chỉ Trung tâm"),
                         self.tr("In trên giấy tiếp nhận và phiếu hẹn trả kết quả."))
        self.center_address = self.line("center_address", self.tr("Địa chỉ:"),
                                        self.tr("Số nhà, đường, phường/xã, tỉnh/thành phố"))
        self.place_name = self.line("place_name", self.tr("Địa danh:"),
                                    self.tr("Thanh Hóa (in “Thanh Hóa, ngày … tháng … năm …”)"))

    def validatePage(self) -> bool:
        problems = Problems()
        if not clean_text(self.center_address.text()):
            problems.add("center_address", self.tr("Chưa nhập địa chỉ của Trung tâm."))
        if not clean_text(self.place_name.text()):
            problems.add("place_name", self.tr("Chưa nhập địa danh."))
        return self.show_problems(problems.items)


class ServerPage(_Page):
    def __init__(self):
        super().__init__(self.tr("Máy chủ trung tâm"),
                         self.tr("Địa chỉ máy chủ và mã thiết bị do quản trị viên cấp. "
                                 "Chưa có thì chọn làm việc ngoại tuyến: hồ sơ vẫn được "
                                 "tiếp nhận và sẽ gửi lên khi có máy chủ."))
        self.server_url = self.line("server_url", self.tr("Địa chỉ máy chủ:"),
                                    "https://motcua.example.gov.vn")
        self.device_token = self.line("device_token", self.tr("Mã thiết bị:"), password=True)
        self.offline = QCheckBox(self.tr("Làm việc ngoại tuyến"))
        self.offline.setObjectName("offline")
        self.offline.toggled.connect(self._offline_toggled)
        self.form.addRow("", self.offline)

    def _offline_toggled(self, offline: bool) -> None:
        self.server_url.setEnabled(not offline)
        self.device_token.setEnabled(not offline)
        self.show_problems([])  # the server problems no longer apply

    def validatePage(self) -> bool:
        if self.offline.isChecked():
            return self.show_problems([])
        problems = Problems()
        check_server(self.server_url.text(), self.device_token.text(), problems)
        return self.show_problems(problems.items)


class AccountPage(_Page):
    def __init__(self):
        super().__init__(self.tr("Tài khoản cán bộ đầu tiên"),
                         self.tr("Tài khoản quản trị của quầy; tạo thêm tài khoản sau."))
        self.username = self.line("username", self.tr("Tên đăng nhập:"), "nguyenvana")
        self.full_name = self.line("full_name", self.tr("Họ và tên:"))
        self.password = self.line("password", self.tr("Mật khẩu:"), password=True)
        self.password_again = self.line("password_again", self.tr("Nhập lại mật khẩu:"),
                                        password=True)

    def validatePage(self) -> bool:
        problems = Problems()
        if not clean_text(self.full_name.text()):
            problems.add("full_name", self.tr("Chưa nhập họ tên cán bộ."))
        if len(self.password.text()) < accounts.MIN_PASSWORD:
            problems.add("password", self.tr("Mật khẩu phải có ít nhất %n ký tự.", "",
                                             accounts.MIN_PASSWORD))
        elif self.password.text() != self.password_again.text():
            problems.add("password_again", self.tr("Hai lần nhập mật khẩu không khớp."))
        return self.show_problems(problems.items)


class RecoveryPage(_Page):
    """The recovery secret, shown once: with it a backup opens on a replacement PC.
    Finish waits for the officer to say it was written down."""

    def __init__(self):
        super().__init__(self.tr("Mã khôi phục bản sao lưu"),
                         self.tr("Chỉ hiện một lần. Quản trị viên chép lại và cất nơi an "
                                 "toàn, không để trên máy này: khi máy này hỏng, bản sao "
                                 "lưu chỉ khôi phục được trên máy khác bằng mã này."))
        self.secret = QLabel()
        self.secret.setObjectName("recovery_secret")
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.secret.setFont(font)
        self.form.addRow(self.secret)
        self.copied = QCheckBox(self.tr("Tôi đã chép lại mã khôi phục"))
        self.copied.setObjectName("copied")
        self.copied.toggled.connect(self.completeChanged)
        self.form.addRow(self.copied)

    def show_secret(self, secret: str | None) -> None:
        if secret is None:  # a desk set up again keeps the secret it has
            self.secret.setText(self.tr("Quầy đã có mã khôi phục từ trước; mã đó vẫn dùng "
                                        "được."))
            self.secret.setFont(self.font())
            self.copied.setChecked(True)
            self.copied.hide()
        else:
            self.secret.setText(secret)

    def isComplete(self) -> bool:
        return self.copied.isChecked()


class FirstRunWizard(QWizard):
    """`if desk.setup.needs_first_run(): FirstRunWizard(desk).exec()`; `config` after
    Finish."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.config: DeskConfig | None = None
        self.setWindowTitle(self.tr("Thiết lập quầy tiếp nhận"))
        icon = QIcon(str(resource_path("icons", "app.png")))
        self.setWindowIcon(icon)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Để sau"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Lưu thiết lập"))
        self.desk_page, self.centre_page = DeskPage(), CentrePage()
        self.server_page = ServerPage()
        self.account_page: AccountPage | None = None
        for page in (self.desk_page, self.centre_page, self.server_page):
            self.addPage(page)
        if not desk.accounts.any():  # a desk re-set-up keeps its officers
            self.account_page = AccountPage()
            self.addPage(self.account_page)
        self.recovery_secret: str | None = None
        self.recovery_page = RecoveryPage()
        # The last page of answers writes them all: no way back past it.
        (self.account_page or self.server_page).setCommitPage(True)
        self.addPage(self.recovery_page)
        self.currentIdChanged.connect(self._page_shown)
        self.resize(640, 480)

    def _page_shown(self, _id: int) -> None:
        # Applied: leaving now would lose the secret, not the set-up.
        self.setOption(QWizard.WizardOption.NoCancelButton,
                       self.currentPage() is self.recovery_page)

    def answers(self) -> FirstRunAnswers:
        d, c, s, a = self.desk_page, self.centre_page, self.server_page, self.account_page
        return FirstRunAnswers(
            agency_code=d.agency_code.text(), agency_name=d.agency_name.text(),
            desk=d.desk.value(), desk_digits=d.desk_digits.currentData(),
            parent_name=d.parent_name.text(), center_address=c.center_address.text(),
            place_name=c.place_name.text(), offline=s.offline.isChecked(),
            server_url=s.server_url.text(), device_token=s.device_token.text(),
            username=a.username.text() if a else "", full_name=a.full_name.text() if a else "",
            password=a.password.text() if a else "")

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.page(self.nextId()) is not self.recovery_page:
            return True
        page = self.currentPage()
        assert isinstance(page, _Page)
        return page.check(self._apply)  # write everything, or say why not

    def _apply(self) -> None:
        self.config = self.desk.setup.apply_first_run(self.answers()).value
        backups = self.desk.backups
        if not backups.has_recovery_secret():  # set-up comes before any sign-in
            self.recovery_secret = backups.new_recovery_secret(pc_user("setup"))
        self.recovery_page.show_secret(self.recovery_secret)
