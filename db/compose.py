"""A message to a desk, composed with what the desk wants (issue 14): To from the desk,
the subject from the desk's subject rule filled with the case's identifiers (a reply:
"Re: " and the original subject unchanged), the body from the desk's template in the
desk's language (or the default one), and a mailto: URL (RFC 6068) that opens it in the
user's mail client. `missing` names the identifiers the desk asks for (or the subject
rule names) that have no value yet, so they are flagged before anything is sent.

Placeholders in a subject rule or a template are {Identifier name} (as the case names
it, any letter case) and, in templates, {greeting} {question} {identifiers} {summary}
{closing} {desk} {provider} {account}. An identifier without a value stays visible as
{Its name}, so it cannot go out unnoticed."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from . import cases, desks, events, identifiers
from .errors import InvalidInput
from .labels import LANGUAGES, Msg, text as label

_PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")
DEFAULT_TEMPLATE = "{greeting}\n\n{question}\n\n{identifiers}\n\n{summary}\n\n{closing}\n"


@dataclass
class Composed:
    to: str
    subject: str
    body: str
    language: str
    missing: list[str] = field(default_factory=list)

    @property
    def mailto(self) -> str:
        return mailto(self.to, self.subject, self.body)

    def as_json(self) -> dict:
        return {"to": self.to, "subject": self.subject, "body": self.body, "language": self.language,
                "mailto": self.mailto, "missing": self.missing}


def mailto(to: str, subject: str, body: str) -> str:
    """RFC 6068: the address as is, subject and body percent-encoded UTF-8, line breaks as CRLF."""
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{quote(to, safe='@')}?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"


def desk_language(desk, fallback: str) -> str:
    return desk.language if desk.language in LANGUAGES else (fallback if fallback in LANGUAGES else "en")


def is_mail_address(address: str) -> bool:
    return bool(re.fullmatch(r"[^@\s/:]+@[^@\s/]+\.[^@\s/]+", address.strip()))


def template_names(desk) -> list[str]:
    """The names of the desk's own templates, in any language."""
    names: list[str] = []
    for by_name in (desk.templates or {}).values():
        names += [n for n in by_name if n not in names]
    return names


def _fill(text: str, values: dict[str, str], idents: dict[str, str], missing: list[str]) -> str:
    def one(match: re.Match) -> str:
        name = match.group(1).strip()
        if name in values:
            return values[name]
        key = name.casefold()
        if key in idents and idents[key][1]:
            return idents[key][1]
        shown = idents[key][0] if key in idents else name
        if shown not in missing:
            missing.append(shown)
        return "{" + shown + "}"

    return _PLACEHOLDER.sub(one, text)


def compose(case_id: int, desk_id: int, *, template: str | None = None, reply_to: int | None = None,
            lang: str = "en") -> Composed:
    """The message to `desk_id` of `case_id`; `template`: one of the desk's template names
    (default: its first, else the default message); `reply_to`: an entry whose subject the
    reply keeps; `lang`: the language when the desk names none."""
    case = cases.get_case(case_id)
    desk = desks.get_desk(desk_id)
    if template is not None and template not in template_names(desk):
        raise InvalidInput(Msg("compose.no_template", name=template, desk=desk.name,
                               names=", ".join(template_names(desk)) or "-"))
    language = desk_language(desk, lang)
    t = lambda key, **kw: label(language, key, **kw)  # noqa: E731
    all_idents = identifiers.list_identifiers(case_id)
    idents = {i.name.casefold(): (i.name, i.value) for i in all_idents}
    asked = desks.asks_for(desk_id)
    missing = [i.name for i in asked if not i.value]

    if reply_to is not None:
        original = events.get_event(reply_to).summary.strip()
        prefix = t("compose.reply_prefix")
        subject = original if original.lower().startswith(("re:", "re：")) else prefix + original
    else:
        subject = _fill(desk.subject_rule or "", {}, idents, missing)

    lines = [f"{i.name}: {i.value or '{' + i.name + '}'}" for i in asked]
    values = {
        "greeting": t("compose.greeting"),
        "question": t("compose.question") + "\n",
        "identifiers": "\n".join([t("compose.identifiers")] + lines) if lines else "",
        "summary": (t("compose.summary") + "\n" + case.summary.strip()) if case.summary.strip() else "",
        "closing": t("compose.closing"),
        "desk": desk.name, "provider": case.provider, "account": case.account,
    }
    by_name = (desk.templates or {}).get(language) or {}
    chosen = by_name.get(template) if template else next(iter(by_name.values()), None)
    body = _fill(chosen if chosen is not None else DEFAULT_TEMPLATE, values, idents, missing)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    to = desk.address.strip() if is_mail_address(desk.address) else ""
    return Composed(to, subject, body, language, missing)
