"""What a write-up masks (docs/writeup.md): the values of a case that identify the user or
an account, found where the case keeps them, and the masks that replace them.

Sources, in order (the first one names an item found twice):
- identifier values (CSI number, Order ID, invoice number, company name, tenancy name ...)
- the case's account field
- login usernames
- the user's own addresses and names: the `my_addresses` setting, the sender of 'sent' mail,
  the recipients of 'received' mail (from the header lines an imported mail keeps)
- private desk addresses: the address of a desk marked private, and any mail address that
  came from a mail header and is not a desk's public address
- mail addresses in any text that are not a desk's public address
- phone numbers in any text that are not a public desk's number
- words the user adds ("Also mask")

A mask keeps the shape of what it hides: letters and digits become ●, separators stay, a
number of 8 or more digits keeps its last four (CSI 23456789 -> ●●●●6789), a mail address
keeps its '@' and top-level domain. Matching ignores case, full-width/half-width forms and,
for numbers, the separators written between digits. Secrets are never read: they live only
in the keyring and nothing of a write-up comes from there.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .labels import Msg, Plain

BULLET = "●"
KINDS = ("identifier", "account", "login", "own_address", "own_name", "private_desk", "address", "phone", "extra")
_EMAIL = re.compile(r"[\w.+'-]+@(?:[\w-]+\.)+[\w-]+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d\s().\-‐－]{6,}\d(?!\w)")
_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_HEADER = re.compile(r"^(From|To|Cc|Reply-To):\s*(.*)$", re.IGNORECASE)
_NAMED = re.compile(r'\s*"?([^"<,]*?)"?\s*<([^>]+)>')
_SEPARATORS = r"[\s\-‐－./()]*"


class _Fold(dict):
    """str.translate table: each character half-width and case-folded where that keeps one character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        n = unicodedata.normalize("NFKC", ch)
        folded = n.casefold() if len(n) == 1 else ch
        self[code] = value = folded if len(folded) == 1 else (n if len(n) == 1 else ch)
        return value


_FOLD = _Fold()


