"""The providers that carry notices, behind one interface: `send(notice) -> Delivery`.

E-mail goes over SMTP (smtplib): smtp://host:port in the clear (a relay on the
province's network), smtp+starttls://host:port upgraded with STARTTLS, smtps://host:port
with TLS from the start; user:password@ in the URL logs in. SMS and Zalo go through the
province's gateways: a JSON POST to the URL it gives, its token as a Bearer header.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Protocol
from urllib.parse import unquote, urlsplit

import httpx

from .outbox import Delivery, OutgoingNotice

log = logging.getLogger(__name__)

SMTP_URL_ENV, SMTP_FROM_ENV = "ONESTOP_SMTP_URL", "ONESTOP_SMTP_FROM"
SMS_URL_ENV, SMS_TOKEN_ENV = "ONESTOP_SMS_URL", "ONESTOP_SMS_TOKEN"
ZALO_URL_ENV, ZALO_TOKEN_ENV = "ONESTOP_ZALO_URL", "ONESTOP_ZALO_TOKEN"
TIMEOUT_S = 30.0
_SMTP_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


class Provider(Protocol):
    def send(self, notice: OutgoingNotice) -> Delivery: ...


class ProviderConfigError(ValueError):
    pass


@dataclass(frozen=True)
class SmtpProvider:
    host: str
    port: int
    sender: str  # the From address
    security: str = "none"  # none | starttls | tls
    username: str = ""
    password: str = ""
    timeout: float = TIMEOUT_S

    @classmethod
    def from_url(cls, url: str, sender: str) -> SmtpProvider:
        parts = urlsplit(url)
        if parts.scheme not in _SMTP_PORTS or not parts.hostname:
            raise ProviderConfigError(
                f"Địa chỉ máy chủ thư không hợp lệ: {parts.scheme or url!r} (dạng "
                f"smtp://host:port, smtp+starttls://host:port hoặc smtps://host:port).")
        if not sender or "@" not in sender:
            raise ProviderConfigError("Thiếu địa chỉ gửi thư (--smtp-from hoặc "
                                      f"{SMTP_FROM_ENV}).")
        security = {"smtp": "none", "smtp+starttls": "starttls", "smtps": "tls"}[parts.scheme]
        username, password = unquote(parts.username or ""), unquote(parts.password or "")
        if not (username + password).isascii():
            # smtplib's AUTH sends ASCII only: refused here, not at every notice.
            raise ProviderConfigError("Tên đăng nhập và mật khẩu máy chủ thư chỉ được dùng "
                                      "chữ không dấu (ASCII).")
        return cls(parts.hostname, parts.port or _SMTP_PORTS[parts.scheme], sender, security,
                   username, password)

    def message(self, notice: OutgoingNotice) -> EmailMessage:
        message = EmailMessage()  # the default policy: UTF-8 headers and body
        message["Subject"] = notice.subject
        message["From"] = self.sender
        message["To"] = notice.address
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=_domain(self.sender))
        message["X-Onestop-Dossier"] = notice.code
        message.set_content(notice.text, charset="utf-8")
        return message

    def send(self, notice: OutgoingNotice) -> Delivery:
        message = self.message(notice)
        try:
            if self.security == "tls":
                client = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                          context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if self.username:
                    client.login(self.username, self.password)
                client.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()))
            return Delivery(False, error=f"Máy chủ thư từ chối địa chỉ {notice.address}: "
                                         f"{code} {_text(reply)}", permanent=code >= 500)
        except smtplib.SMTPResponseException as exc:
            return Delivery(False, error=f"Máy chủ thư trả lời {exc.smtp_code} "
                                         f"{_text(exc.smtp_error)}")
        except (smtplib.SMTPException, OSError) as exc:
            return Delivery(False, error=f"Không kết nối được máy chủ thư {self.host}:"
                                         f"{self.port}: {exc}")
        return Delivery(True, provider_id=str(message["Message-ID"]))


@dataclass(frozen=True)
class HttpGateway:
    """A province's SMS or Zalo gateway: POST {"to", "text", "reference", "dossier_code"}
    as JSON; a 2xx answer is sent (its JSON "id" or "message_id" kept), a 4xx other than
    408 / 429 is refused for good, anything else is tried again later."""

    name: str  # SMS | Zalo: in the messages
    url: str
    token: str = ""
    timeout: float = TIMEOUT_S

    def send(self, notice: OutgoingNotice) -> Delivery:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        body = {"to": notice.address, "text": notice.text, "reference": f"notice-{notice.id}",
                "dossier_code": notice.code}
        try:
            response = httpx.post(self.url, json=body, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            return Delivery(False, error=f"Không kết nối được dịch vụ {self.name}: {exc}")
        if response.is_success:
            return Delivery(True, provider_id=_message_id(response))
        permanent = 400 <= response.status_code < 500 and response.status_code not in (408, 429)
        return Delivery(False, error=f"Dịch vụ {self.name} trả lời {response.status_code}: "
                                     f"{response.text[:200]}", permanent=permanent)


def providers_from(smtp_url: str | None = None, smtp_from: str | None = None,
                   sms_url: str | None = None, zalo_url: str | None = None,
                   env: Mapping[str, str] = os.environ) -> dict[str, Provider]:
    """The providers configured by options, else by the environment; a channel left out
    has none (its notices are kept as "no provider")."""
    providers: dict[str, Provider] = {}
    smtp_url = smtp_url or env.get(SMTP_URL_ENV)
    if smtp_url:
        providers["email"] = SmtpProvider.from_url(
            smtp_url, smtp_from or env.get(SMTP_FROM_ENV, ""))
    for channel, name, option, url_env, token_env in (
            ("sms", "SMS", sms_url, SMS_URL_ENV, SMS_TOKEN_ENV),
            ("zalo", "Zalo", zalo_url, ZALO_URL_ENV, ZALO_TOKEN_ENV)):
        url = option or env.get(url_env)
        if url:
            if urlsplit(url).scheme not in ("http", "https"):
                raise ProviderConfigError(f"Địa chỉ dịch vụ {name} không hợp lệ: {url!r}.")
            providers[channel] = HttpGateway(name, url, env.get(token_env, ""))
    return providers


def _domain(sender: str) -> str:
    """The From address's domain, for the Message-ID ("Name <a@b.vn>" too)."""
    return parseaddr(sender)[1].rpartition("@")[2] or "localhost"


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _message_id(response: httpx.Response) -> str:
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return ""
    if isinstance(data, dict):
        return str(data.get("id") or data.get("message_id") or "")
    return ""
