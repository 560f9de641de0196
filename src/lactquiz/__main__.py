"""Allow ``python -m lactquiz``."""

from lactquiz.cli.app import main

if __name__ == "__main__":
    main()
