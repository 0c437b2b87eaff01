"""The calendar and deadline table: desks' opening hours, holidays, closures,
DST and business-day arithmetic, each row one situation a user would check.

Rows of three shapes:
  ("status", desk, now, open_now, closes_at, next_open, reason)
  ("add", desk, start, days, business, expected_due)
  ("between", desk, start, end, business_days)
and deadline rows (through the database, fixed clock):
  (desk, event_kind, event_at, expected_due)
Times may be written in any zone (a user zone different from the desk's is
just another offset): moments are compared, not strings.
"""
from datetime import datetime

import pytest

from casekeeper.db import cases, deadlines, desk_calendar, desks, events

YEAR_END = {"from": "12-29", "to": "01-03", "label": "Year-end and New Year holidays"}
DESKS = {
    "phone_jp": dict(timezone_name="Asia/Tokyo", hours=["Mon-Fri 09:00-12:00,13:00-17:00"], holidays="JP",
                     closures=[YEAR_END]),
    "billing_jp": dict(timezone_name="Asia/Tokyo", hours=["Mon-Fri 09:00-17:00"], holidays="JP"),
    "moving_jp": dict(timezone_name="Asia/Tokyo", hours=["Mon-Fri 09:00-17:00"], holidays="JP",
                      closures=[{"from": "2026-05-07", "to": "2026-05-08", "label": "Office move"}]),
    "us_la": dict(timezone_name="America/Los_Angeles", hours=["Mon-Fri 09:00-17:00"], holidays="US"),
    "always": dict(hours=["always"]),
    "always_jp": dict(timezone_name="Asia/Tokyo", hours=["always"], holidays="JP"),
    "night": dict(hours=["Mon-Fri 18:00-24:00", "Tue-Sat 00:00-02:00"]),
    "leap": dict(timezone_name="Asia/Tokyo", hours=["Mon-Fri 09:00-17:00"],
                 closures=[{"from": "02-29", "to": "02-29", "label": "Leap day"}]),
    "weekend": dict(timezone_name="Europe/Berlin", hours=["Sat,Sun 10:00-14:00"]),
    "la_dst_gap": dict(timezone_name="America/Los_Angeles", hours=["Sun 02:00-03:00"]),
    "la_dst_part": dict(timezone_name="America/Los_Angeles", hours=["Sun 01:30-02:30"]),
}

