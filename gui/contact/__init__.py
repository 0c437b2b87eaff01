"""Reaching a desk (issue 14): the contact card, writing, calling, chatting. A feature of the
main window (feature.py); its dialogs load when first opened."""
