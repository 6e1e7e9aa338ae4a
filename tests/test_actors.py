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
    # "البنغالي" is Bangladesh's adjective in the Arab press ("الحزب الوطني البنغالي", the BNP)
    ("وقالت وزارة الخارجية البنغالية إن الانتخابات نزيهة.", "وزارة الخارجية البنغالية", "BD"),
    ("وقال الحزب الوطني البنغالي إن الانتخابات مزورة.", "الحزب الوطني البنغالي", "BD"),
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


def test_actors_family_name_first_resolves_later():
    """Chinese, Korean and Vietnamese names put the family name first: 'تشن بين هوا' … 'واتهم تشن'.
    A Moldovan (Western-order) name's first word is no family name."""
    ms = extract("وقال المتحدث باسم مكتب شؤون تايوان الصيني تشن بين هوا إن الانتخابات شأن داخلي. "
                 "واتهم تشن الحزب الحاكم في تايوان بالسعي إلى الاستقلال.").mentions
    chen = [m for m in ms if m.surface == "تشن"]
    assert len(chen) == 1 and chen[0].country == "CN" and chen[0].actor_id == "person:تشن_بين_هوا"
    ms = extract("قال رئيس الوزراء المولدوفي دورين ريشان إن البلاد مستهدفة. وأضاف دورين أن التحقيق مستمر.").mentions
    assert not [m for m in ms if m.surface == "دورين"]


def test_actors_locative_country_is_not_the_embassy():
    """'لدى الولايات المتحدة' does not turn the Russian embassy American."""
    ms = extract("وقالت السفارة الروسية لدى الولايات المتحدة إن ذلك غير صحيح.").mentions
    embassy = next(m for m in ms if "السفارة" in m.surface)
    assert embassy.country == "RU"


def _mentions(text: str):
    return [(m.surface, m.country, m.how) for m in extract(text).mentions]


@pytest.mark.parametrize(("text", "seat", "person", "country"), [
    ("أما المتحدث باسم الكرملين دميتري بسكوف فقال إن موسكو لا تتدخل.", "الكرملين", "دميتري بسكوف", "RU"),
    ("وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن ذلك كذب.", "وزارة الخارجية الروسية", "ماريا زاخاروفا", "RU"),
    ("وقالت المتحدثة باسم الخارجية الصينية ماو نينغ إن التقرير ملفق.", "الخارجية الصينية", "ماو نينغ", "CN"),
    ("نفت السفارة الصينية في كانبرا التقرير، وقال المتحدث باسم السفارة لي وي إن بكين لا تتدخل.", "السفارة", "لي وي", "CN"),
])
def test_actors_spokesperson_and_the_seat_he_speaks_for(text, seat, person, country):
    """"المتحدث باسم X فلان": both X and the spokesperson are actors of X's country; only he acts."""
    got = _mentions(text)
    assert (seat, country, "seat") in got, got
    assert (person, country, "title") in got, got
    events = extract(text).events
    assert all(e.source is None or e.source.how != "seat" for e in events if hasattr(e, "source"))


@pytest.mark.parametrize(("text", "person", "country"), [
    ("يتنافس في الانتخابات الكندية رئيس الوزراء الليبرالي مارك كارني وزعيم حزب المحافظين بيير بواليفر.", "مارك كارني", "CA"),
    ("يتنافس في الانتخابات الكندية رئيس الوزراء الليبرالي مارك كارني وزعيم حزب المحافظين بيير بواليفر.", "بيير بواليفر", "CA"),
    ("وقال وزير الدولة البريطاني لشؤون أوروبا ليو دوكيرتي إن روسيا مسؤولة.", "ليو دوكيرتي", "GB"),
    ("وتتقدم في الانتخابات البولندية عمدة العاصمة وارسو رافال تشاسكوفسكي.", "رافال تشاسكوفسكي", "PL"),
    ("تشهد الانتخابات البولندية منافسة، ثم سلافومير منتسن مرشح حزب الكونفدرالية.", "سلافومير منتسن", "PL"),
    ("وفي الانتخابات البولندية عدة أسماء، بينهم ماغدالينا بيات مرشحة حزب اليسار، وشيمون هولوفنيا رئيس مجلس النواب.",
     "ماغدالينا بيات", "PL"),
    ("وفي الانتخابات البولندية عدة أسماء، بينهم ماغدالينا بيات مرشحة حزب اليسار، وشيمون هولوفنيا رئيس مجلس النواب.",
     "شيمون هولوفنيا", "PL"),
    ("قبل الانتخابات الكندية قالت فانيسا لويد، نائبة مدير جهاز الاستخبارات الكندي، إن الصين تتدخل.", "فانيسا لويد", "CA"),
])
def test_actors_unlisted_person_by_title_before_or_after(text, person, country):
    """A name no list knows, with its title before or after it, is a person of the title's or the election's country."""
    got = _mentions(text)
    assert any(s == person and c == country for s, c, _ in got), got


