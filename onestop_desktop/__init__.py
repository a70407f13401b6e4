"""onestop-desktop: the reception desk of a one-stop Public Administration Service Center."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("onestop-desktop")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
