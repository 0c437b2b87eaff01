"""Entry point of the PyInstaller bundle (packaging/casekeeper.spec): the `casekeeper` command.
(Kept in this folder, away from packaging/casekeeper/, so the analysis finds the installed
package and not the bare package root beside the script.)"""
from casekeeper.gui.main import main

main()
