"""The evidence area as a feature of the main window (gui/window_parts.py FEATURES)."""
from __future__ import annotations


class EvidenceFeature:
    def build(self, window) -> None:
        from .window_hooks import install

        install(window)

    def view_built(self, window, name: str, view) -> None:
        if name == "TimelineView":
            from .window_hooks import attach_timeline

            attach_timeline(window, view)


FEATURE = EvidenceFeature()