ROWS = [
    # --- open now / closes at / next opens at: a Japanese phone line with a lunch break
    ("status", "phone_jp", "2026-03-02T09:30+09:00", True, "2026-03-02T12:00+09:00", None, ""),
    ("status", "phone_jp", "2026-03-02T09:00+09:00", True, "2026-03-02T12:00+09:00", None, ""),
    ("status", "phone_jp", "2026-03-02T08:59:59+09:00", False, None, "2026-03-02T09:00+09:00", ""),
    ("status", "phone_jp", "2026-03-02T12:30+09:00", False, None, "2026-03-02T13:00+09:00", ""),
    ("status", "phone_jp", "2026-03-02T12:00+09:00", False, None, "2026-03-02T13:00+09:00", ""),
    ("status", "phone_jp", "2026-03-02T17:00+09:00", False, None, "2026-03-03T09:00+09:00", ""),
    ("status", "phone_jp", "2026-03-03T00:00+09:00", False, None, "2026-03-03T09:00+09:00", ""),  # midnight
    ("status", "phone_jp", "2026-03-06T17:30+09:00", False, None, "2026-03-09T09:00+09:00", ""),  # Friday evening
    ("status", "phone_jp", "2026-03-07T10:00+09:00", False, None, "2026-03-09T09:00+09:00", ""),  # Saturday
    # --- JP public holidays, substitute holidays, the year-end closure
    ("status", "phone_jp", "2026-03-20T10:00+09:00", False, None, "2026-03-23T09:00+09:00", "Vernal Equinox Day"),
    ("status", "phone_jp", "2026-05-06T10:00+09:00", False, None, "2026-05-07T09:00+09:00", "Substitute Holiday"),
    ("status", "phone_jp", "2026-05-02T10:00+09:00", False, None, "2026-05-07T09:00+09:00", ""),  # Golden Week
    ("status", "phone_jp", "2025-11-24T10:00+09:00", False, None, "2025-11-25T09:00+09:00", "Substitute Holiday"),
    ("status", "phone_jp", "2026-09-22T10:00+09:00", False, None, "2026-09-24T09:00+09:00", "National Holiday"),
    ("status", "phone_jp", "2026-12-28T16:59+09:00", True, "2026-12-28T17:00+09:00", None, ""),
    ("status", "phone_jp", "2026-12-29T10:00+09:00", False, None, "2027-01-04T09:00+09:00",
     "Year-end and New Year holidays"),
    ("status", "phone_jp", "2027-01-01T10:00+09:00", False, None, "2027-01-04T09:00+09:00",
     "Year-end and New Year holidays"),  # inside a closure, the closure names the day
    ("status", "phone_jp", "2027-01-03T23:59+09:00", False, None, "2027-01-04T09:00+09:00",
     "Year-end and New Year holidays"),
    ("status", "billing_jp", "2026-12-29T10:00+09:00", True, "2026-12-29T17:00+09:00", None, ""),  # no closure
    ("status", "billing_jp", "2027-01-01T10:00+09:00", False, None, "2027-01-04T09:00+09:00", "New Year's Day"),
    ("status", "moving_jp", "2026-05-06T10:00+09:00", False, None, "2026-05-11T09:00+09:00", "Substitute Holiday"),
    ("status", "moving_jp", "2026-05-08T10:00+09:00", False, None, "2026-05-11T09:00+09:00", "Office move"),
    # --- a user zone different from the desk's (Berlin user, Tokyo desk; Tokyo user, LA desk)
    ("status", "phone_jp", "2026-03-02T01:30+01:00", True, "2026-03-02T04:00+01:00", None, ""),
    ("status", "us_la", "2026-03-10T01:30+09:00", True, "2026-03-10T09:00+09:00", None, ""),
    ("status", "us_la", "2026-03-09T08:00+09:00", False, None, "2026-03-10T01:00+09:00", ""),
    # --- DST in a US desk zone: opening stays 09:00 local, the UTC instant moves
    ("status", "us_la", "2026-03-06T17:30-08:00", False, None, "2026-03-09T16:00Z", ""),
    ("status", "us_la", "2026-10-30T17:30-07:00", False, None, "2026-11-02T17:00Z", ""),
    ("status", "us_la", "2026-11-26T10:00-08:00", False, None, "2026-11-27T09:00-08:00", "Thanksgiving Day"),
    # --- always open, always open but for holidays, slots over midnight, 24:00, leap day, weekends only
    ("status", "always", "2026-03-20T10:00+09:00", True, None, None, ""),
    # "always" means always: a holiday calendar does not close an always-open desk ...
    ("status", "always_jp", "2026-03-20T10:00+09:00", True, None, None, ""),
    ("status", "always_jp", "2026-03-19T23:00+09:00", True, None, None, ""),
    ("status", "always_jp", "2026-12-31T10:00+09:00", True, None, None, ""),
    ("status", "night", "2026-03-02T23:00Z", True, "2026-03-03T02:00Z", None, ""),
    ("status", "night", "2026-03-06T23:59:59Z", True, "2026-03-07T02:00Z", None, ""),
    ("status", "night", "2026-03-07T03:00Z", False, None, "2026-03-09T18:00Z", ""),
    ("status", "leap", "2028-02-29T10:00+09:00", False, None, "2028-03-01T09:00+09:00", "Leap day"),
    ("status", "leap", "2028-02-28T10:00+09:00", True, "2028-02-28T17:00+09:00", None, ""),
    ("status", "weekend", "2026-03-27T12:00+01:00", False, None, "2026-03-28T10:00+01:00", ""),
    ("status", "weekend", "2026-03-29T10:30+02:00", True, "2026-03-29T14:00+02:00", None, ""),  # CEST starts
    # --- a weekly slot wholly inside the hour a DST change skips is no opening
    ("status", "la_dst_gap", "2026-03-08T01:30-08:00", False, None, "2026-03-15T02:00-07:00", ""),
    ("status", "la_dst_gap", "2026-03-08T03:00-07:00", False, None, "2026-03-15T02:00-07:00", ""),
    ("status", "la_dst_gap", "2026-03-15T02:30-07:00", True, "2026-03-15T03:00-07:00", None, ""),
    ("status", "la_dst_part", "2026-03-08T01:45-08:00", True, "2026-03-08T03:00-07:00", None, ""),  # cut short
    ("status", "la_dst_part", "2026-03-08T01:00-08:00", False, None, "2026-03-08T01:30-08:00", ""),
    # --- adding days: calendar days keep the desk's wall time, business days skip the desk's days off
    ("add", "always", "2026-03-10T10:15+09:00", 10, False, "2026-03-20T10:15+09:00"),
    ("add", "us_la", "2026-03-01T09:00-08:00", 10, False, "2026-03-11T09:00-07:00"),  # across DST start
    ("add", "us_la", "2026-10-31T12:00-07:00", 1, False, "2026-11-01T12:00-08:00"),  # across DST end: 25 h
    ("add", "always", "2028-02-28T12:00Z", 1, False, "2028-02-29T12:00Z"),  # leap day
    ("add", "always", "2028-02-01T12:00Z", 30, False, "2028-03-02T12:00Z"),
    ("add", "always", "2026-03-02T23:59:59+09:00", 1, False, "2026-03-03T23:59:59+09:00"),
    ("add", "phone_jp", "2026-03-17T11:15+09:00", 3, True, "2026-03-23T11:15+09:00"),  # over Vernal Equinox
    ("add", "phone_jp", "2026-05-01T10:00+09:00", 3, True, "2026-05-11T10:00+09:00"),  # over Golden Week
    ("add", "phone_jp", "2026-12-24T10:00+09:00", 5, True, "2027-01-06T10:00+09:00"),  # 25th, 28th, Jan 4-6
    # ... but its business days skip the holiday (replies within N business days)
    ("add", "always_jp", "2026-03-19T10:00+09:00", 1, True, "2026-03-23T10:00+09:00"),
    # N business days from outside the opening hours: counting starts at the next opening, and
    # ends when the desk closes on the N-th business day (never before it was open N days)
    ("add", "phone_jp", "2026-03-07T10:00+09:00", 1, True, "2026-03-09T17:00+09:00"),  # from a Saturday
    ("add", "phone_jp", "2026-03-07T08:30+09:00", 1, True, "2026-03-09T17:00+09:00"),  # Saturday 08:30
    ("add", "phone_jp", "2026-03-09T08:30+09:00", 1, True, "2026-03-09T17:00+09:00"),  # Monday before opening
    ("add", "phone_jp", "2026-03-09T08:30+09:00", 2, True, "2026-03-10T17:00+09:00"),
    ("add", "phone_jp", "2026-03-10T18:00+09:00", 1, True, "2026-03-11T17:00+09:00"),  # after closing
    ("add", "phone_jp", "2026-03-19T18:00+09:00", 1, True, "2026-03-23T17:00+09:00"),  # then a holiday, a weekend
    ("add", "phone_jp", "2026-03-09T12:30+09:00", 1, True, "2026-03-10T12:30+09:00"),  # lunch break: within the day
    ("add", "phone_jp", "2026-12-28T17:30+09:00", 1, True, "2027-01-04T17:00+09:00"),  # into the year-end closure
    ("add", "always", "2026-03-07T08:30Z", 1, True, "2026-03-10T00:00Z"),  # always open: Monday ends at midnight
    ("add", "us_la", "2026-03-07T08:30-08:00", 1, True, "2026-03-09T17:00-07:00"),  # over the DST change
    ("add", "billing_jp", "2025-11-21T15:00+09:00", 1, True, "2025-11-25T15:00+09:00"),  # substitute holiday
    ("add", "us_la", "2026-11-25T10:00-08:00", 1, True, "2026-11-27T10:00-08:00"),  # Thanksgiving
    ("add", "always", "2026-03-06T12:00Z", 2, True, "2026-03-10T12:00Z"),  # always-open desk: Mon-Fri
    ("add", "weekend", "2026-03-28T11:00+01:00", 1, True, "2026-03-29T11:00+02:00"),  # Sat->Sun over CEST
    ("add", "phone_jp", "2026-03-17T11:15+09:00", 0, True, "2026-03-17T11:15+09:00"),
    # --- counting business days (the "waiting on them" clock)
    ("between", "phone_jp", "2026-03-17T11:15+09:00", "2026-03-23T09:00+09:00", 3),
    ("between", "phone_jp", "2026-12-25T10:00+09:00", "2027-01-05T10:00+09:00", 3),  # 28th, 4th, 5th
    ("between", "billing_jp", "2026-04-28T10:00+09:00", "2026-05-07T10:00+09:00", 3),  # Apr 30, May 1, May 7
    ("between", "us_la", "2026-03-10T01:30+09:00", "2026-03-10T15:00+09:00", 0),  # same day at the desk
    ("between", "us_la", "2026-03-10T01:30+09:00", "2026-03-10T23:00+09:00", 1),  # same day for the user only
    ("between", "always", "2026-03-06T12:00Z", "2026-03-09T12:00Z", 1),
]


