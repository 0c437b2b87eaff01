"""List untranslated or unfinished messages in the .ts files (exit 1 if any)."""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def unfinished(ts: Path) -> list[str]:
    out = []
    for message in ET.parse(ts).iter("message"):
        tr = message.find("translation")
        if tr.get("type") in ("unfinished",) or not ((tr.text or "").strip() or len(tr)):
            out.append(message.findtext("source"))
    return out


if __name__ == "__main__":
    bad = 0
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        for source in unfinished(ts):
            print(f"{ts.name}: {source}")
            bad += 1
    sys.exit(1 if bad else 0)
