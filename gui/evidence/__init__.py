"""The evidence area of the window: mail import (drag onto the timeline, File >
Import), attachments of the selected entry, Verify, Export and the search
across all cases. It plugs into the main window as a feature (feature.py)."""
