"""The evidence area of the window: mail import (drag onto the timeline, File >
Import), attachments of the selected entry, Verify, Export and the search
across all cases. `install(window)` wires it into the main window; it is called
at the end of MainWindow._build (again after a language change)."""
from .window_hooks import install

__all__ = ["install"]
