"""The demo case: the story from the brief, rebuilt as data (resources/demo)."""
from __future__ import annotations

from . import playbook
from .resources_dir import resource_file

LANGUAGES = ("en", "ja")


def demo_file(language: str = "en"):
    lang = language.split("_")[0].split("-")[0].lower()
    return resource_file("demo", f"demo.{lang if lang in LANGUAGES else 'en'}.toml")


def add_demo_case(language: str = "en"):
    """Create the demo case in the open database; returns the Case."""
    return playbook.create_case_from_file(demo_file(language))