def test_actors_a_state_after_a_title_is_the_object_unless_a_name_follows():
    """"اتهم الرئيس روسيا بالتدخل": Russia stays an actor (the accused), not the president's country."""
    got = _mentions("واتهم الرئيس الأمريكي روسيا بالتدخل في الانتخابات. واتهم الرئيس روسيا بالتدخل في الانتخابات.")
    assert [c for s, c, _ in got if s == "روسيا"] == ["RU", "RU"], got


@pytest.mark.parametrize(("text", "person", "country"), [
    ("في المقابل، رفض السفير الأمريكي لدى صربيا كريستوفر هيل هذه الاتهامات.", "كريستوفر هيل", "US"),
    ("وفي الانتخابات الكندية رد زعيم المحافظين بيير بواليفر بأن ترودو يكذب.", "بيير بواليفر", "CA"),
    ("تصدّر الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني انتخابات برلمان إقليم كردستان.", "مسعود بارزاني", "IQ"),
    ("وقال وزير الإعلام في الحكومة المؤقتة مرتضى سولنغي إن الانتخابات الباكستانية نزيهة.", "مرتضى سولنغي", "PK"),
    ("وقال كبير أمناء مجلس الوزراء يوشيماسا هاياشي إن الانتخابات اليابانية آمنة.", "يوشيماسا هاياشي", "JP"),
])
def test_actors_titles_with_complements(text, person, country):
    """Between a title and a name: 'لدى X', a genitive ('رئيس المكتب'), 'في الحكومة المؤقتة'; 'بزعامة' is a title."""
    got = _mentions(text)
    assert any(s == person and c == country for s, c, _ in got), got


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("أربيل: «الشرق الأوسط»\n\nتصاعدت الاتهامات بعد انتخابات برلمان إقليم كردستان. وقال قيادي إن إيران تدخلت.", "قيادي", "IQ"),
    ("يون يتهم كوريا الشمالية\n\nسيول، 12 ديسمبر (يونهاب) -- رفضت اللجنة الوطنية للانتخابات مزاعم الرئيس.",
     "اللجنة الوطنية للانتخابات", "KR"),
    ("وتتهم حركة الجيل الجديد في إقليم كردستان العراق الحزبين الحاكمين بالتلاعب.", "حركة الجيل الجديد", "IQ"),
])
def test_actors_of_the_election_country(text, surface, country):
    """Regions and datelines make the election's country; bodies, parties and officials with no nationality take it."""
    assert _mention(text, surface).country == country


def test_actors_a_shortened_name_is_the_full_name_of_the_article():
    """"الحزب الديمقراطي" after "الحزب الديمقراطي الكردستاني" is the Kurdish party, not the American one."""
    got = _mentions("تصدّر الحزب الديمقراطي الكردستاني الانتخابات. وقال قيادي في الحزب الديمقراطي إن النتائج واضحة.")
    assert [c for s, c, _ in got if s.startswith("الحزب الديمقراطي")] == ["IQ", "IQ"], got


def test_actors_a_quoted_party_name_is_one_actor_of_the_election_country():
    """'ائتلاف "صربيا ضد العنف"' is a Serbian coalition, not Serbia."""
    got = _mentions('بلغراد - رويترز\n\nبعد الانتخابات الصربية اتهم ائتلاف "صربيا ضد العنف" المعارض الحكومة بالتزوير.')
    assert any(s.startswith('ائتلاف "صربيا ضد العنف') and c == "RS" for s, c, _ in got), got
    assert not any(s == "صربيا" for s, c, _ in got), got


