"""Names written in Cyrillic, Greek and Armenian letters (toolkit/privacy/romanized.py): a
capitalized word of those scripts that no list holds is read through its Latin spellings, so
"Наташа" is the Natasha of the US lists; a word in lowercase, and the words of those languages
that open a message or stand in title case, are not names."""

from __future__ import annotations

import pytest

from toolkit.privacy import romanized, scan
from toolkit.privacy.lexicon import FIRST, LAST, lexicon


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.kind == "name"]


@pytest.mark.parametrize("text, name", [
    ("Мама сказала, что Наташа не придёт.", "Наташа"),
    ("Вчера звонил Николай, отец мальчика.", "Николай"),
    ("Дочка Ганна ходить до школи.", "Ганна"),           # Ukrainian "г" spelt "h": Hanna
    ("Пані Оксана принесла документи.", "Оксана"),       # the title is no part of the name
    ("Η Ελένη θα έρθει αύριο.", "Ελένη"),                # nor Greek's article
    ("Տիգրան Պետրոսյան came to court alone.", "Տիգրան Պետրոսյան"),
    ("С уважением, Ирина", "Ирина"),
])
def test_a_name_in_its_own_script_is_found(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "Спасибо за помощь!",
    "Дякую, до зустрічі.",
    "Она сказала, что придёт завтра.",      # "Она" spells "ona", a given name
    "Наш следующий визит в среду.",          # "Наш" spells "nash", a surname
    "Мы ходим в церковь Святого Николая.",   # a church named after a saint
    "Они переехали в Нови Сад.",
    "Καλό Πάσχα σε όλους!",
    "Ευχαριστώ πολύ για τη βοήθεια.",
    "ну на это нет времени",                 # "na", "eto": rare given names, in lowercase
    "For Новый год the kids waited for Дед Мороз.",
    "Their old school was named after Тарас Шевченко.",
    "С уважением",
])
def test_words_of_those_languages_are_not_names(text):
    assert _names(text) == []


def test_spellings_read_pairs_of_letters_first_and_keep_other_letters():
    assert romanized.spellings("ганна") == ["ganna", "hanna"]
    assert romanized.spellings("ουρανία") == ["ourania", "urania"]
    assert romanized.spellings("ь") == [""]
    assert romanized.spellings("dana") == ["dana"]


def test_only_a_capitalized_word_of_those_scripts_takes_name_flags():
    lex = lexicon()
    assert romanized.name_flags("Наташа", lex) & FIRST
    assert romanized.name_flags("Кузнецов", lex) & LAST
    assert romanized.name_flags("наташа", lex) == 0     # lowercase
    assert romanized.name_flags("Natasha", lex) == 0    # Latin letters: the lists ask it
    assert romanized.name_flags("Олена", lex) == 0      # "olena": a rare given name


def test_a_long_word_is_spelt_a_bounded_number_of_ways():
    # every letter of "ийий" has two spellings: 2**16 ways, cut at the bound
    assert len(romanized.spellings("ий" * 8)) <= 32
