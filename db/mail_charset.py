"""Bytes of mail text -> str, as real senders write them.

- A label names the superset its senders really use: ISO-2022-JP is read as CP50220
  (JIS X 0208 plus the NEC special characters ①Ⅲ㈱ and the NEC-selected IBM kanji),
  Shift_JIS as CP932, Latin labels as windows-125x, GB2312 as GB18030, Big5 as Big5-HKSCS.
- Carrier emoji (NTT docomo, au/KDDI, SoftBank) in Shift_JIS or ISO-2022-JP become the
  Unicode emoji (Unicode's EmojiSources table); the carrier comes from the sender's domain.
- Text without a usable label: UTF-8, then the message's own charset (`hint`), then a
  guess: charset-normalizer (imported on first use) for longer text, scored against the
  likely codecs, so a Latin-1 "Formação" is not read as Shift_JIS.

Every function returns text; damage is said by the returned Msg (the caller keeps it as a
note on the entry), never by an exception."""
from __future__ import annotations

import codecs
import re

from .labels import Msg

CP50220 = "cp50220"   # our own ISO-2022-JP decoder (below); not a Python codec name

_ALIASES = {
    # Japanese: the Microsoft supersets every Japanese mailer really sends
    **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j",
                     "cp932", "ms932", "x-ms-cp932", "ibm-943", "x-sjis-docomo", "x-sjis-kddi",
                     "x-sjis-softbank", "sjis-win", "shift_jis-mobile"), "cp932"),
    **dict.fromkeys(("iso-2022-jp", "csiso2022jp", "iso-2022-jp-ms", "cp50220", "cp50221", "cp50222",
                     "iso-2022-jp-1", "iso-2022-jp-2", "iso-2022-jp-3", "iso-2022-jp-2004", "jis",
                     "x-iso-2022-jp-mobile"), CP50220),
    **dict.fromkeys(("euc-jp", "x-euc-jp", "eucjp", "cseucpkdfmtjapanese", "eucjp-ms", "eucjp-win", "cp51932",
                     "euc-jis-2004"), "euc_jis_2004"),
    # Western and other single-byte labels: the windows code pages (WHATWG's rule)
    **dict.fromkeys(("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                     "csisolatin1", "windows-1252", "x-cp1252", "cp1252"), "cp1252"),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "windows-1254"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "tis-620", "windows-874", "x-windows-874", "dos-874", "cp874"), "cp874"),
    **dict.fromkeys(("iso-8859-8-i", "iso-8859-8-e", "iso-8859-8", "iso_8859-8", "csiso88598i", "logical",
                     "visual"), "iso8859_8"),
    # Chinese and Korean supersets
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "cp936", "ms936", "euc-cn", "x-euc-cn", "csgb2312",
                     "gb_2312-80", "chinese", "iso-ir-58"), "gb18030"),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "x-big5"), "big5hkscs"),
    **dict.fromkeys(("ks_c_5601-1987", "ks_c_5601-1989", "euc-kr", "ksc5601", "ksc_5601", "csksc56011987",
                     "iso-ir-149", "korean", "windows-949", "x-windows-949", "cp949"), "cp949"),
    "utf8": "utf-8", "x-utf8": "utf-8",
}
# Labels that say nothing about the bytes: read like unlabelled text.
_NO_LABEL = {"", "us-ascii", "ascii", "ansi_x3.4-1968", "us", "unknown-8bit", "x-unknown", "unknown", "default",
             "x-user-defined", "8bit", "7bit", "binary", "charset", "none", "us_ascii"}
_SINGLE_BYTE_WESTERN = {"cp1252", "cp1254", "iso8859-15", "latin_1", "iso8859-1"}
_SHOWN = {"cp932": "Shift_JIS", CP50220: "ISO-2022-JP", "euc_jis_2004": "EUC-JP", "euc_jp": "EUC-JP",
          "utf-8": "UTF-8", "cp1252": "windows-1252", "gb18030": "GB18030", "big5hkscs": "Big5",
          "cp949": "EUC-KR", "cp1251": "windows-1251", "koi8-r": "KOI8-R", "cp874": "windows-874",
          "cp1255": "windows-1255", "iso8859_8": "ISO-8859-8", "cp1253": "windows-1253", "cp1250": "windows-1250"}

