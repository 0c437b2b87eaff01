"""Exports of a case as files: the Markdown report, and the evidence bundle
(a zip of the report as report.md and report.pdf, every attachment, and manifest.json with each file's
SHA-256 and the timeline hash chain, so a third party can check nothing was
altered). Files are written to a temp file beside the target, then renamed."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from datetime import tzinfo
from pathlib import Path

from . import attachments, cases, chain, clock, report_data, report_md
from .errors import InvalidInput
from .labels import Msg
from .timeutil import iso

def write_atomic(path: str | os.PathLike, write) -> Path:
    """Call write(binary file handle) on a temp file next to `path`, then rename it into place."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput(Msg("storage.export_is_folder", path=path))
    if not path.parent.is_dir():
        raise InvalidInput(Msg("storage.no_folder", path=path.parent))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def export_markdown(case_id: int, path, lang: str = "en", zone: tzinfo | None = None) -> Path:
    text = report_md.render(case_id, lang, zone)
    return write_atomic(path, lambda fh: fh.write(text.encode("utf-8")))


def bundle_name(att) -> str:
    return f"attachments/{att.event_id}-{att.id}-{attachments.safe_name(att.name)[0]}"


def _mail_manifest(case_id: int, atts, lang: str) -> list[dict]:
    """Each imported mail: which file is its original as received, and its DKIM check with the
    public key record that was used, so a third party can repeat the check without DNS."""
    from . import mail_originals

    paths = {a.id: bundle_name(a) for a in atts}
    out = []
    for event_id, row in sorted(mail_originals.for_case(case_id).items()):
        data = mail_originals.as_dict(row, lang, [{"id": a.id, "name": a.name, "size": a.size, "sha256": a.sha256}
                                                 for a in atts if a.event_id == event_id])
        out.append({"event_id": event_id, "original": paths.get(row.attachment_id), "dkim": data["dkim"],
                    "notes": data["notes"]})
    return out


def export_bundle(case_id: int, path, lang: str = "en", zone: tzinfo | None = None) -> Path:
    from . import report_pdf

    case = cases.get_case(case_id)
    content = report_data.build(case_id, lang, zone)
    report = report_md.render_data(content).encode("utf-8")
    pdf = report_pdf.render_data(content)   # the same words as report.md, typeset
    check = chain.verify_case(case_id)
    files = [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
             for name, data in (("report.md", report), ("report.pdf", pdf))]
    atts = attachments.case_attachments(case_id)
    for att in atts:
        attachments.file_of(att)  # missing bytes: say so before writing anything
        files.append({"path": bundle_name(att), "size": att.size, "sha256": att.sha256, "event_id": att.event_id,
                      "name": att.name})
    mail = _mail_manifest(case_id, atts, lang)
    manifest = {
        "format": 1,
        "case": {"id": case.id, "title": case.title, "provider": case.provider},
        "generated_at": iso(clock.now()),
        "hash_algorithm": "SHA-256",
        "files": files,
        "mail": mail,
        "timeline_chain": {
            "verified": check.ok,
            "problems": [p.message for p in check.problems],
            "head": check.head,
            "links": chain.chain_rows(case_id),
            "how_to_check": "Each link's hash is SHA-256 over prev + newline + the event's content as compact "
                            "JSON (sorted keys). The last link's hash is the head.",
        },
    }

    def write(fh):
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("report.md", report)
            zf.writestr("report.pdf", pdf)
            for att in atts:
                src = attachments.file_of(att)
                with open(src, "rb") as data:
                    digest = hashlib.sha256(data.read()).hexdigest()
                if digest != att.sha256:
                    raise InvalidInput(Msg("storage.attachment_changed", name=att.name))
                zf.write(src, bundle_name(att))
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))

    return write_atomic(path, write)
