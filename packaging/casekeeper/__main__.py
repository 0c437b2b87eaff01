"""`python -m casekeeper`: the same as the `casekeeper` command."""
from casekeeper.gui.main import main

main()