# Unlabelled text: the codecs worth trying, in order of likelihood for this app's users.
_GUESSES = ("cp932", "euc_jis_2004", "cp1252", "gb18030", "big5hkscs", "cp949", "cp1251", "koi8-r", "cp874",
            "cp1255", "cp1253")


def label_key(label: str | None) -> str:
    return (label or "").strip().strip("\"'").strip().lower()


def codec_for(label: str | None) -> str | None:
    """The codec for a charset label (our superset), or None when it names none we know."""
    key = label_key(label)
    if key in _NO_LABEL:
        return None
    key = key.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*ja
    name = _ALIASES.get(key, key)
    if name == CP50220:
        return name
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return _ALIASES.get(found, found) if found != "utf-8" else found


def shown(codec: str) -> str:
    return _SHOWN.get(codec, codec)


# ------------------------------------------------------------------ carriers and their emoji

_CARRIER_DOMAINS = (
    ("docomo", ("docomo.ne.jp",)),
    ("kddi", ("ezweb.ne.jp", "au.com", "ido.ne.jp", "uqmobile.jp")),
    ("softbank", ("softbank.ne.jp", "i.softbank.jp", "disney.ne.jp", "vodafone.ne.jp", "pdx.ne.jp")),
)
_EMOJI: dict[str, dict[int, str]] = {}


def carrier_of(address: str | None) -> str | None:
    """'docomo', 'kddi' or 'softbank' for a phone carrier's mail address, else None."""
    host = (address or "").rpartition("@")[2].strip().lower().rstrip(">")
    for carrier, domains in _CARRIER_DOMAINS:
        if any(host == d or host.endswith("." + d) for d in domains):
            return carrier
    return None


def _emoji(carrier: str) -> dict[int, str]:
    table = _EMOJI.get(carrier)
    if table is None:
        from . import mail_emoji_data

        table = {}
        for pair in getattr(mail_emoji_data, carrier.upper()).split(";"):
            if pair:
                code, points = pair.split(":")
                table[int(code, 16)] = "".join(chr(int(p, 16)) for p in points.split())
        _EMOJI[carrier] = table
    return table


def _pua_to_sjis(ch: str) -> int:
    """CP932 reads its user-defined area F040..F9FC as U+E000..U+E757 (188 codes per lead byte)."""
    n = ord(ch) - 0xE000
    lead, rest = divmod(n, 188)
    trail = 0x40 + rest + (1 if rest >= 0x3F else 0)
    return ((0xF0 + lead) << 8) | trail


def _guess_carrier(codes: list[int]) -> str:
    if all(0xF89F <= c <= 0xF9FC for c in codes):
        return "docomo"
    if all(0xF340 <= c <= 0xF7FC for c in codes):
        return "kddi"
    return "softbank" if any(c >= 0xFB40 for c in codes) else "docomo"


_PUA = re.compile("[\ue000-\ue757]")


def map_carrier_emoji(text: str, carrier: str | None) -> str:
    """PUA characters that CP932 made of carrier emoji codes -> Unicode emoji."""
    if not _PUA.search(text):
        return text
    codes = [_pua_to_sjis(ch) for ch in set(_PUA.findall(text))]
    in_range = [c for c in codes if c >= 0xF340]
    if not in_range:
        return text  # a company's own characters (gaiji): kept as they are
    table = _emoji(carrier or _guess_carrier(in_range))
    return _PUA.sub(lambda m: table.get(_pua_to_sjis(m.group(0)), m.group(0)), text)


_SOFTBANK_FB = re.compile(rb"[\x81-\x9f\xe0-\xfc][\x40-\x7e\x80-\xfc]|[\x00-\x80\xa0-\xdf\xfd-\xff]")


