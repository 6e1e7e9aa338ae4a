"""The chart component: the plotly.js it bundles matches Python plotly's, and its clicks read like st.plotly_chart's."""
from __future__ import annotations

import json
import re

import plotly.offline

from dashboard.chart import FRONTEND
from dashboard.components import selected_custom


def test_dashboard_chart_bundle_is_the_plotly_js_python_plotly_ships():
    """Figures built by Python plotly are drawn by the same plotly.js version (a scatter-only bundle),
    the one the frame loads, and its build pins that version too."""
    head = (FRONTEND / "plotly-scatter.min.js").read_text(encoding="utf-8")[:300]
    version = re.search(r"plotly\.js \(scatter - minified\) v(\S+)", head)
    assert head.startswith("//# allFunctionsCalledOnLoad\n")  # compiled off the main thread (plotly-bundle/build.js)
    assert version and version[1] == plotly.offline.get_plotlyjs_version()
    assert (FRONTEND / "LICENSE-plotly.js.txt").read_text(encoding="utf-8").startswith("MIT License")
    assert '<script src="plotly-scatter.min.js"></script>' in (FRONTEND / "index.html").read_text(encoding="utf-8")
    build = json.loads((FRONTEND / "plotly-bundle" / "package.json").read_text(encoding="utf-8"))
    assert build["devDependencies"]["plotly.js"] == plotly.offline.get_plotlyjs_version()


def test_dashboard_chart_click_value_reads_like_plotly_chart_state():
    """The component's value for a click is what selected_custom reads from st.plotly_chart's state."""
    value = {"selection": {"points": [{"customdata": ["actor", "putin"]}]}}
    assert selected_custom(value, 0) == ["actor"] and selected_custom(value, 1) == ["putin"]
    assert selected_custom(None) == []


def test_dashboard_chart_frontend_only_hands_the_figure_to_plotly():
    """The frame draws the figure it is sent with Plotly and never writes it as HTML; it listens to its page only."""
    page = (FRONTEND / "index.html").read_text(encoding="utf-8")
    assert "Plotly.react(" in page and "innerHTML" not in page and "document.write" not in page
    assert "event.source !== window.parent" in page
