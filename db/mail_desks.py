"""Which desk a mail address belongs to: learned from each desk's own address
(same address first, then same domain or a subdomain of it), plus rules the
user adds per desk ('name@host' or '@host')."""
from __future__ import annotations

import re

from . import cases, validate
from .errors import InvalidInput
from .labels import Msg
from .models import Desk, DeskMailRule, database

_ADDR = re.compile(r"[\w.+'-]+@([\w-]+\.)+[\w-]+", re.UNICODE)
_DOMAIN = re.compile(r"@?(([\w-]+\.)+[\w-]+)", re.UNICODE)


def _desk_address(desk: Desk) -> str | None:
    m = _ADDR.search(desk.address or "")
    return m.group(0).lower() if m else None


def _domain_of(addr: str) -> str:
    return addr.rpartition("@")[2].lower()


def _in_domain(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def matcher(case_id: int):
    """A function: address -> the desk of this case that it belongs to, or None (the case's desks
    and rules are read once)."""
    desks = list(Desk.select().where(Desk.case == case_id).order_by(Desk.position, Desk.id))
    rules: dict[int, list[str]] = {}
    for rule in DeskMailRule.select().join(Desk).where(Desk.case == case_id):
        rules.setdefault(rule.desk_id, []).append(rule.pattern.lower())
    owns = {desk.id: _desk_address(desk) for desk in desks}

    def match(address: str) -> Desk | None:
        address = (address or "").strip().lower()
        if "@" not in address:
            return None
        host = _domain_of(address)
        scored = []
        for desk in desks:
            own = owns[desk.id]
            score = 0
            for pattern in rules.get(desk.id, []):
                if pattern == address:
                    score = max(score, 4)
                elif pattern.startswith("@") and _in_domain(host, pattern[1:]):
                    score = max(score, 3)
            if own == address:
                score = max(score, 4)
            elif own and _in_domain(host, _domain_of(own)):
                score = max(score, 2)
            if score:
                scored.append((score, desk.kind == "email", -desk.position, -desk.id, desk))
        if not scored:
            return None
        scored.sort(key=lambda s: s[:4], reverse=True)
        return scored[0][4]

    return match


def list_rules(desk_id: int) -> list[DeskMailRule]:
    return list(DeskMailRule.select().where(DeskMailRule.desk == desk_id).order_by(DeskMailRule.id))


def normalize_pattern(text: str) -> str:
    text = (text or "").strip().lower()
    if _ADDR.fullmatch(text):
        return text
    m = _DOMAIN.fullmatch(text)
    if m:
        return "@" + m.group(1)
    raise InvalidInput(Msg("error.not_address", text=text))


def add_rule(desk_id: int, pattern: str) -> DeskMailRule:
    with database.atomic():
        desk = validate.existing(Desk, desk_id, "error.no_desk")
        pattern = normalize_pattern(pattern)
        existing = DeskMailRule.get_or_none((DeskMailRule.desk == desk_id) & (DeskMailRule.pattern == pattern))
        if existing:
            return existing
        rule = DeskMailRule.create(desk=desk_id, pattern=pattern)
        cases.touch(desk.case_id)
        return rule


def remove_rule(rule_id: int) -> None:
    with database.atomic():
        rule = validate.existing(DeskMailRule, rule_id, "error.no_mail_rule")
        rule.delete_instance()
