"""The store's key: 32 random bytes that SQLCipher encrypts the store with.

The key itself is kept by the OS keyring (keychain.py) under the store's id, or, where
no keyring works (a Linux server), in `store.key`, an owner-only file in the data
directory: there it protects a copy of the store file, not a copy of the directory.
`store-key.json` (the envelope) holds what is not secret: the store's id, and the key
wrapped with a key derived (argon2id) from the recovery secret the administrator keeps.
Every backup carries the envelope, so a backup opens on a replacement PC with the
recovery secret, and on this PC with the keyring alone.
"""

from __future__ import annotations

import json
import secrets
import unicodedata
import uuid
from base64 import b64decode, b64encode
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import OfficerError
from ..keychain import SERVICE, os_keyring, write_owner_only

KEY_BYTES = 32
ENVELOPE_FILENAME = "store-key.json"
KEY_FILENAME = "store.key"
# Letters and digits that read aloud unambiguously (no 0/O, 1/I/L, U/V confusion).
SECRET_ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789"
SECRET_GROUPS, SECRET_GROUP_LEN = 6, 4  # 24 symbols: about 116 bits
# argon2id's cost: about a fifth of a second and 64 MiB, once per restore or new secret.
KDF_PARAMS = {"time_cost": 3, "memory_cost": 65536, "parallelism": 2}


class StoreKeyMissing(OfficerError):
    def __init__(self, data_dir: Path):
        super().__init__(
            f"Không tìm thấy khóa giải mã dữ liệu của quầy tại {data_dir} (khóa nằm trong "
            "kho khóa của tài khoản Windows đã cài đặt quầy, hoặc tệp store.key). Hãy đăng "
            "nhập đúng tài khoản đó, hoặc khôi phục từ bản sao lưu với mã khôi phục: "
            "onestop-desktop --data-dir THƯ_MỤC_MỚI restore TỆP_SAO_LƯU "
            "--recovery-secret-stdin")


class WrongRecoverySecret(OfficerError):
    def __init__(self):
        super().__init__("Mã khôi phục không đúng với bản sao lưu này (kiểm tra lại từng "
                         "nhóm ký tự).")


@dataclass(frozen=True)
class Envelope:
    store_id: str
    recovery: dict | None = field(default=None)  # the key wrapped by the recovery secret

    def to_json(self) -> dict:
        return {"format": 1, "store_id": self.store_id, "recovery": self.recovery}

    @classmethod
    def from_json(cls, values: dict) -> Envelope:
        return cls(str(values["store_id"]), values.get("recovery"))


def new_envelope() -> Envelope:
    return Envelope(str(uuid.uuid4()))


def read_envelope(data_dir: Path) -> Envelope | None:
    try:
        return Envelope.from_json(json.loads(
            (Path(data_dir) / ENVELOPE_FILENAME).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def write_envelope(data_dir: Path, envelope: Envelope) -> None:
    write_owner_only(Path(data_dir) / ENVELOPE_FILENAME,
                     json.dumps(envelope.to_json(), indent=2) + "\n")


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _account(store_id: str) -> str:
    # By the store's id, not the directory: a backup restored elsewhere on this PC
    # finds its key.
    return f"store-key:{store_id}"


def save_key(data_dir: Path, store_id: str, key: bytes) -> str:
    """Keep `key`; returns where: "keyring" or "file"."""
    kr = os_keyring()
    if kr is not None:
        try:
            kr.set_password(SERVICE, _account(store_id), key.hex())
            (Path(data_dir) / KEY_FILENAME).unlink(missing_ok=True)
            return "keyring"
        except Exception:  # noqa: BLE001 - a locked or broken keyring: fall back to the file
            pass
    write_owner_only(Path(data_dir) / KEY_FILENAME,
                     json.dumps({"store_id": store_id, "key": key.hex()}) + "\n")
    return "file"


def load_key(data_dir: Path | None, store_id: str) -> bytes | None:
    """The key of store `store_id`: the keyring's, else `data_dir`'s key file's."""
    kr = os_keyring()
    if kr is not None:
        try:
            text = kr.get_password(SERVICE, _account(store_id))
        except Exception:  # noqa: BLE001 - same fallback as save_key
            text = None
        if text:
            return bytes.fromhex(text)
    if data_dir is None:
        return None
    try:
        values = json.loads((Path(data_dir) / KEY_FILENAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if values.get("store_id") != store_id:
        return None
    return bytes.fromhex(values["key"])


# -- the recovery secret --------------------------------------------------------------

def new_recovery_secret() -> str:
    """Groups of letters and digits to write down and read aloud: K7QX-M2PA-…"""
    symbols = "".join(secrets.choice(SECRET_ALPHABET)
                      for _ in range(SECRET_GROUPS * SECRET_GROUP_LEN))
    return "-".join(symbols[i:i + SECRET_GROUP_LEN]
                    for i in range(0, len(symbols), SECRET_GROUP_LEN))


def normalise_secret(text: str) -> str:
    """As typed: case, spaces and dashes do not matter."""
    text = unicodedata.normalize("NFKC", text).upper()
    return "".join(ch for ch in text if ch.isalnum())


def _derive(secret: str, salt: bytes, params: dict) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(normalise_secret(secret).encode("ascii", "replace"), salt,
                           hash_len=32, type=Type.ID, **params)


def wrap_key(key: bytes, secret: str, store_id: str) -> dict:
    """`key` sealed (AES-256-GCM, bound to the store's id) with argon2id(secret)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt, KDF_PARAMS)).encrypt(
        nonce, key, store_id.encode())
    return {"kdf": "argon2id", **KDF_PARAMS, "salt": b64encode(salt).decode(),
            "cipher": "aes-256-gcm", "nonce": b64encode(nonce).decode(),
            "wrapped": b64encode(sealed).decode()}


def unwrap_key(recovery: dict, secret: str, store_id: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = {name: int(recovery[name]) for name in KDF_PARAMS}
    kek = _derive(secret, b64decode(recovery["salt"]), params)
    try:
        return AESGCM(kek).decrypt(b64decode(recovery["nonce"]),
                                   b64decode(recovery["wrapped"]), store_id.encode())
    except InvalidTag as exc:
        raise WrongRecoverySecret() from exc
