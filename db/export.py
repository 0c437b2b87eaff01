"""Exports of a case as files: the Markdown report, and the evidence bundle
(a zip of the report as report.md and report.pdf, every attachment, the timeline's chain
links with their sealed fields, and manifest.json with each file's SHA-256, the timeline
fingerprint and how to recompute the chain, so a third party can check nothing was altered).
Files are written with write_atomic: a temp file beside the target, renamed over it; pipes
and terminals get a stream (see write_atomic)."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
import zipfile
from datetime import tzinfo
from pathlib import Path

from . import attachments, cases, chain, chain_text, clock, leftovers, report_data, report_md
from .errors import InvalidInput
from .labels import Msg
from .timeutil import iso

def write_atomic(path: str | os.PathLike, write) -> Path:
    """Call write(binary file handle) so that `path` ends up holding all of it or is left as it was.

    - a regular file (or a new name): written to a temp file beside it, then renamed over it
      (its permissions kept); one with other hard links is filled in place once the temp
      file is complete, so the other names see the new report too;
    - a symlink is followed: the file it points to is written, the link stays;
    - a pipe (FIFO, `>(cmd)`) or a terminal/character device, and `-` (standard output), get
      the bytes as a stream; anything else (a block device, a socket, a folder) is refused.
    A full disk or a refused write is an InvalidInput/DiskFull with the path; no temp file stays
    (one interrupted by a kill is listed in the data dir and removed at the next start)."""
    if str(path) == "-":
        import sys

        return _stream(Path("-"), write, sys.stdout.buffer)
    path = Path(path)
    try:
        st = os.stat(path)     # follows symlinks
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InvalidInput(Msg("storage.cannot_write", path=path, error=exc.strerror or exc)) from exc
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise InvalidInput(Msg("storage.export_is_folder", path=path))
    if st is not None and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        try:
            with open(path, "wb") as fh:
                return _stream(path, write, fh)
        except OSError as exc:
            raise _write_error(exc, path) from exc
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise InvalidInput(Msg("storage.export_special", path=path))
    real = Path(os.path.realpath(path))     # a symlink, even a dangling one: its target
    if not real.parent.is_dir():
        raise InvalidInput(Msg("storage.no_folder", path=real.parent))
    home = _data_home()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    except OSError as exc:
        raise _write_error(exc, real) from exc
    leftovers.track(home, Path(tmp))
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if st is not None and st.st_nlink > 1:
            _fill_in_place(Path(tmp), real)
            Path(tmp).unlink()
        else:
            if st is not None:
                os.chmod(tmp, stat.S_IMODE(st.st_mode))
            os.replace(tmp, real)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _write_error(exc, real) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        leftovers.untrack(home, Path(tmp))
    return path


def _stream(path: Path, write, fh) -> Path:
    try:
        write(fh)
        fh.flush()
    except OSError as exc:
        raise _write_error(exc, path) from exc
    return path


def _fill_in_place(tmp: Path, target: Path) -> None:
    """Copy the finished temp file into `target` itself (the inode other hard links share)."""
    import shutil

    with open(tmp, "rb") as src, open(target, "r+b") as dst:
        dst.truncate(0)
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _write_error(exc: OSError, path: Path) -> Exception:
    from .connection import storage_error

    return storage_error(exc, path) or InvalidInput(Msg("storage.cannot_write", path=path, error=exc.strerror or exc))


def _data_home() -> Path | None:
    from .models import database

    obj = database.obj
    return Path(obj.database).parent if obj is not None else None


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


CHAIN_FILE = "timeline-chain.jsonl"
HOW_TO_CHECK = (
    "timeline-chain.jsonl has one link per line: {seq, prev, hash, content}. For every line, "
    "sha256(utf8(prev + newline + content)) must equal hash, and prev must equal the hash of the line before "
    "(empty for the first). The last hash is the head; its first 16 hex digits are the timeline fingerprint, "
    "which a copy sent earlier lets you compare. content is JSON: the entry's sealed fields as stored (see "
    "algorithm); the newest create, edit or seal link of an entry gives its state, and the sha256 of each of "
    "its attachments there is the SHA-256 of the file under attachments/.")


def chain_file(case_id: int) -> bytes:
    """The case's chain links, one compact JSON object a line: exactly what each hash covers."""
    return "".join(json.dumps(link.as_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
                   for link in chain.links(case_id)).encode("utf-8")


def chain_manifest(check, lang: str = "en", zone: tzinfo | None = None) -> dict:
    """The bundle manifest's timeline_chain: the verdict, the fingerprint and how to recompute it."""
    return {
        "verified": check.ok,
        "problems": [p.msg.text(lang) for p in check.problems],
        "fingerprint": check.fingerprint,
        "fingerprint_line": chain_text.fingerprint_line(check, lang, zone),
        "head": check.head,
        "links": check.links,
        "entries": check.checked,
        "sealed_at": iso(check.at),
        "seals": chain_text.seal_lines(check, lang, zone),
        "file": CHAIN_FILE,
        "algorithm": chain.FORMAT,
        "how_to_check": HOW_TO_CHECK,
    }


def export_bundle(case_id: int, path, lang: str = "en", zone: tzinfo | None = None) -> Path:
    from . import report_pdf

    case = cases.get_case(case_id)
    content = report_data.build(case_id, lang, zone)
    report = report_md.render_data(content).encode("utf-8")
    pdf = report_pdf.render_data(content)   # the same words as report.md, typeset
    check = chain.verify_case(case_id)
    links = chain_file(case_id)
    files = [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
             for name, data in (("report.md", report), ("report.pdf", pdf), (CHAIN_FILE, links))]
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
        "timeline_chain": chain_manifest(check, lang, zone),
    }

    def write(fh):
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("report.md", report)
            zf.writestr("report.pdf", pdf)
            zf.writestr(CHAIN_FILE, links)
            for att in atts:
                src = attachments.file_of(att)
                with open(src, "rb") as data:
                    digest = hashlib.sha256(data.read()).hexdigest()
                if digest != att.sha256:
                    raise InvalidInput(Msg("storage.attachment_changed", name=att.name))
                zf.write(src, bundle_name(att))
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))

    return write_atomic(path, write)
