"""Runs the module's tests for ctest ("python: pytest"): pytest with the arguments given, or,
when pytest is missing for this interpreter, a message saying which package to install."""

import sys

try:
    import pytest
except ImportError:
    sys.exit(f"python: pytest: pytest is not installed for {sys.executable}: "
             "install the Debian package python3-pytest (or run scripts/install-deps.sh)")

sys.exit(pytest.main(sys.argv[1:]))
