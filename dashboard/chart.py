"""Interactive Plotly charts drawn by a light component instead of `st.plotly_chart`.

`st.plotly_chart` loads plotly.js's full bundle (4.7 MB) in every new page, and evaluating it cost
1–2 s before anything was drawn (BENCHMARKS.md). Our charts use scatter traces, error bars,
shapes and annotations only, which plotly.js's core draws the same: `chart_frontend/` holds it
as a scatter-only bundle (1.1 MB, MIT), built by `chart_frontend/plotly-bundle/` the way plotly.js's own
custom bundles are. The component sends a click back in the shape `st.plotly_chart`'s state has
({"selection": {"points": [{"customdata": …}]}}), so `components.selected_custom` reads both.
"""
from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
import streamlit.components.v1 as components

FRONTEND = Path(__file__).resolve().parent / "chart_frontend"
_chart = components.declare_component("raqib_chart", path=str(FRONTEND))


def plotly_chart(fig: go.Figure | str, *, key: str, config: dict | None = None) -> dict | None:
    """Draw `fig` (a figure, or one already as JSON) full width at its layout height; the last
    click's points, or None before any."""
    spec = fig if isinstance(fig, str) else fig.to_json()
    return _chart(spec=spec, config=config or {}, key=key, default=None)
