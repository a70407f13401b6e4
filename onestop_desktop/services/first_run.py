"""First run of a desk: who it is, where its server is, its first officer; once.

`needs_first_run` is true while the desk runs on the embedded demo
configuration (services.setup.EMBEDDED_DEFAULT) and nobody has finished the
wizard. `apply_first_run` checks every answer before writing anything, then
writes in this order: the first officer (skipped when accounts exist), the desk
configuration (services.setup.initialise), the server address and device
token, and last the "first_run_done" flag, so an interrupted run is offered
again and each step is safe to repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..domain.config import DeskConfig, check_desk_identity
from ..domain.errors import Problems, ValidationFailed
from ..domain.text import clean_text
from ..store import settings_repo, sync_repo
from ..store.database import Store
from . import accounts
from .setup import EMBEDDED_DEFAULT, check_partition_change, initialise

FIRST_RUN_DONE_KEY = "first_run_done"
ACTOR = "first-run"


@dataclass(frozen=True)
class FirstRunAnswers:
    agency_code: str
    agency_name: str
    desk: int
    desk_digits: int = 1
    parent_name: str = ""
    center_address: str = ""
    place_name: str = ""
    offline: bool = False  # "Làm việc ngoại tuyến": no server for now
    server_url: str = ""
    device_token: str = ""
    # the first officer (an admin); ignored when the desk already has accounts
    username: str = ""
    full_name: str = ""
    password: str = ""


def is_embedded_default(config: DeskConfig) -> bool:
    return (config.agency_code == EMBEDDED_DEFAULT["agency_code"]
            and config.agency_name == EMBEDDED_DEFAULT["agency_name"])


def needs_first_run(store: Store) -> bool:
    with store.read() as session:
        if settings_repo.get_setting(session, FIRST_RUN_DONE_KEY):
            return False
        config = settings_repo.load_desk_config(session)
    # a desk set up from the command line (`onestop-desktop init`) is not asked again
    return config is None or is_embedded_default(config)


INSECURE_URL_WARNING = ("Địa chỉ http:// không mã hóa: mã thiết bị và hồ sơ đi trên mạng ở "
                        "dạng đọc được. Chỉ dùng trong mạng nội bộ tin cậy; nên dùng https://.")


def check_server_url(url: str, problems: Problems) -> str:
    """The normalised server URL (no trailing slash); a problem added for a bad one.
    https:// is expected; http:// passes, and `insecure_url_warning` says so."""
    url = clean_text(url).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        problems.add("server_url", "Địa chỉ máy chủ phải bắt đầu bằng https:// (hoặc http://) "
                                   "và có tên máy, ví dụ https://motcua.thanhhoa.gov.vn.")
    return url


def insecure_url_warning(url: str) -> str:
    """The warning to show next to a plain-http server address, else ""."""
    return INSECURE_URL_WARNING if urlsplit(url).scheme.lower() == "http" else ""


def check_server(url: str, token: str, problems: Problems) -> str:
    """The normalised server URL (no trailing slash); problems added for bad input."""
    url = check_server_url(url, problems)
    if not clean_text(token):
        problems.add("device_token", "Chưa nhập mã thiết bị do quản trị viên cấp "
                                     "(hoặc chọn “Làm việc ngoại tuyến”).")
    return url


def check_answers(answers: FirstRunAnswers, *, with_account: bool) -> str:
    """Every problem of the answers at once (ValidationFailed); returns the server URL."""
    problems = Problems()
    try:
        # The printed details too: initialise checks them after the account is made.
        check_desk_identity(clean_text(answers.agency_code).upper(), answers.agency_name,
                            answers.desk, answers.desk_digits,
                            details={"parent_name": answers.parent_name,
                                     "center_address": answers.center_address,
                                     "place_name": answers.place_name})
    except ValidationFailed as exc:
        problems.items.extend(exc.problems)
    if not clean_text(answers.center_address):
        problems.add("center_address", "Chưa nhập địa chỉ của Trung tâm (in trên giấy tiếp nhận).")
    if not clean_text(answers.place_name):
        problems.add("place_name", "Chưa nhập địa danh (dòng “…, ngày … tháng … năm …”).")
    url = "" if answers.offline else check_server(answers.server_url, answers.device_token,
                                                  problems)
    if with_account and len(answers.password) < accounts.MIN_PASSWORD:
        problems.add("password", f"Mật khẩu phải có ít nhất {accounts.MIN_PASSWORD} ký tự.")
    problems.raise_if_any()
    return url


def apply_first_run(store: Store, answers: FirstRunAnswers) -> DeskConfig:
    """Raises ValidationFailed (every problem, nothing written) for bad answers."""
    with_account = not accounts.has_accounts(store)
    url = check_answers(answers, with_account=with_account)
    # A desk that already issued codes keeps its number: refuse before the account is made.
    check_partition_change(store, answers.agency_code, answers.desk, answers.desk_digits)
    if with_account:  # validates the name rules too, before anything else is written
        accounts.create_first_user(store, answers.username, answers.full_name, answers.password)
    result = initialise(store, agency_code=answers.agency_code, agency_name=answers.agency_name,
                        desk=answers.desk, desk_digits=answers.desk_digits, actor=ACTOR,
                        parent_name=answers.parent_name,
                        center_address=answers.center_address, place_name=answers.place_name)
    if not answers.offline:
        from ..sync.credentials import save_token  # keyring or an owner-only file

        save_token(store.path.parent, answers.device_token)
    with store.transaction() as session:
        sync_repo.set_server_url(session, url)
        settings_repo.set_setting(session, FIRST_RUN_DONE_KEY, True)
    return result.config