@pytest.mark.parametrize(("text", "surface", "country"), [
    ('"مكتب حماية السيادة" المجري يتهم واشنطن بتمويل التأثير على الناخبين.', '"مكتب حماية السيادة', "HU"),
    ('اتهم "مكتب حماية السيادة" في المجر الولايات المتحدة بتمويل منظمات.', '"مكتب حماية السيادة', "HU"),
    ('وأشار المركز الأوكراني بأصابع الاتهام إلى "شبكات الكرملين".', "شبكات الكرملين", "RU"),
])
def test_actors_a_body_named_in_quotes(text, surface, country):
    """A body named in quotes is one actor, of the country inside the quotes, after them, or in 'في X'."""
    m = _mention(text, surface.strip('"'))
    assert m.country == country, (m.surface, m.country)


@pytest.mark.parametrize(("text", "person", "country"), [
    ('مونتيفيديو (أ ف ب) - فاز في الانتخابات الرئاسية في الأوروغواي ياماندو أورسي على منافسه، وقال الرئيس المنتهية '
     'ولايته لويس لاكايي بو إنه يهنئه.', "لويس لاكايي بو", "UY"),
    ('"مكتب حماية السيادة" المجري يتهم واشنطن. وقال رئيس المكتب تاماش لانتسي إن التقرير دقيق.', "تاماش لانتسي", "HU"),
])
def test_actors_names_behind_genitives_and_quotes(text, person, country):
    """A quoted outlet or an anaphoric genitive between a title and a name; a name stops at a quote."""
    got = _mentions(text)
    assert any(s == person and c == country for s, c, _ in got), got


def test_actors_a_quote_closes_a_name():
    """'رئيس تحرير "أتلاتسو" تاماش بودوكي': the outlet in quotes is not part of the editor's name."""
    got = _mentions('بودابست - يورونيوز\n\nفي الانتخابات المجرية ورد رئيس تحرير "أتلاتسو" تاماش بودوكي بأن التقرير كاذب.')
    assert "تاماش بودوكي" in [s for s, _, _ in got], got


@pytest.mark.parametrize(("text", "person", "country"), [
    # a representative "عن ولاية X" and a governor "حاكم ولاية X": the state gives the country
    ("ومن بين المستهدفين السيناتورة الجمهورية عن ولاية تينيسي مارشا بلاكبيرن.", "مارشا بلاكبيرن", "US"),
    ("والنائب الجمهوري عن ولاية ألاباما باري مور من أشد المنتقدين.", "باري مور", "US"),
    ("وقال حاكم ولاية مينيسوتا تيم والز إن الفيديو مفبرك.", "تيم والز", "US"),
    # the director of a body the gazetteer knows sits in it
    ("قالت مديرة وكالة الأمن السيبراني جين إيسترلي إن الوكالة لم ترصد أي نشاط.", "جين إيسترلي", "US"),
    # a nisba-like word after a name ends the name; it is not the person's nationality
    ("تصدر ائتلاف بزعامة رئيس الوزراء محمد شياع السوداني نتائج بغداد في الانتخابات البرلمانية العراقية.",
     "محمد شياع", "IQ"),
])
def test_actors_titles_with_regions_and_bodies(text, person, country):
    """Names after a title's region or known body, with the country the region or body gives."""
    got = _mentions(text)
    assert any(s == person and c == country for s, c, _ in got), got


def test_actors_a_known_body_after_a_title_is_a_seat():
    """'مديرة وكالة الأمن السيبراني جين إيسترلي': the agency is listed as where she sits, not as an actor of its own."""
    got = _mentions("قالت مديرة وكالة الأمن السيبراني جين إيسترلي إن الوكالة لم ترصد أي نشاط.")
    assert ("وكالة الأمن السيبراني", "US", "seat") in got, got


def test_actors_names_with_a_hamza_alef_and_a_joined_party():
    """"ألكسندر" is a first name, not the article "ال"; "وحزبه" after the name is someone else."""
    text = "وقالت المعارضة الصربية إن واشنطن لم تتقبل فوز الرئيس ألكسندر فوتشيتش وحزبه في انتخابات صربيا."
    m = _mention(text, "ألكسندر فوتشيتش")
    assert m.surface == "ألكسندر فوتشيتش" and m.kind == "person"


