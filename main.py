"""Start Archive Desk from a source checkout: ``python main.py [options] [command]``."""
import sys

from desktop_crm.cli import main

if __name__ == "__main__":
    sys.exit(main())
