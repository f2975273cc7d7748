"""The privacy guard: flag identifying details in a participant's free text before it is saved.

    >>> from toolkit.privacy import scan
    >>> [(f.kind, f.text) for f in scan("I called Dana at 555-214-8890.")]
    [('name', 'Dana'), ('phone', '555-214-8890')]

Each kind has its own detector (see DESIGN.md, "Privacy guard"): `phonenumbers` for phones,
published name lists with context rules for names, and for the words those rules leave a
second opinion learned from our labelled corpus (name_model.py); our own rules for the rest,
numbers spelt out in words included (spoken.py). Nothing here touches the network; the word
lists and the model's weights load once, on the first scan (about a tenth of a second).
"""

from __future__ import annotations

from .findings import (ADDRESS, CASE_NUMBER, DOB, EMAIL, ID_NUMBER, KINDS, NAME, PHONE, SSN,
                       SUGGESTIONS, Finding)
from .scanner import scan

__all__ = ["scan", "Finding", "KINDS", "SUGGESTIONS", "NAME", "PHONE",
           "EMAIL", "ADDRESS", "DOB", "CASE_NUMBER", "SSN", "ID_NUMBER"]
