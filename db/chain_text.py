"""A chain verification in words (db/texts/integrity.py), one line each: for the report,
the bundle manifest, `casekeeper verify` and the window."""
from __future__ import annotations

from datetime import tzinfo

from .chain import FINGERPRINT_DIGITS, when
from .chain_verify import Problem, Verification
from .labels import Msg


def fingerprint_line(check: Verification, lang: str, zone: tzinfo | None = None) -> str:
    if not check.links:
        return Msg("chain.no_chain").text(lang)
    return check.fingerprint_msg(zone).text(lang)


def problem_lines(problems: list[Problem], lang: str, limit: int | None = None) -> list[str]:
    shown = problems if limit is None else problems[:limit]
    out = [p.msg.text(lang) for p in shown]
    if len(problems) > len(shown):
        out.append(Msg("chain.more_problems", count=len(problems) - len(shown)).text(lang))
    return out


def seal_lines(check: Verification, lang: str, zone: tzinfo | None = None) -> list[str]:
    """The sealing steps of the chain, and what the check before an upgrade found."""
    out = []
    for seal in check.seals:
        out.append(seal.msg(zone).text(lang))
        for note in (seal.earlier or {}).get("problems", []):
            out.append("  " + Msg("chain.earlier_problem",
                                  text=Problem.from_note(note).msg).text(lang))
    return out


def verdict_lines(check: Verification, lang: str, zone: tzinfo | None = None, limit: int | None = 20) -> list[str]:
    """Fingerprint, verdict, problems, what a given fingerprint proves; no sealing history."""
    out = [fingerprint_line(check, lang, zone)]
    if check.ok:
        out.append(Msg("chain.verified", links=check.links).text(lang))
    else:
        out.append(Msg("chain.not_verified", count=len(check.problems)).text(lang))
        out += ["- " + line for line in problem_lines(check.problems, lang, limit)]
    if check.matched is not None and check.ok:
        out.append(Msg("chain.fingerprint_ok", fingerprint=check.matched_fingerprint, seq=check.matched,
                       at=when(check.matched_at, zone)).text(lang))
        out.append(Msg("chain.since", **check.since).text(lang))
    return out


def keep_line(check: Verification, lang: str) -> str:
    return Msg("chain.keep_fingerprint", case=check.case_id, digits=check.head[:FINGERPRINT_DIGITS]).text(lang)


def report_lines(check: Verification, lang: str, zone: tzinfo | None = None) -> list[str]:
    out = verdict_lines(check, lang, zone)
    out += seal_lines(check, lang, zone)
    if check.links:
        out.append(keep_line(check, lang))
    return out


