"""Search stays right where it was made fast: short Japanese words next to long ones, very common words."""
from casekeeper.db import cases, events, search


def summaries(hits):
    return sorted(h.title for h in hits)


def test_long_and_short_words_together_use_the_index_and_still_match_both(db, clock):
    case = cases.create_case("検索")
    events.create_event(case.id, "sent", "請求書に返信した")
    events.create_event(case.id, "sent", "請求書を送付")
    events.create_event(case.id, "received", "返信のみ")
    hits = search.search("請求書 返信")
    assert [h.source for h in hits] == ["event"] and "請求書に返信した" in hits[0].title
    assert "返信" in hits[0].marked("[", "]") and "[" in hits[0].marked("[", "]")
    assert search.search("返信 請求書")[0].title == hits[0].title


def test_a_very_common_word_lists_the_newest_first(db, clock, monkeypatch):
    case = cases.create_case("common")
    made = [events.create_event(case.id, "note", f"invoice number {n}") for n in range(5)]
    ranked = search.search("invoice")
    assert len([h for h in ranked if h.source == "event"]) == 5
    monkeypatch.setattr(search, "RANK_AT_MOST", 2)
    newest_first = [h.event_id for h in search.search("invoice") if h.source == "event"]
    assert newest_first == [e.id for e in reversed(made)]
