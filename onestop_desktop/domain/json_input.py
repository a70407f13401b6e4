"""JSON that people write (an intake file, a form's details, a catalogue): each key once,
and only the keys the reader knows.

Python's json keeps the last of two equal keys and the readers ignore keys they do not
know, so a misspelt "recieved_at" or a second "name" would be dropped or win without a
word. Both are refused here, naming the key (and the closest known one for a typo).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping

from .errors import Problems


class DuplicateKey(ValueError):
    """A JSON object names a key twice; `where` is the object's path ("" at the top)."""

    def __init__(self, key: str, where: str):
        self.key, self.where = key, where
        place = f"đối tượng “{where}”" if where else "đối tượng ngoài cùng"
        super().__init__(f"khóa “{key}” xuất hiện hai lần trong {place}: "
                         f"mỗi khóa chỉ được ghi một lần")


class _Repeated(dict):
    """An object that had a key twice, kept to be found (with its path) after parsing."""

    repeated = ""


def _find_repeated(value: object, where: str) -> DuplicateKey | None:
    if isinstance(value, _Repeated):
        return DuplicateKey(value.repeated, where)
    if isinstance(value, dict):
        children = [(f"{where}.{k}" if where else k, v) for k, v in value.items()]
    elif isinstance(value, list):
        children = [(f"{where}[{i}]", v) for i, v in enumerate(value)]
    else:
        return None
    for path, child in children:
        if found := _find_repeated(child, path):
            return found
    return None


def loads(text: str) -> object:
    """json.loads, refusing an object with a key twice (DuplicateKey, a ValueError)."""
    marked: list[_Repeated] = []

    def pairs(items: list[tuple[str, object]]) -> dict:
        result = dict(items)
        if len(result) == len(items):
            return result
        seen: set[str] = set()
        repeated = _Repeated(result)
        repeated.repeated = next(k for k, _ in items if k in seen or seen.add(k))
        marked.append(repeated)
        return repeated

    value = json.loads(text, object_pairs_hook=pairs)
    if marked:
        try:  # where the object is, for the message (only walked when there is one)
            found = _find_repeated(value, "")
        except RecursionError:
            found = None
        raise found or DuplicateKey(marked[0].repeated, "")
    return value


def unknown_keys(p: Problems, raw: Mapping, known: Iterable[str], where: str = "",
                 what: str = "dữ liệu hồ sơ") -> None:
    """A problem for each key of `raw` not in `known`, at `where`.`key`, suggesting the
    closest known key when there is one (a typo)."""
    known = list(known)
    for key in raw:
        if key in known:
            continue
        name = key if isinstance(key, str) else repr(key)
        field = f"{where}.{name}" if where else name
        message = f"Khóa “{name}” không có trong {what}"
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        p.add(field, f"{message}: có phải “{close[0]}”?" if close else f"{message}.")
