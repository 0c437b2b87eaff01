"""Everything Qt: app start, windows, item models, dialogs, tray."""