def test_actors_a_party_named_in_full_keeps_its_country_when_shortened():
    """"حزب العمال البريطاني" then "حزب العمال" in a story on the US election: the same British party."""
    text = ("اتهمت حملة ترامب حزب العمال البريطاني بالتدخل في الانتخابات الأمريكية.\n\n"
            "وقال متحدث باسم حزب العمال إن الاتهامات لا أساس لها.")
    found = [m for m in extract(text).mentions if m.surface.startswith("حزب العمال")]
    assert len(found) == 2 and {m.country for m in found} == {"GB"} and len({m.actor_id for m in found}) == 1


def test_actors_a_name_before_its_title_may_open_with_a_hamza_alef():
    """"وقال أليكسي بوشكوف رئيس لجنة …": the name before the title opens with "أل", not the article."""
    m = _mention("وقال أليكسي بوشكوف رئيس لجنة الإعلام في مجلس الاتحاد الروسي إن الاتهامات باطلة.", "أليكسي بوشكوف")
    assert m.surface == "أليكسي بوشكوف" and m.kind == "person"


@pytest.mark.parametrize(("text", "surface"), [
    ("وقال جوناس غار ستور للإذاعة العامة النرويجية إن ماسك يتدخل.", "للإذاعة العامة النرويجية"),  # ل + ال
    ("وقال الرئيس وللإذاعة العامة النرويجية تقرير آخر.", "للإذاعة العامة النرويجية"),  # و + ل + ال
    ("وقالت الإذاعة العامة النرويجية إن ماسك يتدخل.", "الإذاعة العامة النرويجية"),
])
def test_actors_a_body_read_through_a_preposition_is_named_with_its_article(text, surface):
    """The mention keeps the article's letters ("للإذاعة …"); the actor's name is the body's own."""
    m = _mention(text, surface)
    assert m.surface == surface and text[m.start:m.end] == surface
    assert m.name_ar == "الإذاعة العامة النرويجية" and m.country == "NO"


def test_actors_officials_with_no_nationality_are_named_as_the_article_spells_them():
    """'الحكومة' of the election's country is called so, not by the folded form the phrase lists match on."""
    text = "اتهامات بالتدخل في انتخابات مولدوفا\n\nكيشيناو - قالت الحكومة إن روسيا تدخلت، ونفت المعارضة ذلك."
    government, opposition = _mention(text, "الحكومة"), _mention(text, "المعارضة")
    assert (government.name_ar, government.country) == ("الحكومة", "MD")
    assert (opposition.name_ar, opposition.country) == ("المعارضة", "MD")
    assert "الحكومه" not in government.name_en and government.name_en.endswith("(MD)")


def test_actors_a_relative_ma_after_a_name_is_not_part_of_it():
    """"نفى … هيورهي تيخي ما ورد في التقرير": the spokesman is هيورهي تيخي; "ما" opens what he denied."""
    text = "وفي كييف، نفى المتحدث باسم وزارة الخارجية الأوكرانية هيورهي تيخي ما ورد في التقرير."
    person = _mention(text, "هيورهي تيخي")
    assert (person.surface, person.name_ar, person.country) == ("هيورهي تيخي", "هيورهي تيخي", "UA")


def test_actors_token_memory_forgets_past_its_bound_and_finds_the_same(monkeypatch):
    """The per-token memory of table starts (actors._starts) is cleared when full: the mentions stay the same."""
    from pathlib import Path

    from core import actors
    from core.text import prepare

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    texts = [prepare(p.read_text(encoding="utf-8")) for p in seeds]
    expected = [actors.find_mentions(t) for t in texts]
    monkeypatch.setattr(actors, "_STARTS_MAX", 3)
    actors._STARTS.clear()
    assert [actors.find_mentions(prepare(t.original)) for t in texts] == expected
    assert expected and all(len(seen) <= 3 for seen in actors._STARTS.values())
    actors._STARTS.clear()


@pytest.mark.parametrize(("text", "person", "country"), [
    # a senator with no nationality sits in the election country's senate
    ("تجري الانتخابات الفلبينية في مايو. وقال السيناتور فرانسيس تولنتينو إن بكين تتدخل.", "فرانسيس تولنتينو", "PH"),
    ("تجري الانتخابات الفلبينية في مايو. ورد رئيس اللجنة السيناتور فرانسيس تولنتينو على الصين.", "فرانسيس تولنتينو", "PH"),
])
def test_actors_eighth_batch_titles_of_the_election_country(text, person, country):
    """Titles met first in the eighth batch of unseen articles name someone of the election's country."""
    m = _mention(text, person)
    assert (m.surface, m.country) == (person, country)


