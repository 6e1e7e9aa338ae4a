"""Raqib's web server: Streamlit's own (`st.App`) around the dashboard, with two additions.

Run: `streamlit run dashboard/server.py` (bundled seeds/), or `RAQIB_CORPUS=DIR streamlit run dashboard/server.py`.
`dashboard/app.py` is the dashboard itself; `streamlit run dashboard/app.py` runs the same pages
without the additions (`dashboard/page_serving.py`: every page says where its server is, so an
address other than `/` opens 0.1 s sooner; plotly.js is compressed once and can be revalidated).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # `streamlit run` puts dashboard/ on the path, not the project root
    sys.path.insert(0, str(HERE.parent))

import streamlit as st  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from dashboard.page_serving import PageServing  # noqa: E402

app = st.App(HERE / "app.py", middleware=[Middleware(PageServing)])