def _dt(text):
    return None if text is None else datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("row", ROWS, ids=[f"{n:02d}-{r[0]}-{r[1]}" for n, r in enumerate(ROWS)])
def test_calendar_table(row):
    kind, desk, *rest = row
    cal = desk_calendar.calendar(**DESKS[desk])
    if kind == "status":
        now, open_now, closes_at, next_open, reason = rest
        st = cal.status(_dt(now))
        assert (st.open_now, st.closes_at, st.next_open, st.reason) == (open_now, _dt(closes_at), _dt(next_open), reason)
    elif kind == "add":
        start, days, business, expected = rest
        got = cal.add_business_days(_dt(start), days) if business else cal.add_calendar_days(_dt(start), days)
        assert got == _dt(expected)
        span = cal.business_span(_dt(start).astimezone(cal.zone).date())
        if not business or (span and span[0] <= _dt(start) < span[1]):
            # the wall-clock time in the desk's zone is kept (business days: from within the desk's hours)
            assert got.astimezone(cal.zone).time() == _dt(start).astimezone(cal.zone).time()
    else:
        start, end, n = rest
        assert cal.business_days_between(_dt(start), _dt(end)) == n


def test_table_is_big_enough():
    assert len(ROWS) + len(DEADLINE_ROWS) >= 40