def _sjis(data: bytes, carrier: str | None, errors: str = "strict") -> str:
    if carrier == "softbank" and b"\xfb" in data:
        # SoftBank's emoji in the FB row collide with CP932's IBM kanji: map them before decoding
        table = _emoji("softbank")
        out, pending = [], bytearray()
        for m in _SOFTBANK_FB.finditer(data):
            tok = m.group(0)
            code = int.from_bytes(tok, "big") if len(tok) == 2 else 0
            if code >= 0xF740 and code in table:
                out.append(bytes(pending).decode("cp932", errors))
                pending.clear()
                out.append(table[code])
            else:
                pending += tok
        out.append(bytes(pending).decode("cp932", errors))
        return map_carrier_emoji("".join(out), carrier)
    return map_carrier_emoji(data.decode("cp932", errors), carrier)


# ------------------------------------------------------------------ ISO-2022-JP as CP50220

_JIS_PAIRS: dict[str, dict[bytes, bytes]] = {}


def _pairs(kddi: bool) -> dict[bytes, bytes]:
    """JIS X 0208 code -> CP932 bytes. Rows 0x75.. are user-defined (CP50220), or au's emoji."""
    key = "kddi" if kddi else "ms"
    table = _JIS_PAIRS.get(key)
    if table is None:
        table = {}
        for j1 in range(0x21, 0x7F):
            s1 = ((j1 + 1) >> 1) + (0x70 if j1 <= 0x5E else 0xB0)
            if j1 >= 0x75 and (kddi or not 0x79 <= j1 <= 0x7C):
                s1 += 8 if kddi else 5
            for j2 in range(0x21, 0x7F):
                if j1 & 1:
                    s2 = j2 + (0x1F if j2 <= 0x5F else 0x20)
                else:
                    s2 = j2 + 0x7E
                table[bytes((j1, j2))] = bytes((s1, s2))
        _JIS_PAIRS[key] = table
    return table


_ISO2022_ESC = re.compile(rb"\x1b(?:\(B|\(J|\(H|\(I|\$@|\$B|&@|\$\(D|\$\(Q|\$\(O|\$\(P|\$A|\$\(C|\$\(A)|[\x0e\x0f]")


def _other_94x94(seg: bytes, codec: str, prefix: bytes = b"") -> str:
    high = bytes(b | 0x80 for b in seg)
    if prefix:
        high = b"".join(prefix + high[i:i + 2] for i in range(0, len(high), 2))
    return high.decode(codec, "replace")


_OTHER_ESC = re.compile(rb"\x1b(?!\$B|\$@|\(B)")


def _iso2022jp(data: bytes, carrier: str | None) -> tuple[str, bool]:
    """(text, intact). Our own decoder, so one character outside JIS X 0208 spoils nothing else.
    Raw 8-bit runs between the escapes (half-width kana some mailers send as Shift_JIS, or
    UTF-8 under a wrong label) are read as UTF-8, else as CP932."""
    if b"\x0e" not in data and b"\x0f" not in data and not _OTHER_ESC.search(data):
        try:  # plain JIS X 0208 and ASCII, the usual case: the C codec, then CP932's reading
            return data.decode("iso2022_jp").translate(_TO_CP932), True
        except UnicodeDecodeError:
            pass
    out: list[str] = []
    intact = True
    mode = b"(B"
    pos = 0
    pairs = _pairs(carrier == "kddi")
    for m in _ISO2022_ESC.finditer(data):
        seg = data[pos:m.start()]
        if seg:
            text, ok = _segment(seg, mode, pairs, carrier)
            out.append(text)
            intact &= ok
        esc = m.group(0)
        if esc == b"&@":
            pass  # JIS X 0208-1990 announcer; ESC $ B follows
        elif esc == b"\x0e":
            mode = b"SO"
        elif esc == b"\x0f":
            mode = b"(B"
        else:
            mode = esc[1:]
        pos = m.end()
    if pos < len(data):
        text, ok = _segment(data[pos:], mode, pairs, carrier)
        out.append(text)
        intact &= ok
    text = "".join(out)
    if "\x1b" in text:  # an escape sequence we do not know (ISO-2022-JP-2's G2 sets, ...)
        try:
            return data.decode("iso2022_jp_2"), True
        except UnicodeDecodeError:
            return text.replace("\x1b", ""), False
    return text, intact


