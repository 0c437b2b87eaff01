"""Opening hours (db/hours.py: the parser's errors, the words of `display`) and a desk's
calendar (db/desk_calendar.py: closures, holiday calendars, the generated year-end closure)."""

TEXT = {
    "en": {
        "hours.day.mon": "Mon", "hours.day.tue": "Tue", "hours.day.wed": "Wed", "hours.day.thu": "Thu",
        "hours.day.fri": "Fri", "hours.day.sat": "Sat", "hours.day.sun": "Sun",
        "hours.always": "Always open", "hours.not_set": "Not set", "hours.list_sep": "; ",
        "hours.not_list": "Opening hours not understood: give a list of strings, e.g. [\"Mon-Fri 09:00-17:00\"].",
        "hours.always_alone": "Opening hours not understood: \"always\" cannot be combined with other slots.",
        "hours.bad_line": "Opening hours {line!r} not understood: expected DAYS HH:MM-HH:MM, "
                          "e.g. \"Mon-Fri 09:00-12:00,13:00-17:00\" or \"always\".",
        "hours.unknown_day": "Opening hours {line!r} not understood: unknown day {part!r} "
                             "(use Mon, Tue, Wed, Thu, Fri, Sat, Sun, e.g. Mon-Fri).",
        "hours.bad_time": "Opening hours {line!r} not understood: {slot!r} is not a valid time range "
                          "(HH:MM-HH:MM, 00:00 to 24:00).",
        "hours.not_range": "Opening hours {line!r} not understood: {slot!r} is not a time range like 09:00-17:00.",
        "hours.backwards": "Opening hours {line!r} not understood: {slot!r} ends before it starts "
                           "(a slot over midnight is two slots: ...-24:00 and 00:00-...).",
        "hours.overlap": "Opening hours {line!r} not understood: {slot!r} overlaps another slot on {day}.",
        "closure.year_end": "Year-end and New Year holidays",
        "closure.closed": "Closed",
        "closure.start": "start", "closure.end": "end",
        "closure.bad_day": "Closure {what} {text!r} is not a valid MM-DD day.",
        "closure.bad_date": "Closure {what} {text!r} is not a valid date.",
        "closure.bad_form": "Closure {what} {text!r}: use MM-DD (every year) or YYYY-MM-DD (once).",
        "closure.needs_from": "A closure needs at least `from` (and usually `to` and `label`).",
        "closure.mixed_ends": "Closure {start}..{end}: both ends must be MM-DD or both YYYY-MM-DD.",
        "closure.backwards": "Closure {start}..{end} ends before it starts.",
        "closure.unknown_country": "Unknown holiday calendar {code!r} (use a country code such as JP or US).",
        # the structured editor and its text form (db/hours_form.py)
        "hours.form.holidays_word": "holidays",
        "hours.form.closed_word": "closed",
        "hours.form.no_days": "Opening hours {slots}: tick at least one day.",
        "hours.form.no_ranges": "Opening hours on {days}: give at least one time range.",
        "hours.form.bad_time": "{text!r} is not a time (HH:MM, 00:00 to 24:00).",
        "hours.form.lunch_outside": "The lunch break {lunch} on {days} is not inside opening hours of that day.",
        "hours.form.bad_closure": "Closure {line!r} not understood: write e.g. "
                                  "\"closed 12-29..01-03 Year-end holidays | 年末年始休業\" (English | Japanese label).",
        "hours.form.bad_holidays": "Holiday calendar {line!r} not understood: write e.g. \"holidays: JP\".",
    },
    "ja": {
        "hours.day.mon": "月", "hours.day.tue": "火", "hours.day.wed": "水", "hours.day.thu": "木",
        "hours.day.fri": "金", "hours.day.sat": "土", "hours.day.sun": "日",
        "hours.always": "常時受付", "hours.not_set": "未設定", "hours.list_sep": " ／ ",
        "hours.not_list": "受付時間を読み取れません: 文字列のリストで指定してください（例: [\"月-金 09:00-17:00\"]）。",
        "hours.always_alone": "受付時間を読み取れません: 「常時」はほかの時間帯と一緒に指定できません。",
        "hours.bad_line": "受付時間「{line}」を読み取れません: 「曜日 時:分-時:分」の形で書いてください"
                          "（例: 「月-金 09:00-12:00、13:00-17:00」、「常時」）。",
        "hours.unknown_day": "受付時間「{line}」を読み取れません: 曜日「{part}」が分かりません"
                             "（月 火 水 木 金 土 日で書いてください。例: 月-金）。",
        "hours.bad_time": "受付時間「{line}」を読み取れません: 「{slot}」は正しい時間帯ではありません"
                          "（時:分-時:分、00:00 から 24:00 まで）。",
        "hours.not_range": "受付時間「{line}」を読み取れません: 「{slot}」は 09:00-17:00 のような時間帯ではありません。",
        "hours.backwards": "受付時間「{line}」を読み取れません: 「{slot}」は終わりが始まりより前です"
                           "（日付をまたぐ時間帯は …-24:00 と 00:00-… の 2 つに分けてください）。",
        "hours.overlap": "受付時間「{line}」を読み取れません: 「{slot}」は{day}曜日のほかの時間帯と重なっています。",
        "closure.year_end": "年末年始休業",
        "closure.closed": "休業",
        "closure.start": "開始日", "closure.end": "終了日",
        "closure.bad_day": "休業期間の{what}「{text}」は正しい月-日（MM-DD）ではありません。",
        "closure.bad_date": "休業期間の{what}「{text}」は正しい日付ではありません。",
        "closure.bad_form": "休業期間の{what}「{text}」: MM-DD（毎年）か YYYY-MM-DD（1 回だけ）で書いてください。",
        "closure.needs_from": "休業期間には少なくとも `from` が必要です（通常は `to` と `label` も指定します）。",
        "closure.mixed_ends": "休業期間 {start}..{end}: 両端とも MM-DD か、両端とも YYYY-MM-DD で書いてください。",
        "closure.backwards": "休業期間 {start}..{end} は終わりが始まりより前です。",
        "closure.unknown_country": "祝日カレンダー「{code}」は不明です（JP や US のような国コードで指定してください）。",
        "hours.form.holidays_word": "祝日",
        "hours.form.closed_word": "休業",
        "hours.form.no_days": "受付時間 {slots}: 曜日を 1 つ以上選んでください。",
        "hours.form.no_ranges": "{days}の受付時間: 時間帯を 1 つ以上入力してください。",
        "hours.form.bad_time": "「{text}」は時刻ではありません（時:分、00:00 から 24:00 まで）。",
        "hours.form.lunch_outside": "{days}の昼休み {lunch} が、その日の受付時間の中にありません。",
        "hours.form.bad_closure": "休業期間「{line}」を読み取れません: "
                                  "「休業 12-29..01-03 Year-end holidays | 年末年始休業」のように書いてください（英語 | 日本語の名前）。",
        "hours.form.bad_holidays": "祝日カレンダー「{line}」を読み取れません: 「祝日: JP」のように書いてください。",
    },
}
