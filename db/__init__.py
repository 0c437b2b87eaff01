"""Everything below the window: storage, rules, import and export. No Qt here."""
