"""The dashboard's Add page: preview what the extractor finds, save into the corpus, refuse bad input.

Every test works on a temporary copy of the bundled seeds (RAQIB_CORPUS) with a temporary
extraction cache (RAQIB_CACHE_DIR): the repository's seeds/ is never written.
"""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.views import adding

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
APP = str(ROOT / "dashboard" / "app.py")

ARTICLE = ("واشنطن - اتهمت وزارة الخارجية الأمريكية روسيا بالتدخل في الانتخابات المولدوفية عبر حملات تضليل.\n"
           "ونفى الكرملين هذه الاتهامات ووصفها بأنها لا أساس لها.\n")
SCRIPTED = ("اتهمت وزارة الخارجية الأمريكية إيران بالتدخل في الانتخابات. <script>alert(1)</script>\n"
            "ونفت بعثة إيران لدى الأمم المتحدة ذلك <img src=x onerror=alert(2)>.\n")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A temporary copy of the seeds, which the dashboard reads and writes through RAQIB_CORPUS."""
    folder = Path(shutil.copytree(SEEDS, tmp_path / "corpus"))
    monkeypatch.setenv("RAQIB_CORPUS", str(folder))
    monkeypatch.setenv("RAQIB_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


def add_page(**meta) -> AppTest:
    """The app on its Add page, with the metadata fields filled in."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/add.py")
    at.run()
    assert not at.exception, at.exception
    for key in ("outlet", "url", "title"):
        if key in meta:
            at.text_input(key=f"add_{key}").input(meta[key])
    if "published" in meta:
        at.date_input(key="add_published").set_value(meta["published"])
    return at


def paste(at: AppTest, text: str, button: str) -> AppTest:
    at.text_area(key="add_text").input(text)
    at.button(key=f"add_{button}").click()
    at.run()
    assert not at.exception, at.exception
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(el.proto.body for el in at.get("html"))


def test_add_preview_shows_what_the_extractor_finds_and_stores_nothing(corpus):
    """Preview lists the events, the accusation and the denial, mentions and the publication date, and writes nothing."""
    before = snapshot(corpus)
    at = paste(add_page(outlet="Test Outlet", published=date(2024, 10, 21)), ARTICLE, "preview")
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Accusations · اتهامات"]) >= 1
    assert int(metrics["Denials · نفي"]) >= 1
    assert int(metrics["Actor mentions · إشارات"]) >= 2
    shown = html_of(at)
    assert 'data-testid="evidence"' in shown and "الكرملين" in shown
    assert "2024-10-21 (manifest)" in shown  # publication date and its basis
    assert 'dir="rtl"' in shown
    events = next(df.value for df in at.dataframe if "event_type" in df.value)
    assert {"accuse", "deny"} <= set(events["event_type"])
    assert snapshot(corpus) == before


def test_add_preview_finds_the_publication_date_in_the_text(corpus):
    """Without a date in the form, the preview says the date came from the text."""
    text = "نشر في 25 أكتوبر 2024\n" + ARTICLE
    at = paste(add_page(), text, "preview")
    assert "2024-10-25 (text)" in html_of(at)


def test_add_save_stores_the_article_and_every_page_shows_it(corpus):
    """Save writes the text and a manifest row, empties the text box, and the timeline lists the new events."""
    at = paste(add_page(outlet="Test Outlet", published=date(2024, 10, 21), url="https://example.org/a",
                        title="اتهام ونفي"), ARTICLE, "save")
    assert [s.value for s in at.success] and "saved" in at.success[0].value
    assert not at.error
    manifest = pd.read_csv(corpus / "manifest.csv", dtype=str, keep_default_na=False)
    row = manifest.iloc[-1]
    assert (row.outlet, row.published, row.url, row.title) == ("Test Outlet", "2024-10-21", "https://example.org/a", "اتهام ونفي")
    assert (corpus / row.file).read_text(encoding="utf-8") == ARTICLE
    assert at.text_area(key="add_text").value == ""
    new_id = row.file.rsplit(".", 1)[0]
    at.switch_page("app_pages/timeline.py")
    at.run()
    assert not at.exception, at.exception
    at.button(key="events_table_button").click().run()  # the events table is drawn when asked
    events = next(df.value for df in at.dataframe if "event_id" in df.value)
    assert any(e.startswith(f"{new_id}-") for e in events["event_id"])
    assert "Test Outlet" in at.multiselect(key="outlet").options


def test_add_duplicate_is_refused_with_its_message(corpus):
    """Saving a text already in the corpus names the existing file and changes nothing."""
    existing = (corpus / "000_48626bc91c3a8d8f.txt").read_text(encoding="utf-8")
    before = snapshot(corpus)
    at = paste(add_page(outlet="Copy"), existing, "preview")
    assert any("already in the corpus" in w.value and "000\\_48626bc91c3a8d8f" in w.value for w in at.warning)
    at.button(key="add_save").click()
    at.run()
    messages = [e.value for e in at.error]
    assert any("duplicate of 000\\_48626bc91c3a8d8f\\.txt" in m and "pasted text" in m for m in messages), messages
    assert not at.success
    assert snapshot(corpus) == before


