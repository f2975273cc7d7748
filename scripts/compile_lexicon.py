"""Compile the privacy guard's word lists into toolkit/privacy/data/lexicon-compiled.txt.

    .venv/bin/python scripts/compile_lexicon.py

lexicon.lexicon() reads the compiled file in a third of the time the lists take (see
lexicon.Lexicon), when the lists are those it was compiled from; after an edit of a list it
builds from the lists, and tests/test_privacy_fast_paths.py fails until this script is run
again.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from toolkit.privacy import lexicon  # noqa: E402

OUT = REPO / "toolkit" / "privacy" / "data" / lexicon.COMPILED


def main() -> int:
    flags = lexicon.from_sources()
    OUT.write_text(lexicon.compile_text(flags), encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(flags)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