_HIGH = bytes((b | 0x80) if 0x21 <= b <= 0x7E else b for b in range(256))
# Where JIS X 0208 as read by EUC-JP differs from CP932 (Microsoft's reading, which Shift_JIS mail gets too)
_TO_CP932 = str.maketrans({"\u301c": "\uff5e", "\u2016": "\u2225", "\u2212": "\uff0d", "\u00a2": "\uffe0",
                           "\u00a3": "\uffe1", "\u00ac": "\uffe2", "\u2014": "\u2015"})
_PLAIN_0208 = re.compile(rb"[\x21-\x2c\x2e-\x74][\x21-\x7e]")


_EIGHT_BIT = re.compile(rb"([\x80-\xff]+)")


def _eight_bit(run: bytes, carrier: str | None) -> tuple[str, bool]:
    for reader in (lambda b: b.decode("utf-8"), lambda b: _sjis(b, carrier)):
        try:
            return reader(run), True
        except UnicodeDecodeError:
            pass
    return _sjis(run, carrier, "replace"), False


def _segment(seg: bytes, mode: bytes, pairs: dict[bytes, bytes], carrier: str | None) -> tuple[str, bool]:
    if mode in (b"(B", b"(J", b"(H"):
        if seg.isascii():
            return seg.decode("ascii"), True
        text, fine = _eight_bit(seg, carrier)
        if fine:
            return text, True
        out, ok = [], True
        for n, piece in enumerate(_EIGHT_BIT.split(seg)):
            if n % 2:
                text, fine = _eight_bit(piece, carrier)
                out.append(text)
                ok &= fine
            else:
                out.append(piece.decode("ascii"))
        return "".join(out), ok
    if mode in (b"(I", b"SO"):
        return "".join(chr(b + 0xFF40) if 0x21 <= b <= 0x5F else chr(b) for b in seg), True
    if mode in (b"$B", b"$@") and len(seg) % 2 == 0 and not (b"\r" in seg or b"\n" in seg or b" " in seg):
        # the common case: plain JIS X 0208 (no NEC row 13, no user-defined rows): C codec speed
        if len(_PLAIN_0208.findall(seg)) * 2 == len(seg):
            try:
                return seg.translate(_HIGH).decode("euc_jp").translate(_TO_CP932), True
            except UnicodeDecodeError:
                pass
    # two-byte sets; line breaks (and stray spaces) inside are kept as they are
    text, ok = [], True
    for piece in re.split(rb"([\r\n ]+)", seg):
        if not piece:
            continue
        if piece[0] in b"\r\n ":
            text.append(piece.decode("ascii"))
            continue
        if len(piece) % 2:
            ok = False
            piece = piece[:-1]
        if mode in (b"$B", b"$@"):
            sjis = [pairs.get(piece[i:i + 2]) for i in range(0, len(piece), 2)]
            if None in sjis:
                ok = False
                sjis = [s or b"\x81\x45" for s in sjis]  # ・ for a code outside the 94x94 square
            try:
                text.append(_sjis(b"".join(sjis), carrier))
            except UnicodeDecodeError:
                ok = False
                text.append(_sjis(b"".join(sjis), carrier, "replace"))
        elif mode == b"$(D":
            text.append(_other_94x94(piece, "euc_jp", b"\x8f"))
        elif mode in (b"$(Q", b"$(O"):
            text.append(_other_94x94(piece, "euc_jis_2004"))
        elif mode == b"$(P":
            text.append(_other_94x94(piece, "euc_jis_2004", b"\x8f"))
        elif mode == b"$A":
            text.append(_other_94x94(piece, "gb18030"))
        elif mode == b"$(C":
            text.append(_other_94x94(piece, "cp949"))
        else:
            ok = False
            text.append(piece.decode("ascii", "replace"))
    return "".join(text), ok


# ------------------------------------------------------------------ decoding with a codec

