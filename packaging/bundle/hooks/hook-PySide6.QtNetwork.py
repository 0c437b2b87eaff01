# Casekeeper's bundle: QtNetwork serves only the local socket of the single-instance check,
# so none of its plugins (TLS backends, network information) are collected.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if "plugins" not in dest.replace("\\", "/").split("/")]
