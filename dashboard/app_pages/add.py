"""Add articles: paste text or upload files, preview what the extractor finds, save into the corpus."""
from datetime import date

import streamlit as st

from dashboard.components import evidence_card, header
from dashboard.data import clear_caches, corpus_root, load_tables
from dashboard.rtl import arabic, block, escape, render
from dashboard.views import adding
from dashboard.views.cards import article_meta_html, legend_html
from dashboard.views.evidence import actor_names, article_spans

RESULTS_KEY = "_raqib_add_results"  # the last save's messages, shown above the form
UPLOADS_KEY = "_raqib_add_uploads"  # bumped after a save: a new key empties the file uploader
RTL_INPUTS_CSS = """<style>
.st-key-add_text textarea, .st-key-add_title input, .st-key-add_outlet input {
  direction: rtl; text-align: right; font-size: 1.1rem; line-height: 1.8;
}
</style>"""
EVENT_COLUMNS = ["event_id", "event_type", "date", "date_precision", "source_name_en", "source_name_ar",
                 "source_country", "target_name_en", "target_name_ar", "target_country", "cue", "text"]

header("Add articles · إضافة مقالات",
       "Paste an Arabic article or upload .txt, .html, .json or .jsonl files, give its outlet, date, URL and title, "
       "preview what the extractor finds, then save it into the corpus: every page shows it at once.")
root = corpus_root()
st.caption(f"Saving into the corpus folder `{root}` (set RAQIB_CORPUS=DIR to use another).")
st.html(RTL_INPUTS_CSS)  # constant CSS only: no article text ever goes into it


def show_results(rows: list[dict]) -> None:
    """The messages of the last save, each naming its file."""
    for row in rows:
        where = f"**{adding.md_escape(row['source'])}**" + (f" → `{row['stored_as']}`" if row["stored_as"] else "")
        message = adding.md_escape(row["message"])
        if row["severity"] == "saved":
            st.success(f"{where}: saved · حُفظ", icon="✅")
            aid = row["stored_as"].rsplit(".", 1)[0]
            st.page_link("app_pages/articles.py", label=f"Read {aid} · اقرأ المقال", icon="📰",
                         query_params={"article": aid})
        elif row["severity"] == "warning":
            st.warning(f"{where}: {message}", icon="⚠️")
        else:
            st.error(f"{where}: {message}", icon="⛔")


if RESULTS_KEY in st.session_state:
    st.subheader("Last save · آخر حفظ")
    show_results(st.session_state[RESULTS_KEY])
    if st.button("Dismiss", key="add_dismiss"):
        del st.session_state[RESULTS_KEY]
        st.rerun()

mode = st.radio("Source", ["Paste text · لصق نص", "Upload files · رفع ملفات"], key="add_mode", horizontal=True)
pasting = mode.startswith("Paste")
if pasting:
    text = st.text_area("Article text (Arabic) · نص المقال", key="add_text", height=260,
                        placeholder="الصق نص المقال هنا…")
    uploads = []
else:
    text = ""
    uploads = st.file_uploader("Article files (.txt, .html, .json, or .jsonl with one article per line)",
                               type=list(adding.UPLOAD_TYPES), accept_multiple_files=True,
                               key=f"add_files_{st.session_state.get(UPLOADS_KEY, 0)}")

st.markdown("**Metadata · البيانات الوصفية** — empty fields are taken from the file (JSON fields, HTML title) "
            "or, for the date, from the text.")
c1, c2 = st.columns(2)
outlet = c1.text_input("Outlet · الوسيلة", key="add_outlet")
published = c2.date_input("Publication date · تاريخ النشر", value=None, min_value=date(1990, 1, 1),
                          max_value=date(2100, 12, 31), format="YYYY-MM-DD", key="add_published")
url = c1.text_input("URL · الرابط", key="add_url", placeholder="https://…")
title = c2.text_input("Title · العنوان", key="add_title")
meta = adding.form_meta(outlet, published, url, title)

b1, b2, _ = st.columns([1, 1, 4])
do_preview = b1.button("Preview · معاينة", key="add_preview", icon="🔍", width="stretch")