def _strict(data: bytes, codec: str, carrier: str | None) -> str | None:
    """The text, or None when the bytes are not in `codec`."""
    try:
        if codec == CP50220:
            if b"\x1b" not in data and not data.isascii():
                return None  # no escape at all: not ISO-2022-JP, whatever the label says
            text, ok = _iso2022jp(data, carrier)
            return text if ok else None
        if codec == "cp932":
            return _sjis(data, carrier)
        if codec in ("euc_jis_2004", "euc_jp"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return data.decode("euc_jp" if codec == "euc_jis_2004" else "euc_jis_2004")
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient(data: bytes, codec: str, carrier: str | None) -> str:
    if codec == CP50220:
        return _iso2022jp(data, carrier)[0] or data.decode("utf-8", "replace")
    if codec == "cp932":
        return _sjis(data, carrier, "replace")
    return data.decode(codec, "replace")


def decode_text(data: bytes, label: str | None = None, *, hint: str | None = None,
                carrier: str | None = None) -> tuple[str, Msg | None]:
    """Decode mail text labelled `label`. Returns (text, warning or None).
    `hint`: the charset the message uses elsewhere (tried before any guess);
    `carrier`: the sender's phone carrier, for its emoji."""
    if not data:
        return "", None
    if data.isascii() and b"\x1b" not in data:
        return data.decode("ascii"), None
    key = label_key(label)
    codec = codec_for(label)
    if codec in _SINGLE_BYTE_WESTERN:
        try:  # a Western label on UTF-8 bytes: single-byte codecs never fail, so check UTF-8 first
            return data.decode("utf-8"), Msg("mail.charset_wrong", label=repr(label), used="UTF-8")
        except UnicodeDecodeError:
            pass
    if codec:
        text = _strict(data, codec, carrier)
        if text is not None:
            return text, None
        if codec == CP50220 and b"\x1b" in data:  # damaged ISO-2022-JP: what can be read, said
            return _iso2022jp(data, carrier)[0], Msg("mail.charset_damaged", label=repr(label))
    text, used = guess(data, hint=hint if codec_for(hint) != codec else None, carrier=carrier)
    if text is not None:
        if not codec and key and key not in _NO_LABEL:
            return text, Msg("mail.charset_unknown", label=repr(label), used=shown(used))
        if codec:
            return text, Msg("mail.charset_wrong", label=repr(label), used=shown(used))
        return text, None
    fallback = codec or codec_for(hint) or "utf-8"
    return _lenient(data, fallback, carrier), Msg("mail.charset_damaged", label=repr(label or "?"))


def guess(data: bytes, *, hint: str | None = None, carrier: str | None = None) -> tuple[str | None, str]:
    """Text without a usable label: UTF-8, ISO-2022-JP by its escapes, the message's own
    charset, then the most plausible of the likely codecs. (None, '') when nothing fits."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x1b$" in data or b"\x1b(" in data:  # ISO-2022-JP by its escapes, even when a little damaged
        text, _intact = _iso2022jp(data, carrier)
        return text, CP50220
    hinted = codec_for(hint)
    if hinted and hinted != "utf-8":
        text = _strict(data, hinted, carrier)
        if text is not None:
            return text, hinted
    return _most_plausible(data, carrier)


def _most_plausible(data: bytes, carrier: str | None) -> tuple[str | None, str]:
    """Rank the likely codecs on a sample (whole lines, so no character is cut), then take
    the best one that reads all of `data`."""
    sample = data
    if len(data) > 16384:
        cut = data.rfind(b"\n", 0, 16384)
        sample = data[:cut if cut > 0 else 16384]
    candidates = list(_GUESSES)
    detected = _detector_pick(sample)
    if detected and detected not in candidates:
        candidates.append(detected)
    nbytes = sum(1 for b in sample if b >= 0x80)
    ranked = []
    for order, codec in enumerate(candidates):
        text = _strict(sample, codec, carrier)
        if text is None:
            continue
        score = plausibility(text, nbytes, codec) + (0.05 if codec == detected else 0)
        ranked.append((-score, order, codec, text))
    for neg_score, _order, codec, text in sorted(ranked):
        if -neg_score <= 0:
            break
        full = text if sample is data else _strict(data, codec, carrier)
        if full is not None:
            return full, codec
    return None, ""


def _detector_pick(data: bytes) -> str | None:
    """charset-normalizer's answer for longer text (short text is beyond any detector)."""
    if sum(1 for b in data[:4096] if b >= 0x80) < 48:
        return None
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    match = from_bytes(data[:65536]).best()
    return codec_for(match.encoding) if match is not None else None


_THAI_MARKS = set(range(0xE31, 0xE32)) | set(range(0xE34, 0xE3B)) | set(range(0xE47, 0xE4F))


_FAMILY = {"cp932": "ja", "euc_jis_2004": "ja", "euc_jp": "ja", CP50220: "ja", "gb18030": "zh-cn",
           "big5hkscs": "zh-tw", "cp949": "ko"}


def plausibility(text: str, nbytes: int | None = None, codec: str = "") -> float:
    """How much `text` looks like words of some language, per byte of non-ASCII input
    (about -2..1.5). Only used to choose between codecs that all decode the same bytes:
    kana and the common kanji of the codec's own country count, so do letters of one script
    that sit in words of that script; a Cyrillic letter glued to Latin ones, a Thai vowel
    sign after no consonant, a run of accented Latin letters, a case flip inside a word or a
    lone ideograph inside a Latin word do not."""
    family = _FAMILY.get(codec)
    score = 0.0
    prev, run = " ", 0
    count = 0
    n = len(text)
    for i, ch in enumerate(text):
        o = ord(ch)
        if o < 0x80:
            prev, run = ch, 0
            continue
        count += 1
        ascii_letter_before = prev.isascii() and prev.isalpha()
        flip = ch.isupper() and prev.islower()
        if 0x3041 <= o <= 0x30FF:                                   # kana
            score += 3 if family in ("ja", None) else 0.3
        elif 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7A3:        # ideographs and hangul
            nxt = text[i + 1] if i + 1 < n else " "
            if ascii_letter_before and nxt.isascii() and nxt.isalpha():
                score -= 1                                          # Forma鈬o: one inside a Latin word
            elif o >= 0xAC00:
                score += 3 if family in ("ko", None) and _common_hangul(ch) else -1
            else:
                score += 3 if _common_han(ch, family) else 0.3
        elif 0xC0 <= o <= 0x17F and o not in (0xD7, 0xF7):          # Latin letters with marks
            run += 1
            score += -1 if (flip or run >= 3) else 0.3 if run == 2 else 1.5 if ascii_letter_before or \
                prev in " '\"(-" else 0.5
            prev = ch
            continue
        elif 0x400 <= o <= 0x4FF or 0x391 <= o <= 0x3C9:            # Cyrillic, Greek
            score += -1 if (flip or ascii_letter_before) else 1.5
        elif 0x5D0 <= o <= 0x5EA:                                   # Hebrew
            score += -1 if ascii_letter_before else 1.5
        elif 0xE01 <= o <= 0xE5B:                                   # Thai: signs only after a letter
            if o in _THAI_MARKS:
                score += 1.5 if 0xE01 <= ord(prev) <= 0xE3A else -2
            elif 0xE4F <= o or o == 0xE3F:
                score -= 0.5
            else:
                score += -1 if ascii_letter_before else 1.5
        elif 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:        # CJK punctuation, full-width forms
            score += 3 if family else 1
        elif 0xFF61 <= o <= 0xFF9F:                                 # half-width katakana
            score += 0.3
        elif o in (0xA0, 0xA9, 0xAE, 0xB0, 0xAB, 0xBB) or 0x2010 <= o <= 0x2026:
            score += 0.3
        elif 0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF:     # emoji
            score += 2
        else:
            score -= 2
        prev, run = ch, 0
    return score / max(nbytes or count, 1)


def _common_han(ch: str, family: str | None) -> bool:
    """Among the kanji/hanzi people write: JIS level 1, GB2312 level 1 or Big5's frequent block,
    whichever is the codec's own (any of them for a text whose codec is not Asian)."""
    if family in ("ja", None):
        try:
            if 0x889F <= int.from_bytes(ch.encode("cp932"), "big") <= 0x9872:
                return True
        except UnicodeEncodeError:
            pass
    if family in ("zh-cn", None):
        try:
            if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
                return True
        except UnicodeEncodeError:
            pass
    if family in ("zh-tw", None):
        try:
            return 0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E
        except UnicodeEncodeError:
            pass
    return False


def _common_hangul(ch: str) -> bool:
    try:
        return len(ch.encode("euc_kr")) == 2  # not Python's 8-byte make-up sequences
    except UnicodeEncodeError:
        return False
