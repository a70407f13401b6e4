"""TLS to the central server: always verified, against the system's authorities or the
province's own CA bundle (`ca_bundle`); a bundle that cannot be read is refused when it
is set; the device token never reaches the log or the screen."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from onestop_desktop.cli import main
from onestop_desktop.logs import LOG_FILE
from onestop_desktop.sync.client import SyncClient, TransportError
from tests.central.live import LiveServer, db_url_for
from tests.sync.desks import intake_many, make_desk

AGENCY = "000.00.01.H22"
ROOT = Path(__file__).resolve().parents[2]


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca_and_server(folder: Path) -> tuple[Path, Path, Path]:
    """A province's CA and the server certificate it signs for localhost: (CA PEM,
    server certificate PEM, server key PEM)."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("CA Sở TT&TT Thanh Hóa"))
          .issuer_name(_name("CA Sở TT&TT Thanh Hóa")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number())
          .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                       crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False,
                                       decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    server = (x509.CertificateBuilder().subject_name(_name("localhost"))
              .issuer_name(ca.subject).public_key(key.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(now - timedelta(days=1))
              .not_valid_after(now + timedelta(days=30))
              .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                             critical=False)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                  ca_key.public_key()), critical=False)
              .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
              .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "server.pem", folder / "server-key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_central(tmp_path):
    ca, cert, key = make_ca_and_server(tmp_path)
    server = LiveServer(db_url_for("sqlite", tmp_path), tls=(cert, key)).start()
    server.ca_bundle = ca
    yield server
    server.stop()


def cli(capsys, data_dir, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_client_verifies_the_server_always(tls_central):
    with SyncClient(tls_central.url, "t") as trusting_the_system:
        with pytest.raises(TransportError) as refused:
            trusting_the_system.health()  # a province's CA is not one of the system's
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value)
    with SyncClient(tls_central.url, "t", ca_bundle=str(tls_central.ca_bundle)) as client:
        assert client.health().status == "ok"


def test_nothing_turns_verification_off():
    sources = [p for p in (ROOT / "onestop_desktop").rglob("*.py")]
    found = [str(p) for p in sources if re.search(r"verify\s*=\s*False|CERT_NONE|"
                                                   r"check_hostname\s*=\s*False",
                                                   p.read_text("utf-8"))]
    assert found == []


def test_a_bundle_that_cannot_be_read_is_refused_when_set(tmp_path, capsys):
    data_dir = tmp_path / "desk"
    make_desk(data_dir, 1).close()
    code, _, err = cli(capsys, data_dir, "config", "set", "ca_bundle",
                       str(tmp_path / "khong-co.pem"))
    assert code == 2
    assert "Không dùng được tệp chứng chỉ CA" in err and "không có tệp hay thư mục này" in err
    garbage = tmp_path / "rac.pem"
    garbage.write_text("không phải chứng chỉ", "utf-8")
    code, _, err = cli(capsys, data_dir, "config", "set", "ca_bundle", str(garbage))
    assert code == 2 and "không chứa chứng chỉ PEM nào" in err
    assert cli(capsys, data_dir, "config", "get", "ca_bundle")[1].strip() == ""


def test_a_sync_through_the_province_ca_logs_no_token(tls_central, tmp_path, capsys):
    data_dir = tmp_path / "desk"
    store = make_desk(data_dir, 1)
    intake_many(store, 2)
    store.close()
    token = tls_central.add_device("Quầy 1", AGENCY, 1)
    assert cli(capsys, data_dir, "config", "set", "server_url", tls_central.url)[0] == 0
    assert cli(capsys, data_dir, "config", "set", "device_token", token)[0] == 0
    code, out, _ = cli(capsys, data_dir, "sync", "--once")
    assert code == 1 and "CERTIFICATE_VERIFY_FAILED" in out  # no bundle yet: refused

    code, out, _ = cli(capsys, data_dir, "config", "set", "ca_bundle",
                       str(tls_central.ca_bundle))
    assert code == 0 and str(tls_central.ca_bundle) in out
    # Every library's debug line too: none may carry the token.
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    logging.getLogger("httpcore").setLevel(logging.DEBUG)
    try:
        from onestop_desktop.logs import configure_logging

        configure_logging(data_dir, level=logging.DEBUG)
        logging.getLogger("httpx").debug("Authorization: Bearer %s", token)
        code, out, err = cli(capsys, data_dir, "sync", "--once")
    finally:
        logging.getLogger("httpx").setLevel(logging.NOTSET)
        logging.getLogger("httpcore").setLevel(logging.NOTSET)
    assert code == 0, out
    code, out, _ = cli(capsys, data_dir, "config", "get", "device_token")
    assert out.strip() == f"••••{token[-4:]} (đã lưu)"
    log = (data_dir / LOG_FILE).read_text("utf-8")
    assert "Bearer ••••" in log and "POST" in log  # the log was written, and masked
    assert token not in log and token not in out + err
