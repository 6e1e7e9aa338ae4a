"""Raqib dashboard — the router: page config, navigation, the shared sidebar filters.

Run: `streamlit run dashboard/server.py` (bundled seeds/), or `RAQIB_CORPUS=DIR streamlit run dashboard/server.py`:
this script inside Streamlit's server with `dashboard/page_serving.py`'s additions (`streamlit run
dashboard/app.py` runs it without them).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run` puts dashboard/ on the path, not the project root
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import filters  # noqa: E402
from dashboard.data import refresh_tables  # noqa: E402

PAGES = Path(__file__).parent / "app_pages"

# Our own favicon: without one, the browser tab shows each page's Material icon, which Streamlit
# fetches from fonts.gstatic.com on every page load (a request to Google, failing offline).
st.set_page_config(page_title="Raqib · رقيب — election-interference monitor",
                   page_icon=str(Path(__file__).parent / "static" / "favicon.png"), layout="wide")

TIMELINE = dict(title="Timeline · الخط الزمني", icon=":material/timeline:")
# URLs: the timeline is the default page, served at `/`; a hidden second entry for the same script
# makes `/timeline` work too (shared links, the README). Every other page lives at `/<url_path>`.
pages = [
    st.Page("app_pages/timeline.py", **TIMELINE, url_path="home", default=True),
    st.Page("app_pages/timeline.py", **TIMELINE, url_path="timeline", visibility="hidden"),
    st.Page("app_pages/network.py", title="Actor network · الشبكة", icon=":material/hub:", url_path="network"),
    st.Page("app_pages/claims.py", title="Accusations ↔ denials", icon=":material/compare_arrows:", url_path="claims"),
    st.Page("app_pages/articles.py", title="Articles · المقالات", icon=":material/article:", url_path="articles"),
    st.Page("app_pages/data.py", title="Data · البيانات", icon=":material/table_view:", url_path="data"),
]
if (PAGES / "add.py").exists():  # written by another engineer; listed only once it exists
    pages.append(st.Page("app_pages/add.py", title="Add articles · إضافة", icon=":material/add_circle:", url_path="add"))

page = st.navigation(pages)
tables = refresh_tables()
with st.sidebar:
    st.markdown("**Raqib · رقيب** — Arabic news on election interference")
filters.sidebar(tables)
if len(tables.problems):
    st.sidebar.warning(f"{len(tables.problems)} corpus problem(s) while loading — see the Data page.", icon=":material/warning:")
page.run()
