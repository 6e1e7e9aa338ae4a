"""Figure exports: PNG through kaleido (which drives the system Chromium) and standalone HTML."""
from __future__ import annotations

import plotly.graph_objects as go

PRESENTER_SIZE = (1920, 1080)


def to_png(fig: go.Figure, width: int = PRESENTER_SIZE[0], height: int = PRESENTER_SIZE[1]) -> bytes:
    """PNG bytes at presenter size. Arabic is shaped by Chromium with the system's Noto fonts."""
    return fig.to_image(format="png", width=width, height=height, scale=1)


def to_html(fig: go.Figure, title: str = "Raqib") -> bytes:
    """A self-contained HTML page (plotly.js inlined: works offline)."""
    page = fig.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False})
    page = page.replace("<head>", f'<head><meta charset="utf-8"><title>{title}</title>', 1)
    return page.encode("utf-8")