# ---------------------------------------------------------------- deadlines through the database

RULES = {
    "support_email": dict(kind="email", timezone="America/Los_Angeles", hours=["always"], reply_window_days=10),
    "business_reply": dict(kind="email", timezone="Asia/Tokyo", hours=["Mon-Fri 09:00-17:00"], holidays="JP",
                           closures=[YEAR_END], reply_window_days=5, reply_window_business=True),
    "sales_form": dict(kind="web_form", timezone="Asia/Tokyo", hours=["Mon-Fri 09:00-17:00"], holidays="JP",
                       follow_up_days=3),
    "us_follow": dict(kind="email", timezone="America/Los_Angeles", hours=["Mon-Fri 09:00-17:00"], holidays="US",
                      follow_up_days=2),
    "no_rule": dict(kind="chat", timezone="UTC", hours=["always"]),
}

DEADLINE_ROWS = [
    ("support_email", "received", "2026-03-10T10:15+09:00", "reply_window", "2026-03-20T10:15+09:00"),
    ("support_email", "received", "2026-03-05T10:00-08:00", "reply_window", "2026-03-15T10:00-07:00"),  # DST
    ("support_email", "received", "2028-02-20T09:00-08:00", "reply_window", "2028-03-01T09:00-08:00"),  # leap
    ("business_reply", "received", "2026-12-25T16:00+09:00", "reply_window", "2027-01-07T16:00+09:00"),
    ("business_reply", "received", "2026-04-30T09:00+09:00", "reply_window", "2026-05-12T09:00+09:00"),
    ("sales_form", "sent", "2026-03-17T11:15+09:00", "follow_up", "2026-03-23T11:15+09:00"),
    ("sales_form", "sent", "2026-03-19T12:45+09:00", "follow_up", "2026-03-25T12:45+09:00"),
    ("us_follow", "sent", "2026-11-24T10:00-08:00", "follow_up", "2026-11-27T10:00-08:00"),  # Thanksgiving
    ("sales_form", "received", "2026-03-17T11:15+09:00", None, None),   # no reply rule at that desk
    ("support_email", "sent", "2026-03-10T10:15+09:00", None, None),    # no follow-up rule there
    ("no_rule", "received", "2026-03-10T10:15+09:00", None, None),
    ("support_email", "note", "2026-03-10T10:15+09:00", None, None),
]


@pytest.mark.parametrize("row", DEADLINE_ROWS, ids=[f"{n:02d}-{r[0]}-{r[1]}" for n, r in enumerate(DEADLINE_ROWS)])
def test_deadline_table(db, clock, row):
    desk_key, event_kind, at, kind, expected = row
    case = cases.create_case("Suspended")
    desk = desks.create_desk(case.id, desk_key, **RULES[desk_key])
    events.create_event(case.id, event_kind, "message", occurred_at=_dt(at), desk=desk.id)
    made = deadlines.list_deadlines(case.id)
    if kind is None:
        assert made == []
    else:
        assert [(d.kind, d.due_at, d.state, d.desk_id) for d in made] == [(kind, _dt(expected), "open", desk.id)]