def save() -> None:
    """Button callback (runs before the script, so the form can be emptied): store, then drop the cached tables."""
    state = st.session_state  # read the widgets' values here: this runs before the script draws them
    pasting = str(state.get("add_mode", "Paste")).startswith("Paste")
    meta = adding.form_meta(state.get("add_outlet"), state.get("add_published"), state.get("add_url"),
                            state.get("add_title"))
    root = corpus_root()
    if pasting:
        body = state.get("add_text") or ""
        results = adding.save_text(root, body, meta) if body.strip() else []
    else:
        files = state.get(f"add_files_{state.get(UPLOADS_KEY, 0)}") or []
        results = [r for f in files for r in adding.save_upload(root, f.name, f.getvalue(), meta)]
    if not results:
        state[RESULTS_KEY] = [{"source": "Save", "stored_as": None, "severity": "error",
                               "message": "nothing to save: paste a text or choose files first"}]
        return
    state[RESULTS_KEY] = adding.result_rows(results)
    if any(r.ok for r in results):
        clear_caches()  # every page reads the new corpus on this very rerun
        if pasting:
            state["add_text"] = ""
            state["add_title"] = ""
            state["add_url"] = ""
        else:
            state[UPLOADS_KEY] = state.get(UPLOADS_KEY, 0) + 1


b2.button("Save · حفظ", key="add_save", icon="💾", type="primary", width="stretch", on_click=save)


def candidates() -> list[adding.Candidate]:
    if pasting:
        return [adding.from_text(text, meta)] if text.strip() else []
    return [c for f in uploads or [] for c in adding.from_upload(f.name, f.getvalue(), meta)]


def show_preview(candidate: adding.Candidate, existing) -> None:
    """What the extractor finds in one candidate, rendered RTL and escaped."""
    src = adding.md_escape(candidate.source)
    for note in candidate.notes:
        st.warning(f"**{src}**: {adding.md_escape(note)}", icon="⚠️")
    if candidate.error:
        st.error(f"**{src}**: would not be stored: {adding.md_escape(candidate.error)}", icon="⛔")
        return
    twin = adding.duplicate_of(candidate.text, existing)
    if twin:
        st.warning(f"**{src}**: already in the corpus as {adding.md_escape(twin)} (same text after normalisation); "
                   "Save will refuse it.", icon="♊")
    tables = adding.preview(candidate)
    article = tables.articles.iloc[0]
    render(block(f"<h3 style='margin:0'>{escape(article['title']) or escape(candidate.source)}</h3>",
                 testid="rtl-preview-title"))
    render(article_meta_html(article))
    events, mentions = tables.events, tables.mentions
    counts = events["event_type"].value_counts()
    cols = st.columns(4)
    cols[0].metric("Actor mentions · إشارات", len(mentions))
    cols[1].metric("Events · أحداث", len(events))
    cols[2].metric("Accusations · اتهامات", int(counts.get("accuse", 0)))
    cols[3].metric("Denials · نفي", int(counts.get("deny", 0)))
    if len(events):
        st.markdown("**Events · الأحداث**")
        st.dataframe(events[[c for c in EVENT_COLUMNS if c in events]], hide_index=True, width="stretch")
    claims = events[events["event_type"].isin(["accuse", "deny"])]
    if len(claims):
        st.markdown("**Accusations and denials · الاتهامات والنفي**")
        for _, event in claims.sort_values("start").iterrows():
            evidence_card(event, tables, link=False)
    if len(mentions):
        with st.expander(f"Actor mentions ({len(mentions)}) · الفاعلون"):
            names = actor_names(tables.actors)
            shown = mentions.assign(name=mentions["actor_id"].map(names))
            st.dataframe(shown[[c for c in ["surface", "actor_id", "name", "country", "how", "start", "end"]
                                if c in shown]], hide_index=True, width="stretch")
    with st.expander("Text with highlights · النص", expanded=not len(events)):
        render(legend_html())
        render(arabic(candidate.text, article_spans("preview", mentions, events, actor_names(tables.actors)),
                      testid="rtl-preview"))


if do_preview:
    found = candidates()
    if not found:
        st.info("Paste a text or choose files first.", icon="✍️")
    existing = load_tables().articles
    st.subheader("Preview · معاينة")
    for i, candidate in enumerate(found):
        if i >= adding.PREVIEW_LINES:
            st.caption(f"{len(found) - i} more article(s) not previewed.")
            break
        with st.container(border=True, key=f"add_preview_{i}"):
            st.markdown(f"##### {i + 1}. {adding.md_escape(candidate.source)}")
            show_preview(candidate, existing)

