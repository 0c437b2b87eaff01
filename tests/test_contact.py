"""Reaching a desk in one step (issue 14): the contact card from Today and from the
Identifiers cards, a message composed with what the desk wants (subject rule, template,
mailto: that round-trips Japanese), a call logged with a running timer on the injected
clock that fills a number in place, a missed call with a call-back inside the desk's
hours, a chat transcript kept, and `casekeeper compose --json`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from casekeeper.db import attachments, calls, cases, compose, demo, desk_calendar, desks, events, identifiers
from tests.gui_shell_support import ModalAnswer

MONDAY_NOON_TOKYO = datetime(2026, 3, 23, 3, 0, tzinfo=timezone.utc)     # 12:00 in Tokyo, a Monday
SATURDAY_TOKYO = datetime(2026, 3, 28, 2, 0, tzinfo=timezone.utc)        # 11:00 in Tokyo, a Saturday


def desk_named(case_id: int, text: str):
    return next(d for d in desks.list_desks(case_id) if text in d.name or text in d.address)


@pytest.fixture
def running_demo(db, clock):
    """The demo case (English), still going, on a Monday noon in Tokyo."""
    clock.set(MONDAY_NOON_TOKYO)
    case = demo.add_demo_case("en")
    cases.update_case(case.id, status="open")
    return case


def decode_mailto(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    return unquote(parts.path), query["subject"][0], query["body"][0]


# --- composing (db) -------------------------------------------------------------------
def test_the_billing_desk_gets_its_subject_and_template_in_its_language(running_demo):
    billing = desk_named(running_demo.id, "billing")
    message = compose.compose(running_demo.id, billing.id, lang="en")
    assert message.to == "billing-jp@oracle-cloud.example"
    assert message.subject == "Sato Devworks / JP26-0048213"
    assert message.language == "ja" and message.body.startswith("お世話になっております。")
    assert "Invoice number: JP26-0048213" in message.body and message.missing == []


def test_a_reply_keeps_the_original_subject_and_a_missing_number_is_flagged(running_demo):
    phone = desk_named(running_demo.id, "phone")
    message = compose.compose(running_demo.id, phone.id)
    assert message.missing == ["SR number"] and "SR number: {SR number}" in message.body
    mail = events.create_event(running_demo.id, "received", "Your service request 3-99 (ref:ABC)",
                               desk=desk_named(running_demo.id, "Support email").id)
    reply = compose.compose(running_demo.id, mail.desk_id, reply_to=mail.id)
    assert reply.subject == "Re: Your service request 3-99 (ref:ABC)"
    again = events.create_event(running_demo.id, "received", "Re: Your service request 3-99 (ref:ABC)",
                                desk=mail.desk_id)
    assert compose.compose(running_demo.id, mail.desk_id, reply_to=again.id).subject == again.summary


def test_the_mailto_url_round_trips_japanese():
    subject, body = "会社名 / 請求書番号 JP26-0048213 & ?=#%", "お世話になっております。\n請求の件で…\n\n佐藤"
    to, got_subject, got_body = decode_mailto(compose.mailto("billing-jp@example.com", subject, body))
    assert to == "billing-jp@example.com" and got_subject == subject
    assert got_body.replace("\r\n", "\n") == body


def test_compose_on_the_command_line_prints_json_without_qt(running_demo, data_dir):
    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir), "LANG": "C.UTF-8"}
    probe = ("import runpy, sys; sys.argv = ['casekeeper'] + sys.argv[1:]\n"
             "try:\n    runpy.run_module('casekeeper', run_name='__main__')\n"
             "finally:\n    assert 'PySide6' not in sys.modules, 'the CLI loaded Qt'\n")
    r = subprocess.run([sys.executable, "-c", probe, "compose", str(running_demo.id), "Billing desk (Japan)",
                        "--json"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"to", "subject", "body", "mailto", "missing"}
    assert out["subject"] == "Sato Devworks / JP26-0048213" and out["missing"] == []
    assert decode_mailto(out["mailto"])[1] == out["subject"]


# --- calls and chats (db) -----------------------------------------------------------------
def test_a_missed_call_offers_a_call_back_inside_the_desks_hours(running_demo, clock):
    phone = desk_named(running_demo.id, "phone")
    clock.set(SATURDAY_TOKYO)
    when = calls.callback_at(phone.id)
    assert when > SATURDAY_TOKYO and desk_calendar.for_desk(phone).status(when).open_now
    event, reminder = calls.log_missed_call(running_demo.id, phone.id, callback=when)
    assert event.kind == "call" and event.outcome == "missed" and reminder.due_at == when
    assert reminder.desk_id == phone.id and "Call back" in reminder.title


def test_a_chat_keeps_its_transcript_as_text_and_as_pasted(running_demo, clock):
    chat = desk_named(running_demo.id, "Live chat")
    transcript = "Bot: Hello\r\nMe: My account is suspended\r\nAgent: 確認します"
    event = calls.log_chat(running_demo.id, chat.id, clock.at - timedelta(minutes=20), clock.at, transcript)
    assert event.body == transcript.strip() and event.duration_s == 1200
    (att,) = attachments.list_attachments(event.id)
    assert attachments.file_of(att).read_bytes() == transcript.encode("utf-8")


# --- the window ---------------------------------------------------------------------------
def test_the_contact_card_opens_from_today_with_live_status(window, running_demo, qtbot):
    window.refresh_cases()
    with qtbot.waitSignal(window.today.filled):
        window.show_today()
    table = window.today.desks_table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if "Billing" in model.index(r, 0).data())
    table.setCurrentIndex(model.index(row, 0))
    window.today.contact_action.trigger()
    card = window.contact_card
    qtbot.addWidget(card)
    assert card.windowTitle() == "Contact Billing desk (Japan)"
    assert card.status_tone in ("open", "closing") and card.card.ready
    assert card.write_button.isVisibleTo(card) and not card.call_button.isVisibleTo(card)


def test_the_contact_card_opens_from_an_identifiers_card(window, running_demo, qtbot):
    window.refresh_cases()
    window.open_case(running_demo.id)
    view = window.view("IdentifiersView")
    window.tabs.setCurrentWidget(view)
    row = next(r for r in range(view.cards.rowCount()) if view.cards.card_at(r).name == "Technical support phone")
    view.card_list.doubleClicked.emit(view.cards.index(row, 0))
    card = window.contact_card
    qtbot.addWidget(card)
    assert card.windowTitle() == "Contact Technical support phone"
    assert not card.card.ready and "SR number" in card.ready_label.text()
    assert card.call_button.isVisibleTo(card) and card.missed_button.isVisibleTo(card)


class MailClient(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def test_write_to_the_billing_desk_opens_the_mail_client_and_logs_it_as_sent(window, running_demo, qtbot):
    from casekeeper.gui.contact.card import ContactCard

    billing = desk_named(running_demo.id, "billing")
    card = ContactCard(running_demo.id, billing.id, window)
    qtbot.addWidget(card)
    client = MailClient()
    QDesktopServices.setUrlHandler("mailto", client, "open")
    seen = {}

    def compose_and_send(dialog):
        seen["subject"] = dialog.subject.text()
        dialog.body.setPlainText(dialog.body.toPlainText().replace("お尋ねしたいこと:", "お尋ねしたいこと: 支払いは完了していますか?"))
        dialog.open_button.click()
        assert dialog.sent_bar.isVisibleTo(dialog)
        dialog.sent_button.click()

    try:
        answer = ModalAnswer(compose_and_send)
        card.write()
        answer.check()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert "Sato Devworks" in seen["subject"] and "JP26-0048213" in seen["subject"]
    to, subject, body = decode_mailto(client.urls[0])
    assert to == "billing-jp@oracle-cloud.example" and subject == seen["subject"]
    assert "支払いは完了していますか?" in body
    sent = events.Event.select().where(events.Event.kind == "sent").order_by(events.Event.id.desc()).get()
    assert sent.summary == seen["subject"] and sent.desk_id == billing.id and "支払い" in sent.body
    assert [e.summary for e in card.card.last][0] == seen["subject"]     # the card shows it as the last contact


def test_a_call_runs_on_the_clock_fills_the_sr_number_and_the_card_turns_ready(window, running_demo, clock, qtbot):
    from casekeeper.gui.contact.call_dialog import CallDialog
    from casekeeper.gui.contact.card import ContactCard

    phone = desk_named(running_demo.id, "phone")
    card = ContactCard(running_demo.id, phone.id, window)
    qtbot.addWidget(card)
    assert not card.card.ready
    call = CallDialog(running_demo.id, phone.id, card)
    qtbot.addWidget(call)
    call.show()
    clock.set(clock.at + timedelta(minutes=7, seconds=5))
    call.update_timer()
    assert call.timer_label.text() == "07:05"
    sr = next(i for i in identifiers.list_identifiers(running_demo.id) if i.name == "SR number")
    call.fields[sr.id].setText("3-40012345")
    assert call.fill_identifier(sr.id)
    assert identifiers.get_identifier(sr.id).value == "3-40012345"      # kept at once, not at the end
    call.notes.setPlainText("Agent could not open a request: the account is inactive.")
    call.referred.setCurrentIndex(call.referred.findText("Oracle Digital (sales inquiry form)"))
    assert call.outcome.currentData() == "referred"
    call.end_call()
    event = events.Event.select().where(events.Event.kind == "call").order_by(events.Event.id.desc()).get()
    assert event.duration_s == 425 and event.outcome == "referred" and event.desk_id == phone.id
    assert "3-40012345" in event.body and "Oracle Digital" in event.body
    sales = desk_named(running_demo.id, "Oracle Digital")
    assert desks.get_desk(sales.id).referred_by_id == phone.id
    card.refresh()
    assert card.card.ready and card.ready_label.text().startswith("Ready")


def test_a_missed_call_from_the_card_sets_a_call_back_reminder(window, running_demo, clock, qtbot):
    from casekeeper.db.models import Deadline
    from casekeeper.gui.contact.card import ContactCard

    clock.set(SATURDAY_TOKYO)
    phone = desk_named(running_demo.id, "phone")
    card = ContactCard(running_demo.id, phone.id, window)
    qtbot.addWidget(card)
    offered = {}

    def accept(dialog):
        offered["at"] = dialog.callback_at.value()
        dialog.submit()

    answer = ModalAnswer(accept)
    card.missed_call()
    answer.check()
    assert desk_calendar.for_desk(phone).status(offered["at"]).open_now
    reminder = Deadline.select().order_by(Deadline.id.desc()).get()
    assert reminder.due_at == offered["at"] and reminder.desk_id == phone.id
