"""onestop-desktop: the reception desk of a one-stop Public Administration Service Center."""

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("onestop-desktop")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    # __version__ is read from the package metadata when asked for: looking it up takes
    # longer than anything else the window needs before it is on the screen.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
