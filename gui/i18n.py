"""UI language: English source strings, Japanese from resources/translations/*_ja.qm.

Each feature area ships its own AREA_ja.qm (see tools/lupdate.py); all of them
are loaded, plus Qt's own qtbase translation for standard dialogs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casekeeper.db.labels import LANGUAGES as SUPPORTED, env_language
from casekeeper.db.resources_dir import listing, resource_file

_installed: list[QTranslator] = []
_current = "en"


def current() -> str:
    """The UI language in effect: 'en' or 'ja'."""
    return _current


def system_language() -> str:
    """The locale variables' language (db.labels.env_language), else the OS locale's."""
    lang = env_language()
    if lang:
        return lang
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED else "en"


def resolve(setting: str | None) -> str:
    """'system' (or None) follows the system locale; otherwise 'en' or 'ja'."""
    if setting in SUPPORTED:
        return setting
    return system_language()


def install(language: str) -> str:
    """Load the translators for `language` into the running application
    (replacing any loaded before) and return the language in effect."""
    global _current
    _current = language if language in SUPPORTED else "en"
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English,
                               QLocale.Country.Japan if language == "ja" else QLocale.Country.UnitedStates))
    if language == "en":
        return "en"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    for name in listing("translations", suffix=f"_{language}.qm"):
        tr = QTranslator(app)
        if tr.load(str(resource_file("translations", name))):
            app.installTranslator(tr)
            _installed.append(tr)
    return language
