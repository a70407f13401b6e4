"""The production set-up's example files (deploy/) exist and agree with the app: the
systemd unit's command line is one `onestop-central serve` accepts, and nginx in
front is never stricter than the app's own limits (its 413 and time-outs would
then hide the app's ErrorBody) nor points elsewhere than the app listens."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from onestop_central.cli import _limits, build_parser
from onestop_central.limits import Limits

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "onestop-central.service"
NGINX = ROOT / "deploy" / "nginx-onestop-central.conf"
_SIZE = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_TIME = {"": 1, "s": 1, "m": 60}


def unit_settings() -> dict[str, str]:
    settings = {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings


def served():
    command = shlex.split(unit_settings()["ExecStart"])
    assert Path(command[0]).name == "onestop-central" and command[1] == "serve"
    return build_parser().parse_args(command[1:])


def nginx(directive: str) -> str:
    text = re.sub(r"#.*", "", NGINX.read_text(encoding="utf-8"))
    match = re.search(r"^\s*" + re.escape(directive) + r"\s+([^;{]+);", text, re.MULTILINE)
    assert match, directive
    return match.group(1).strip()


def size(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kmgKMG]?)", value).groups()
    return int(number) * _SIZE[unit.lower()]


def seconds(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([sm]?)", value).groups()
    return int(number) * _TIME[unit]


def test_the_unit_runs_serve_with_limits_the_app_accepts():
    args = served()
    limits = _limits(args)
    assert limits == Limits(**{**limits.__dict__})  # valid (checked on construction)
    assert args.host == "127.0.0.1" and args.workers >= 2
    assert unit_settings()["Restart"] == "always"
    # Each worker process holds up to --limit-concurrency connections, each a descriptor.
    assert int(unit_settings()["LimitNOFILE"]) >= limits.limit_concurrency + 64
    assert "--db" not in unit_settings()["ExecStart"]  # the password stays out of ps


def test_nginx_in_front_is_no_stricter_than_the_app():
    args = served()
    limits = _limits(args)
    assert size(nginx("client_max_body_size")) >= limits.max_body_bytes
    assert size(nginx("client_body_buffer_size")) >= limits.max_body_bytes
    assert seconds(nginx("client_body_timeout")) >= limits.body_timeout_s
    assert seconds(nginx("client_header_timeout")) >= limits.header_timeout_s
    # nginx waits for the app's answer longer than the app takes to refuse a slow body.
    assert seconds(nginx("proxy_read_timeout")) > limits.body_timeout_s
    assert nginx("server") == f"{args.host}:{args.port}"
    assert nginx("ssl_certificate") and "TLSv1.3" in nginx("ssl_protocols")
    assert nginx("proxy_set_header X-Forwarded-Proto")


def test_the_production_guide_is_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/central-production.md" in readme
    guide = (ROOT / "docs" / "central-production.md").read_text(encoding="utf-8")
    for name in ("deploy/onestop-central.service", "deploy/nginx-onestop-central.conf",
                 "client_max_body_size", "postgresql://", "--max-body-bytes"):
        assert name in guide, name
