"""DKIM signatures of a mail (RFC 6376), checked with `dkimpy` (imported on first use).

The public key comes from DNS through a resolver that can be swapped (`set_resolver`,
like db.clock): tests and the benchmark resolve their own test keys and never touch the
network. The key that was used is returned with the result, so the check can be shown
and repeated later without the network (`check(raw, keys={name: record})`).

Results: valid (for d=DOMAIN), invalid (with a reason), none (not signed), offline
(the key could not be looked up: "Check again" later)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Callable

from .labels import Msg

STATUSES = ("valid", "invalid", "none", "offline")
TIMEOUT_S = 3.0


class Offline(Exception):
    """The key could not be looked up (no network, no DNS answer in time)."""


Resolver = Callable[[str], "str | None"]  # "sel._domainkey.example.com" -> TXT record, None: no such key
_resolver: Resolver | None = None


def set_resolver(resolver: Resolver | None) -> None:
    """Use `resolver` for key lookups (None: the system's DNS)."""
    global _resolver
    _resolver = resolver


def dns_resolver(name: str) -> str | None:
    """The TXT record at `name` from the system's DNS (dnspython, short timeout)."""
    import dns.exception
    import dns.resolver

    try:
        answer = dns.resolver.resolve(name, "TXT", lifetime=TIMEOUT_S, raise_on_no_answer=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return None
    except (dns.exception.Timeout, dns.resolver.NoNameservers, dns.resolver.NoResolverConfiguration,
            OSError) as exc:
        raise Offline(str(exc)) from exc
    except dns.exception.DNSException as exc:
        raise Offline(str(exc)) from exc
    for rdata in answer:
        return b"".join(rdata.strings).decode("ascii", "replace")
    return None


class Lookup:
    """Key lookups for one import: each name asked once; after the network fails once,
    the rest of the import does not wait for it again."""

    def __init__(self, resolver: Resolver | None = None):
        self.resolver = resolver or _resolver or dns_resolver
        self.cache: dict[str, str | None] = {}
        self.offline = False

    def __call__(self, name: str) -> str | None:
        if name in self.cache:
            return self.cache[name]
        if self.offline:
            raise Offline("offline")
        try:
            self.cache[name] = self.resolver(name)
        except Offline:
            self.offline = True
            raise
        return self.cache[name]


@dataclass
class DkimResult:
    status: str = "none"          # valid | invalid | none | offline
    domain: str = ""              # d= of the signature the result is about
    selector: str = ""            # s=
    key: str = ""                 # the DNS TXT record that was used
    reason: str = ""              # invalid: body_changed | signature_mismatch | no_key | bad_key | expired | malformed
    detail: str = ""              # dkimpy's own words (English), for the curious

    @property
    def key_name(self) -> str:
        return f"{self.selector}._domainkey.{self.domain}" if self.selector and self.domain else ""

    def msg(self, sender_domain: str = "") -> Msg:
        """The result in words."""
        if self.status == "valid":
            sender, signer = (sender_domain or "").lower(), self.domain.lower()
            if sender and not (sender == signer or sender.endswith("." + signer) or signer.endswith("." + sender)):
                return Msg("dkim.valid_other", domain=self.domain, sender=sender)
            return Msg("dkim.valid", domain=self.domain)
        if self.status == "invalid":
            return Msg("dkim.invalid", domain=self.domain or "?",
                       reason=Msg("dkim.reason." + (self.reason or "malformed"), selector=self.selector or "?"))
        if self.status == "offline":
            return Msg("dkim.offline", domain=self.domain or "?")
        return Msg("dkim.none")


_SIGNED = re.compile(rb"(?:^|\n)dkim-signature[ \t]*:", re.I)


def _head(raw: bytes) -> bytes:
    end = raw.find(b"\n\n")
    end2 = raw.find(b"\r\n\r\n")
    ends = [e for e in (end, end2) if e >= 0]
    return raw[: min(ends)] if ends else raw


def is_signed(raw: bytes) -> bool:
    return bool(_SIGNED.search(_head(raw)))


class _Said(logging.Handler):
    """What dkimpy logs as errors (it reports a missing or unusable key only there)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def _quiet_logger() -> tuple[logging.Logger, _Said]:
    """A logger of its own per check (not registered: nothing reaches the app's log or stderr)."""
    log = logging.Logger("casekeeper.dkim", logging.ERROR)
    log.propagate = False
    said = _Said()
    log.addHandler(said)
    return log, said


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "body hash" in text:
        return "body_changed"
    if "expired" in text or "in the future" in text:
        return "expired"
    if "key" in text:
        return "bad_key"
    return "malformed"


def check(raw: bytes, *, lookup: Lookup | Resolver | None = None, keys: dict[str, str] | None = None) -> DkimResult:
    """Check every DKIM signature of `raw`; the first valid one wins. `keys`: records known
    already (a stored key: no lookup). Never raises for a bad message: the result says why."""
    if not is_signed(raw):
        return DkimResult("none")
    import dkim

    lookup = lookup if isinstance(lookup, Lookup) else Lookup(lookup)
    known = {k.lower().rstrip("."): v for k, v in (keys or {}).items()}
    log, said = _quiet_logger()
    try:
        verifier = dkim.DKIM(raw, logger=log, timeout=TIMEOUT_S)
        count = sum(1 for name, _ in verifier.headers if name.lower() == b"dkim-signature")
    except Exception as exc:  # noqa: BLE001 - dkimpy on a message it cannot split
        return DkimResult("invalid", reason="malformed", detail=str(exc)[:300])
    first_failure: DkimResult | None = None
    offline: DkimResult | None = None
    for idx in range(count):
        used: dict[str, str | None] = {}
        went_offline = []

        def dnsfunc(name, timeout=TIMEOUT_S):
            text = name.decode("ascii", "replace") if isinstance(name, bytes) else str(name)
            text = text.lower().rstrip(".")
            if text in known:
                record = known[text]
            else:
                try:
                    record = lookup(text)
                except Offline as exc:
                    went_offline.append(str(exc))
                    raise dkim.DnsTimeoutError(str(exc)) from exc
            used[text] = record
            return record.encode("ascii", "replace") if record is not None else None

        said.lines.clear()
        detail, ok = "", False
        try:
            ok = bool(verifier.verify(idx=idx, dnsfunc=dnsfunc))
        except dkim.DKIMException as exc:
            detail = str(exc)
        except Exception as exc:  # noqa: BLE001 - dkimpy trips on odd input in its own ways
            detail = f"{type(exc).__name__}: {exc}"
        domain = _text(getattr(verifier, "domain", None))
        selector = _text(getattr(verifier, "selector", None))
        key = next((v for v in used.values() if v is not None), "") or ""
        if ok:
            return DkimResult("valid", domain, selector, key)
        if went_offline:
            offline = offline or DkimResult("offline", domain, selector, detail=went_offline[0][:300])
            continue
        detail = detail or "; ".join(said.lines)
        if used and all(v is None for v in used.values()):
            reason = "no_key"
        elif detail:
            reason = _reason(Exception(detail))
        elif not used:
            reason = "malformed"
        else:
            reason = "signature_mismatch"
        first_failure = first_failure or DkimResult("invalid", domain, selector, key, reason, detail[:300])
    return offline or first_failure or DkimResult("invalid", reason="malformed")


def _text(value) -> str:
    if value is None:
        return ""
    return value.decode("ascii", "replace") if isinstance(value, bytes) else str(value)
