"""`python -m onestop_desktop`, and the script PyInstaller freezes (absolute imports:
a frozen script runs as a top-level module, not inside the package)."""

import sys

from onestop_desktop.gui_main import main

if __name__ == "__main__":
    sys.exit(main())