def normalize(text: str) -> str:
    """Same length as `text`: each character half-width and case-folded where that keeps one character."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def digitish(value: str) -> bool:
    alnum = [c for c in normalize(value) if c.isalnum()]
    digits = sum(c.isdigit() for c in alnum)
    return digits >= 4 and digits * 2 >= len(alnum)


def key_of(value: str) -> str:
    n = normalize(value.strip())
    return "".join(c for c in n if c.isalnum()) if digitish(value) else " ".join(n.split())


def shape(text: str) -> str:
    """The mask of `text`, keeping its shape."""
    if "@" in text and _EMAIL.fullmatch(text.strip()):
        local, _, domain = text.rpartition("@")
        labels = domain.split(".")
        return _dots(local) + "@" + ".".join([_dots(part) for part in labels[:-1]] + labels[-1:])
    alnum = [i for i, c in enumerate(text) if c.isalnum()]
    keep = set(alnum[-4:]) if digitish(text) and len(alnum) >= 8 else set()
    return "".join(c if (not c.isalnum() or i in keep) else BULLET for i, c in enumerate(text))


def _dots(text: str) -> str:
    return "".join(BULLET if c.isalnum() else c for c in text)


@dataclass
class Item:
    """One value the write-up masks unless the user keeps it."""

    kind: str
    value: str
    label: Msg                 # what it is, for the preview
    count: int = 0             # occurrences in the write-up
    key: str = ""

    def __post_init__(self):
        self.key = self.key or key_of(self.value)

    @property
    def mask(self) -> str:
        return shape(self.value)


def _pattern(value: str) -> str:
    n = normalize(value.strip())
    if digitish(value):
        return _SEPARATORS.join(re.escape(c) for c in n if c.isalnum())
    return r"\s+".join(re.escape(part) for part in n.split())


@dataclass
class Masker:
    """Finds the items in text and replaces the ones to mask."""

    items: list[Item]
    masked: set[str] = field(default_factory=set)   # keys of the items to mask
    _regex: re.Pattern | None = None
    _by_group: dict[str, Item] = field(default_factory=dict)

    def __post_init__(self):
        usable = [(i, _pattern(item.value)) for i, item in enumerate(self.items) if len(item.key) >= 3]
        usable.sort(key=lambda pair: -len(self.items[pair[0]].key))
        if usable:
            self._regex = re.compile("|".join(f"(?P<g{i}>{p})" for i, p in usable))
            self._by_group = {f"g{i}": self.items[i] for i, _ in usable}

    def find(self, text: str):
        """(start, end, item) of every occurrence, left to right."""
        if not text or self._regex is None:
            return
        for m in self._regex.finditer(normalize(text)):
            yield m.start(), m.end(), self._by_group[m.lastgroup]

    def count(self, texts) -> None:
        for item in self.items:
            item.count = 0
        for text in texts:
            for _s, _e, item in self.find(text):
                item.count += 1

    def apply(self, text: str, wrap=None) -> str:
        """`text` with each masked item replaced by its shape (`wrap(mask)` to mark it up)."""
        out, pos = [], 0
        for start, end, item in self.find(text):
            if item.key not in self.masked:
                continue
            out.append(text[pos:start])
            hidden = shape(text[start:end])
            out.append(wrap(hidden) if wrap else hidden)
            pos = end
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)


def header_people(body: str) -> list[tuple[str, str, str]]:
    """[(header, name, address)] from the header lines an imported mail keeps at the top of its body."""
    out = []
    for line in (body or "").split("\n"):
        if not line.strip():
            break
        m = _HEADER.match(line.strip())
        if not m:
            continue
        for part in m.group(2).split(","):
            named = _NAMED.match(part)
            if named:
                out.append((m.group(1).lower(), named.group(1).strip(), named.group(2).strip()))
            else:
                found = _EMAIL.search(part)
                if found:
                    out.append((m.group(1).lower(), "", found.group(0)))
    return out


def phones(text: str) -> list[str]:
    out = []
    for m in _PHONE.finditer(text or ""):
        value = m.group(0).strip()
        digits = sum(c.isdigit() for c in normalize(value))
        if 9 <= digits <= 15 and not _DATE.match(normalize(value)):
            out.append(value)
    return out


def collect(case: dict, login_rows: list, my_addresses: list[str], texts: list[str], extra: list[str]) -> list[Item]:
    """Every item of a case (serialize.case_dict plus its logins), deduplicated by value, in source order.
    `texts`: all text the write-up is made of (for addresses and phone numbers found in it)."""
    items: dict[str, Item] = {}

    def add(kind: str, value: str, label: Msg) -> None:
        value = (value or "").strip()
        key = key_of(value)
        if len(key) >= 3 and key not in items:
            items[key] = Item(kind, value, label, key=key)

    for ident in case["identifiers"]:
        add("identifier", ident["value"], Plain(ident["name"]))
    add("account", case["account"], Msg("writeup.item.account"))
    for login in login_rows:
        add("login", login.username, Msg("writeup.item.login", label=login.label))
    public = {key_of(d["address"]) for d in case["desks"] if d["address"] and not d["private"]}
    for address in my_addresses:
        add("own_address", address, Msg("writeup.item.own_address"))
    for event in case["events"]:
        for header, name, address in header_people(event["body"]):
            mine = (event["kind"] == "sent" and header == "from") or (event["kind"] == "received"
                                                                     and header in ("to", "cc"))
            if mine:
                add("own_address", address, Msg("writeup.item.own_address_mail"))
                add("own_name", name, Msg("writeup.item.own_name"))
            elif key_of(address) not in public:
                add("private_desk", address, Msg("writeup.item.header_address"))
    for desk in case["desks"]:
        if desk["private"] and desk["address"]:
            add("private_desk", desk["address"], Msg("writeup.item.private_desk", desk=desk["name"]))
    public_phones = {key_of(p) for d in case["desks"] if not d["private"] for p in phones(d["address"])}
    for text in texts:
        for found in _EMAIL.findall(text or ""):
            if key_of(found) not in public:
                add("address", found, Msg("writeup.item.address"))
        for found in phones(text):
            if key_of(found) not in public_phones:
                add("phone", found, Msg("writeup.item.phone"))
    for word in extra:
        add("extra", word, Msg("writeup.item.extra"))
    return list(items.values())
