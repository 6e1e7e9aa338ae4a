"""Actors: every span that names an actor gets the right country, listed or not."""
from __future__ import annotations

import pytest
from extract_support import extract


def _mention(text: str, surface: str):
    ms = [m for m in extract(text).mentions if surface in m.surface or m.surface in surface]
    assert ms, f"no mention overlapping {surface!r}; found {[m.surface for m in extract(text).mentions]}"
    return ms[0]


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("اتهمت الاستخبارات الأمريكيةموسكو ببث فيديو مزيف.", "موسكو", "RU"),  # glued words
    ("وقالت السفارة الروسية لدى الولاياتالمتحدة إن الادعاءات باطلة.", "السفارة الروسية", "RU"),
    ("قالت وزارة الخارجية الصينية إن التقرير كاذب.", "وزارة الخارجية الصينية", "CN"),
    ("وقالت بعثة إيران لدى الأمم المتحدة في بيان إن الاتهامات مرفوضة.", "بعثة إيران", "IR"),
    ("وقالت الرئيسة الجورجية سالومي زورابيشفيلي إن الانتخابات سرقت.", "سالومي زورابيشفيلي", "GE"),
    ("وقال رئيس الوزراء المولدوفي دورين ريشان إن موسكو تتدخل.", "دورين ريشان", "MD"),
    ("وقال المتحدث باسم الكرملين للصحفيين إن ذلك غير صحيح.", "المتحدث باسم الكرملين", "RU"),
    ("وخدمة ستارلينك فوق تايوان، خدمة للصين.", "للصين", "CN"),
    ("وقال بيسكوف إن بوتين تحدث مع ماسك.", "بيسكوف", "RU"),
    ("وقال دميتري بيسكوف إن بوتين تحدث مع ماسك.", "دميتري بيسكوف", "RU"),
    ("ولم يقدم المسك تعليقا.", "المسك", "US"),
    ("وأكد الكرملين أن الاتصال لم يحدث.", "الكرملين", "RU"),
    ("وقال البيت الأبيض إنه يدين أي تدخل.", "البيت الأبيض", "US"),
    ("وقالت وزارة الخارجية البرازيلية إن الانتخابات نزيهة.", "وزارة الخارجية البرازيلية", "BR"),
    ("واتهم قراصنة إيرانيين باختراق الحملة.", "قراصنة إيرانيين", "IR"),
    ("وقال المجلس الأعلى للدفاع الوطني في رومانيا إن الانتخابات الرئاسية الرومانية تعرضت لهجوم.",
     "المجلس الأعلى للدفاع الوطني", "RO"),
])
def test_actors_country_of_mention(text, surface, country):
    """Listed and unlisted actors (adjectives, missions, titles, clitics, glued words) get their country."""
    assert _mention(text, surface).country == country


def test_actors_offsets_index_the_original_text():
    """Every mention's offsets give back its surface from the original text, diacritics included."""
    text = "اتّهمت الاستخبارات الأمريكيةموسكو، وقالت السفارةُ الروسية إن ذلك غير صحيح ــ بحسب بيسكوف."
    for m in extract(text).mentions:
        assert text[m.start:m.end] == m.surface


def test_actors_one_id_per_actor_in_an_article():
    """Spelling variants of one person resolve to one actor_id."""
    ms = extract("قال إيلون ماسك إن مسك لا يعرف المسك. وقال ماسك لاحقا إنه يمزح.").mentions
    assert {m.actor_id for m in ms} == {"elon_musk"}


def test_actors_surname_after_title_pattern_resolves_later():
    """A person found after a title is found again by surname alone."""
    ms = extract("قال رئيس الوزراء المولدوفي دورين ريشان إن البلاد مستهدفة. وأضاف ريشان أن التحقيق مستمر.").mentions
    ids = {m.actor_id for m in ms if "ريشان" in m.surface}
    assert len(ids) == 1 and len([m for m in ms if "ريشان" in m.surface]) == 2


def test_actors_locative_country_is_not_the_embassy():
    """'لدى الولايات المتحدة' does not turn the Russian embassy American."""
    ms = extract("وقالت السفارة الروسية لدى الولايات المتحدة إن ذلك غير صحيح.").mentions
    embassy = next(m for m in ms if "السفارة" in m.surface)
    assert embassy.country == "RU"
