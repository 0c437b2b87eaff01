"""The integrity area of the window: publishing a write-up, the timeline fingerprint,
verifying and sealing the timeline chain (db/writeup.py, db/chain.py)."""
