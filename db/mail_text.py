"""Text out of mail parts: charset decoding that survives wrong labels
(Japanese mail especially), and HTML turned into plain text without loading anything."""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from .labels import Msg

# Labels seen in real mail -> the codec that reads them best (supersets first).
_ALIASES = {
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms932": "cp932",
    "windows-31j": "cp932", "cp932": "cp932", "ms_kanji": "cp932",
    "iso-2022-jp": "iso2022_jp_ext", "csiso2022jp": "iso2022_jp_ext", "iso-2022-jp-2": "iso2022_jp_2",
    "euc-jp": "euc_jis_2004", "x-euc-jp": "euc_jis_2004",
    "us-ascii": "utf-8", "ascii": "utf-8", "unknown-8bit": "utf-8", "x-unknown": "utf-8",
    "gb2312": "gb18030", "gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
}
_GUESSES = ("utf-8", "cp932", "euc_jis_2004")
_SINGLE_BYTE = {"latin_1", "iso8859-1", "cp1252", "iso8859-15"}


def codec_for(label: str | None) -> str | None:
    """The codec to try for a charset label, or None when Python does not know it."""
    label = (label or "").strip().strip('"').lower()
    if not label:
        return None
    name = _ALIASES.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str | None) -> tuple[str, Msg | None]:
    """Decode `data` labelled `label`. Returns (text, warning or None).
    A label that does not fit the bytes falls back to a guess (UTF-8, Shift_JIS, EUC-JP),
    and as a last resort to the label with replacement characters."""
    codec = codec_for(label)
    if codec in _SINGLE_BYTE and any(b > 0x7F for b in data):
        try:  # a Western label on UTF-8 bytes: single-byte codecs never fail, so check UTF-8 first
            return data.decode("utf-8"), Msg("mail.charset_wrong", label=repr(label), used="UTF-8")
        except UnicodeDecodeError:
            pass
    if codec:
        try:
            return data.decode(codec), None
        except UnicodeDecodeError:
            pass
    guesses = (("iso2022_jp_ext", "iso2022_jp_2") if b"\x1b$" in data or b"\x1b(" in data else ()) + _GUESSES
    for guess in guesses:
        if guess == codec:
            continue
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            continue
        shown = {"cp932": "Shift_JIS", "euc_jis_2004": "EUC-JP", "utf-8": "UTF-8"}.get(guess, guess)
        if label and codec_for(label) is None:
            return text, Msg("mail.charset_unknown", label=repr(label), used=shown)
        return text, (Msg("mail.charset_wrong", label=repr(label), used=shown) if label else None)
    return data.decode(codec or "utf-8", errors="replace"), Msg("mail.charset_damaged", label=repr(label or "?"))


def decode_8bit_header(raw: str) -> str:
    """A header that arrived as raw 8-bit bytes (surrogate-escaped by the parser)."""
    data = raw.encode("ascii", "surrogateescape")
    return decode_bytes(data, None)[0]


class _TextFromHtml(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre",
             "section", "article", "header", "footer", "hr", "ul", "ol", "dd", "dt"}
    SKIP = {"script", "style", "head", "title", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")
        elif tag == "img" and attrs.get("alt"):
            self.out.append(f"[{attrs['alt']}]")
        elif tag == "a":
            self.href.append(attrs.get("href"))
        elif tag == "td":
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag == "a" and self.href:
            href = self.href.pop()
            if href and href.startswith(("http://", "https://", "mailto:")):
                self.out.append(f" <{href}>")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail body. Nothing is fetched: images and
    links become words, scripts and styles are dropped."""
    parser = _TextFromHtml()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything left over is shown as is
        return html
    text = "".join(parser.out)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