def test_add_script_in_article_is_previewed_as_text(corpus):
    """Markup inside an article is shown escaped, never as live HTML, and stored verbatim as text."""
    at = paste(add_page(outlet="XSS"), SCRIPTED, "preview")
    shown = html_of(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<script" not in shown.lower() and "<img" not in shown.lower()
    assert "onerror=" not in shown.replace("&lt;img src=x onerror=alert(2)&gt;", "")
    at.button(key="add_save").click()
    at.run()
    assert at.success, [e.value for e in at.error]
    stored = [p for p in corpus.glob("*.txt") if "<script>" in p.read_text(encoding="utf-8")]
    assert len(stored) == 1


@pytest.mark.parametrize("text, message", [
    ("   \n  ", None),  # whitespace only: nothing to save
    ("This article has no Arabic letters at all.", "no Arabic text"),
], ids=["blank", "no-arabic"])
def test_add_bad_paste_is_refused_with_a_message(corpus, text, message):
    """A paste that cannot be an article is refused with a clear error, corpus untouched."""
    before = snapshot(corpus)
    at = paste(add_page(), text, "save")
    errors = [e.value for e in at.error]
    assert errors and (message is None or any(message in e for e in errors)), errors
    assert snapshot(corpus) == before


# ------------------------------------------------------------------ uploads (pure functions)
# AppTest cannot drive st.file_uploader: the page hands each upload to these functions.


def test_add_uploads_each_message_names_its_file(corpus):
    """Several uploads: good ones stored, bad ones refused, every message naming the uploaded file."""
    files = {
        "good.txt": ARTICLE.encode("utf-8"),
        "legacy.txt": ("اتهمت فرنسا روسيا بالتدخل في الانتخابات الأوروبية وبث أخبار كاذبة عبر الإنترنت، "
                       "وقالت الحكومة الفرنسية إن الحملة استهدفت الناخبين.").encode("cp1256"),
        "empty.txt": b"",
        "page.html": ("<html><head><title>عنوان الصفحة</title><script>x()</script></head><body>"
                      "<p>نفت الصين أي تدخل في الانتخابات التايوانية.</p><p>وقالت بكين إن الاتهامات باطلة.</p>"
                      "</body></html>").encode(),
        "one.json": '{"text": "اتهمت بولندا روسيا بمحاولة التأثير في حملتها الانتخابية.", "outlet": "JSON outlet"}'.encode(),
        "dup.txt": ARTICLE.encode("utf-8"),
    }
    results = {name: adding.save_upload(corpus, name, data, {"published": "2024-10-21"}) for name, data in files.items()}
    assert [r.ok for r in results["good.txt"]] == [True]
    assert results["legacy.txt"][0].ok and any("1256" in p.problem for p in results["legacy.txt"][0].problems)
    assert not results["empty.txt"][0].ok and "empty" in results["empty.txt"][0].problems[-1].problem
    assert results["page.html"][0].article.title == "عنوان الصفحة"
    assert results["one.json"][0].article.outlet == "JSON outlet"
    assert not results["dup.txt"][0].ok and "duplicate of good.txt" in results["dup.txt"][0].problems[-1].problem
    for name, rs in results.items():
        for row in adding.result_rows(rs):
            assert row["source"] == name, row
            assert "raqib-upload-" not in row["message"]


def test_add_upload_form_metadata_wins_over_the_file(corpus):
    """A form field overrides the JSON file's own; an empty form field keeps it."""
    data = '{"text": "اتهمت بولندا روسيا بالتدخل.", "outlet": "From file", "title": "From file"}'.encode()
    (result,) = adding.save_upload(corpus, "x.json", data, adding.form_meta(outlet="From form"))
    assert (result.article.outlet, result.article.title) == ("From form", "From file")


def test_add_upload_jsonl_gives_one_result_per_line(corpus):
    """A .jsonl upload stores each good line and names the bad line by its number."""
    data = ('{"text": "اتهمت ألمانيا روسيا بالتدخل في الانتخابات.", "outlet": "A"}\n'
            "not json\n"
            '{"text": "نفت موسكو الاتهامات الألمانية.", "outlet": "B"}\n').encode()
    candidates = adding.from_upload("batch.jsonl", data, {})
    assert [c.error is None for c in candidates] == [True, False, True]
    results = adding.save_upload(corpus, "batch.jsonl", data, {})
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].problems[-1].file == "batch.jsonl:2"


@pytest.mark.parametrize("name, data, error", [
    ("a.txt", b"\x00\x01\x02\x03binary\x00\x00\x00\x00", "binary"),
    ("a.pdf", "اتهام".encode(), "unsupported file type"),
    ("a.json", b"[1, 2]", "JSON Lines"),
    ("a.txt", b"Hello world", "no Arabic"),
])
def test_add_upload_preview_says_why_a_file_would_be_refused(name, data, error):
    """The preview of an unusable file gives the same reason Save would."""
    (candidate,) = adding.from_upload(name, data, {})
    assert candidate.error and error in candidate.error


def test_add_upload_name_cannot_leave_the_temporary_folder(corpus, tmp_path):
    """An upload named with directories is stored inside the corpus under its base name."""
    (result,) = adding.save_upload(corpus, "../../evil/..\\x.txt", ARTICLE.encode(), {})
    assert result.ok and (corpus / result.stored_as).is_file()
    assert not (tmp_path / "evil").exists()


def test_add_markdown_in_messages_is_escaped():
    """File names and messages cannot become Markdown links or HTML in st.error/st.warning."""
    assert adding.md_escape("[x](javascript:alert(1)) <b>") == "\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<b\\>"
