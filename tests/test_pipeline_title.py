"""An article without a manifest title is titled by its first line, past image credits and captions."""
import pytest

from core.model import Article
from core.pipeline import with_title


@pytest.mark.parametrize(("text", "title"), [
    ("روسيا تنفي التدخل في الانتخابات\n\nموسكو - نفى الكرملين …", "روسيا تنفي التدخل في الانتخابات"),
    ("صدر الصورة، Getty Images\nروسيا تنفي التدخل في الانتخابات\nنص", "روسيا تنفي التدخل في الانتخابات"),
    ("\nصدر الصورة، Reuters\nالتعليق على الصورة، ناخبون في أتلانتا\n\nإيران تنفي\nنص", "إيران تنفي"),
    ("مصدر الصورة: وكالة الأنباء\nحقوق الصورة AFP\nبكين ترفض الاتهامات", "بكين ترفض الاتهامات"),
])
def test_title_is_the_first_line_that_is_not_a_credit_or_caption(text, title):
    assert with_title(Article("a1", "a1.txt", text)).title == title


def test_a_manifest_title_is_kept():
    assert with_title(Article("a1", "a1.txt", "صدر الصورة، AFP\nنص", title="عنوان الناشر")).title == "عنوان الناشر"
