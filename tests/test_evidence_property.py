"""Property: whatever bytes or MIME structure arrive, the importer answers with a
result (never an exception) and either imports one whole event (its text, every part,
its original) or nothing."""
import base64
import quopri

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casekeeper.db import attachments, cases, chain, desks, mail_import, mail_originals
from casekeeper.db.models import Attachment, Deadline, Event

CHARSETS = ["utf-8", "iso-2022-jp", "shift_jis", "euc-jp", "us-ascii", "x-bogus", "", "utf-8\"; x=\"",
            "windows-874", "iso-8859-8-i", "gb2312", "big5", "ks_c_5601-1987", "iso-8859-1"]
CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "euc-jp": "euc_jp"}
CTES = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", ""]
TEXT = st.text(alphabet=st.sampled_from("aあア停止 \n\t=?\"<>@./\\:;漢字\x00\r"), max_size=40)


@st.composite
def leaf(draw):
    ctype = draw(st.sampled_from(["text/plain", "text/html", "image/png", "application/pdf", "message/rfc822",
                                  "text/x-weird", "bogus", "application/pkcs7-mime; smime-type=signed-data",
                                  "application/pkcs7-signature", "multipart/mixed"]))
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(CTES))
    text = draw(TEXT)
    data = draw(st.one_of(st.binary(max_size=200),
                          st.just(text.encode(CODECS.get(charset, "utf-8"), errors="replace"))))
    if cte == "base64" and draw(st.booleans()):
        data = base64.encodebytes(data)
    elif cte == "quoted-printable" and draw(st.booleans()):
        data = quopri.encodestring(data)
    head = f"Content-Type: {ctype}; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n"
    if draw(st.booleans()):
        name = draw(st.one_of(TEXT, st.sampled_from(["../../x", "/etc/passwd", "=?UTF-8?B?5aWR57SE?=", "..", ""])))
        head += f'Content-Disposition: attachment; filename="{name}"\r\n'
    return head.encode("utf-8", "surrogatepass") + b"\r\n" + data


def multipart(children):
    @st.composite
    def build(draw):
        parts = draw(st.lists(children, max_size=4))
        boundary = draw(st.sampled_from(["b1", "=_x", "a b", "", "----=_Part_1/2"]))
        sub = draw(st.sampled_from(["mixed", "alternative", "related", "signed"]))
        body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
        if draw(st.booleans()):
            body += b"--" + boundary.encode() + b"--\r\n"
        return f'Content-Type: multipart/{sub}; boundary="{boundary}"\r\n\r\n'.encode() + body
    return build()


MIME_TREE = st.recursive(leaf(), multipart, max_leaves=8)


@st.composite
def message(draw):
    headers = b""
    if draw(st.integers(0, 9)):
        headers += f"From: {draw(TEXT)} <{draw(st.sampled_from(['a@b.example', 'support@oracle-cloud.example', 'x', '', 'k@ezweb.ne.jp', 'd@docomo.ne.jp']))}>\r\n".encode()
    for name in ("To", "Subject", "Date", "Message-ID"):
        if draw(st.booleans()):
            value = draw(st.one_of(TEXT, st.sampled_from(["Mon, 09 Mar 2026 10:15:00 +0900", "yesterday",
                                                          "=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=", "<id@x>",
                                                          "Wed, 20 Sep 1995 00:19:00 (EDT) -0400", "(((", "9999 Z",
                                                          "=?shift_jis?B?+J8=?=", "=?utf-8?Q?\xe3\x81?="])))
            headers += f"{name}: {value}\r\n".encode("utf-8", "surrogatepass")
    raw = headers + b"MIME-Version: 1.0\r\n" + draw(MIME_TREE)
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


def counts(case_id):
    return (Event.select().where(Event.case == case_id).count(),
            Attachment.select().join(Event).where(Event.case == case_id).count(),
            Deadline.select().where(Deadline.case == case_id).count())


_case = {}


def the_case():
    if "id" not in _case or cases.Case.get_or_none(cases.Case.id == _case["id"]) is None:
        c = cases.create_case("fuzz")
        desks.create_desk(c.id, "Support", kind="email", address="support@oracle-cloud.example", reply_window_days=3)
        _case["id"] = c.id
    return _case["id"]


def check_one(raw: bytes):
    case_id = the_case()
    before = counts(case_id)
    result = mail_import.import_message(case_id, raw, limit=1 << 20)
    after = counts(case_id)
    assert result.status in ("imported", "duplicate", "failed") and result.message
    if result.status == "imported":
        event = Event.get_by_id(result.event_id)
        assert after[0] == before[0] + 1
        assert after[1] - before[1] == Attachment.select().where(Attachment.event == event).count()
        assert event.summary or event.body
        assert mail_originals.original_path(event.id).read_bytes() == raw  # whole: the original kept too
        for att in attachments.list_attachments(event.id):
            assert attachments.file_of(att).stat().st_size == att.size
    else:
        assert after == before
    assert chain.verify_case(case_id).ok


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(raw=st.binary(max_size=3000))
def test_random_bytes_never_crash_or_half_import(db, clock, raw):
    check_one(raw)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(raw=message())
def test_random_mime_trees_never_crash_or_half_import(db, clock, raw):
    check_one(raw)
