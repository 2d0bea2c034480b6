"""The frozen program's entry point: the same command line as `python -m app`."""

import sys

from app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
