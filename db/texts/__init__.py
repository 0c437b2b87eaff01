"""The db layer's texts for people, one module per area (see db/labels.py)."""
