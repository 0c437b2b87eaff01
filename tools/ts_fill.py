"""Fill translations into a .ts file from a JSON object {source text: translation}.

    python tools/ts_fill.py resources/translations/core_ja.ts ja.json

Entries whose source is in the JSON get that translation and lose the
"unfinished" mark; the rest are listed on stdout so nothing is forgotten.
Plural forms: give a list of strings."""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, pairs: dict) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if source in pairs:
            value = pairs[source]
            for child in list(tr):
                tr.remove(child)
            if isinstance(value, list):
                tr.text = None
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished" or not (tr.text or len(tr)):
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as fh:
        todo = fill(sys.argv[1], json.load(fh))
    for source in todo:
        print("untranslated:", source)
