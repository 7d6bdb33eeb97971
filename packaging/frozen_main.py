"""The frozen app's entry: the same `main` as `desktop-crm` and `archive-desk` (no command opens the window)."""
import multiprocessing
import sys

from desktop_crm.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()    # spawned helpers (none today) must not start a second desk
    sys.exit(main())
