"""Text bounded where it is shown: a mail with a 2 MB Subject line, or a 120,000-character
paste, must neither stall the window nor make an export crawl (text layout of one huge
line costs time that grows faster than its length).

- `shown(text)`: what a view puts on screen: each line at most LINE_SHOWN characters,
  at most TEXT_SHOWN characters in all, and how many characters were left out (the
  stored text is untouched; editing and exports still have all of it).
- `in_pieces(text)`: every line longer than PIECE characters broken into lines of PIECE
  characters, nothing dropped (reports: Markdown and the PDF made from it).
- `one_line(text)`: a single line for a table cell or a tooltip, at most CELL characters.
"""
from __future__ import annotations

LINE_SHOWN = 2000
TEXT_SHOWN = 100_000
PIECE = 1000
CELL = 300
ELLIPSIS = "…"


def has_long_line(text: str, limit: int = LINE_SHOWN) -> bool:
    if len(text) <= limit:
        return False
    return any(len(line) > limit for line in text.split("\n"))


def shown(text: str, line_max: int = LINE_SHOWN, total_max: int = TEXT_SHOWN) -> tuple[str, int]:
    """(the text to display, the number of characters not displayed)."""
    if len(text) <= line_max:
        return text, 0
    out, used, hidden = [], 0, 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        room = total_max - used
        if room <= 0:
            hidden += sum(len(rest) for rest in lines[n:])
            break
        keep = min(len(line), line_max, room)
        if keep < len(line):
            hidden += len(line) - keep
            line = line[:keep] + ELLIPSIS
        out.append(line)
        used += keep + 1
    return "\n".join(out), hidden


def in_pieces(text: str, width: int = PIECE) -> str:
    """Long lines broken every `width` characters (at a space near the end of a piece when
    there is one); every character kept."""
    if len(text) <= width:
        return text
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", width // 2, width)
            cut = cut + 1 if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def one_line(text: str, limit: int = CELL) -> str:
    """The start of `text` as one line of at most `limit` characters."""
    head = text[: limit * 4]
    line = " ".join(head.split())
    if len(line) > limit or len(text) > len(head):
        return line[:limit].rstrip() + ELLIPSIS
    return line
