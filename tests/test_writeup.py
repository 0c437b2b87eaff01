"""The write-up to publish: by default no identifier value, no address or name of the user,
no private desk address, no private phone number and no secret occurs in it; each item the
preview lists, kept unmasked, does occur; masks keep the shape."""
from __future__ import annotations

from datetime import timezone

import pytest
from logins_support import secret_service  # noqa: F401

from casekeeper.db import chain, demo, events, identifiers, logins, mail_import, settings, writeup
from casekeeper.db.writeup_masks import header_people, phones, shape

SECRET = "CK-WRITEUP-secret-秘密-4711"
ME = "taro.sato@home.example"
LOGIN_USER = "sato-portal-user"
PRIVATE_PHONE = "090-1234-5678"
FRIEND = "friend@elsewhere.example"

SENT = f"""From: Taro Sato <{ME}>
To: support@oracle-cloud.example
Subject: My account, once more
Date: Thu, 19 Mar 2026 10:00:00 +0900
Message-ID: <sent-1@home.example>
Content-Type: text/plain; charset=utf-8

Please call me back on {PRIVATE_PHONE} or write to {ME}. My tenancy is satodev.
--
Taro Sato
""".encode()

RECEIVED = f"""From: Hanako Agent <hanako.agent@oracle-cloud.example>
To: "Taro Sato" <{ME}>
Subject: Re: My account, once more
Date: Thu, 19 Mar 2026 15:00:00 +0900
Message-ID: <reply-1@oracle-cloud.example>
Content-Type: text/plain; charset=utf-8

Dear Taro Sato, we looked into CSI 2345 6789 again. The decision stands.
Write to me directly: hanako.agent@oracle-cloud.example
> Please call me back on {PRIVATE_PHONE}.
""".encode()


@pytest.fixture(params=["en", "ja"])
def story(request, db, data_dir, clock, secret_service):  # noqa: F811
    lang = request.param
    case = demo.add_demo_case(lang)
    settings.save(data_dir, {"my_addresses": [ME]})
    logins.create_login(case.id, "Support portal", username=LOGIN_USER, secret=SECRET)
    for raw in (SENT, RECEIVED):
        assert mail_import.import_message(case.id, raw).status == "imported"
    events.create_event(case.id, "note", "Asked a friend", body=f"Wrote to {FRIEND}; he called from 03-5555-0199. "
                                                                f"The portal knows me as {LOGIN_USER}.")
    return case, lang


def secret_values(case_id):
    values = [i.value for i in identifiers.list_identifiers(case_id) if i.value]
    return values + [ME, LOGIN_USER, PRIVATE_PHONE, "03-5555-0199", FRIEND, "Taro Sato",
                     "support@oracle-cloud.example", "hanako.agent@oracle-cloud.example", SECRET]


def test_default_writeup_leaks_nothing_and_each_kept_item_shows(story):
    case, lang = story
    w = writeup.build(case.id, lang)
    md, page = w.markdown(), w.html()
    for value in secret_values(case.id):
        assert value not in md and value not in page, value
    # the preview lists every one of them (the secret excepted: it is never read)
    listed = {i.value for i in w.items}
    assert set(secret_values(case.id)) - {SECRET} <= listed
    kinds = {i.value: i.kind for i in w.items}
    assert kinds[ME] == "own_address" and kinds[LOGIN_USER] == "login" and kinds["Taro Sato"] == "own_name"
    assert kinds["support@oracle-cloud.example"] == "private_desk" and kinds[PRIVATE_PHONE] == "phone"
    # public facts stay: the phone desk's public number, a desk's public address
    assert "0120-099-638" in md and "billing-jp@oracle-cloud.example" in md
    everything = {i.key for i in w.items}
    for item in w.items:
        kept_md = w.markdown(everything - {item.key})
        kept_html = w.html(everything - {item.key})
        assert item.value in kept_md.replace("\\", "") and item.value in kept_html, item.value
        others = [i.value for i in w.items if i.key != item.key and i.value not in item.value
                  and item.value not in i.value]
        assert not any(v in kept_md for v in others), item.value
    all_open = w.markdown(set())
    assert SECRET not in all_open and SECRET not in w.html(set())


def test_masks_keep_the_shape():
    assert shape("23456789") == "●●●●6789"
    assert shape("090-1234-5678") == "●●●-●●●●-5678"
    assert shape("taro.sato@home.example") == "●●●●.●●●●@●●●●.example"
    assert shape("Sato Devworks") == "●●●● ●●●●●●●●"
    assert shape("satodev") == "●●●●●●●"


def test_numbers_are_found_however_they_are_written(db, clock):
    case = demo.add_demo_case("en")
    events.create_event(case.id, "note", "Phone log", body="Gave them ２３４５６７８９ and 2345-6789 and CSI23456789.")
    md = writeup.build(case.id, "en").markdown()
    assert "２３４５６７８９" not in md and "2345-6789" not in md and "23456789" not in md
    assert "●●●●-6789" in md and "CSI●●●●6789" in md


def test_story_is_in_order_desk_by_desk_with_lessons(db, clock):
    case = demo.add_demo_case("ja")
    md = writeup.build(case.id, "ja", timezone.utc).markdown()
    heads = [line for line in md.splitlines() if line.startswith("#")]
    assert heads[1:4] == ["## 経緯", "### 2026-03-08 · 自分の側で", "### 2026-03-08 · ライブチャット"]
    assert heads.index("## 結果") < heads.index("## この経験からわかること") < heads.index("### どの窓口がどの番号を求めるか")
    assert "求められる番号: " in md and "●●●●6789" in md      # the CSI number: its shape, not its value
    assert "☑" in md and "→" in md                             # checklists and referrals


def test_mail_headers_are_read_for_people():
    body = 'From: "Taro Sato" <t@h.example>\nTo: a@b.example, Other <o@p.example>\nSubject: x\n\nFrom: not a header'
    assert header_people(body) == [("from", "Taro Sato", "t@h.example"), ("to", "", "a@b.example"),
                                   ("to", "Other", "o@p.example")]
    assert phones("call 090-1234-5678 or +81 3 5555 0199, not 2026-03-20 10:15 nor 12345") == [
        "090-1234-5678", "+81 3 5555 0199"]


def test_cli_writeup_md_and_html_mask_by_default_and_do_not_seal(db, data_dir, clock, tmp_path):
    from casekeeper.db.connection import close_database
    from test_cli import ck

    case = demo.add_demo_case("en")
    values = [i.value for i in identifiers.list_identifiers(case.id) if i.value]
    links = len(chain.links(case.id))
    close_database()
    for name in ("story.md", "story.html"):
        out = tmp_path / name
        r = ck("--lang", "ja", "export", str(case.id), "--format", "writeup", "-o", str(out), data_dir=data_dir)
        assert r.returncode == 0, r.stderr
        text = out.read_text("utf-8")
        assert not any(v in text for v in values)
        assert ("<!DOCTYPE html>" in text) == name.endswith(".html") and "経緯" in text
    from casekeeper.db.connection import open_database

    open_database(data_dir)
    assert len(chain.links(case.id)) == links


def test_words_the_user_adds_are_masked_and_remembered(db, clock):
    case = demo.add_demo_case("en")
    writeup.save_extra(case.id, ["web-1"])
    w = writeup.build(case.id, "en")
    assert "web-1" not in w.markdown() and "web-1" in [i.value for i in w.items if i.kind == "extra"]
