"""The one exception family Coco shows to people.

Everything that can go wrong because of a file, a disk or a setting raises a ``CocoError``
whose text is written for a facilitator or participant. Notebook entry points turn it into a
plain notice (``toolkit.notices``) and the command line prints it, so no traceback reaches a
participant's screen.
"""


class CocoError(Exception):
    """A problem a person can act on; ``str()`` is the whole message to show."""


class DataError(CocoError):
    """One or more problems in the files under ``data/``.

    ``problems`` keeps each one separately so the command line and tests can count them;
    the message joins them.
    """

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n\n".join(str(p) for p in self.problems))


class StoreError(CocoError):
    """The answer store cannot be opened or written; the message says what to do."""