@pytest.mark.parametrize(("text", "person", "country"), [
    # "صناديق الاقتراع التركية": the ballot's adjective names the election's country
    ("\"أيادٍ أجنبية\" في صناديق الاقتراع التركية\n\nقال وزير الداخلية سليمان صويلو إن الولايات المتحدة تتدخل، "
     "ورد المتحدث باسم الخارجية الأمريكية بأن واشنطن لا تتدخل.", "سليمان صويلو", "TR"),
    # but polling stations abroad ("مراكز الاقتراع في إيطاليا") are not the election's country
    ("اصطف الناخبون أمام مراكز الاقتراع في إيطاليا وفي إيطاليا أيضا. وقال الرئيس إيغور دودون إن الانتخابات في مولدوفا "
     "نزيهة، وإن مولدوفا لا تحتاج دروسا.", "إيغور دودون", "MD"),
])
def test_actors_the_ballot_names_the_election_country(text, person, country):
    """"الاقتراع" with a nationality adjective votes for the election's country, like "الانتخابات"."""
    m = _mention(text, person)
    assert (m.surface, m.country) == (person, country)


@pytest.mark.parametrize(("text", "person"), [
    # the surname recurs alone later, the word after it does not: it is no part of the name
    ("تنتهي الانتخابات التركية غدا. بدأ وزير الداخلية سليمان صويلو مبكرا. ثم ذهب صويلو أبعد في حديث لقناة تركية.",
     "سليمان صويلو"),
    ("وقال مدير جهاز الاستخبارات الخارجية الروسي سيرغي ناريشكين نُشرت تصريحاته أمس. وكان ناريشكين قد زعم ذلك.",
     "سيرغي ناريشكين"),
    # a third name word that recurs stays: "لولا" is the name the article goes on with
    ("وقال الرئيس البرازيلي لويس إيناسيو لولا إن الانتخابات نزيهة. ورد لولا على المنتقدين.", "لويس إيناسيو لولا"),
])
def test_actors_a_recurring_surname_ends_a_name(text, person):
    """A name after a title ends at a surname the article uses alone, not at the word after it."""
    assert _mention(text, person).surface == person


@pytest.mark.parametrize(("text", "person", "country"), [
    # a title before an election body of the election country: the name follows the body
    ("تتواصل أزمة الانتخابات الكينية. أعلن رئيس اللجنة المستقلة للانتخابات والحدود وافولا تشيبوكاتي النتائج. "
     "ورفض تشيبوكاتي رواية المبلغ.", "وافولا تشيبوكاتي", "KE"),
    ("تتواصل أزمة الانتخابات الكينية. أعلن رئيس لجنة الانتخابات وافولا تشيبوكاتي النتائج.", "وافولا تشيبوكاتي", "KE"),
])
def test_actors_the_head_of_an_election_body_is_named_after_it(text, person, country):
    """"رئيس لجنة الانتخابات X": the body is where the person sits, X is the person, of the election country."""
    m = _mention(text, person)
    assert (m.surface, m.country) == (person, country)


def test_actors_a_time_adverb_after_a_title_is_no_name():
    """"الرئيس آنذاك أوهورو كينياتا": "آنذاك" (then) dates the office; the name is the two words after it."""
    text = "تتواصل أزمة الانتخابات الكينية. وقال الرئيس آنذاك أوهورو كينياتا إن الاقتراع نزيه. ورد كينياتا على المعارضة."
    assert _mention(text, "أوهورو كينياتا").surface == "أوهورو كينياتا"


def test_actors_a_surname_recurring_alone_ends_a_name_even_when_the_next_word_recurs():
    """"وافولا تشيبوكاتي فوز روتو" … "على فوز روتو" … "رفض تشيبوكاتي": the surname recurs on its own, so
    "فوز" (met elsewhere, but never after the surname) is no part of the name."""
    text = ("تتواصل أزمة الانتخابات الكينية. أعلن الرئيس آنذاك وافولا تشيبوكاتي فوز روتو. وصادقت المحكمة على فوز روتو. "
            "ورفض تشيبوكاتي رواية المبلغ.")
    assert _mention(text, "وافولا تشيبوكاتي").surface == "وافولا تشيبوكاتي"
