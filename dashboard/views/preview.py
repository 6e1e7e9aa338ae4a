"""A table's first rows as plain HTML: escaped, each cell in its own direction.

The Data page shows this instead of Streamlit's data grid on every visit: the grid's code (1.2 MB
with Arrow) cost each load of the page 0.3 s at 10,000 articles (BENCHMARKS.md), and the grid is
one switch away. Every cell is `dir="auto"`, so an Arabic cell reads right to left and an id or a
date left to right (`DataFrame.to_html` cannot set that per cell); long texts are cut, with the
whole text as the cell's tooltip.
"""
from __future__ import annotations

import pandas as pd

from dashboard.rtl import escape, shorten, text_of

CELL_CHARS = 140  # a sentence's first words: the whole text is the tooltip and in the downloads
WRAP_STYLE = "overflow:auto;max-height:34rem;border:1px solid #e6e4e1;border-radius:6px"
TABLE_STYLE = "border-collapse:collapse;font-size:0.85rem;width:100%"
HEAD_STYLE = "position:sticky;top:0;background:#F6F5F3;text-align:start;padding:4px 8px;white-space:nowrap"
CELL_STYLE = "padding:3px 8px;border-top:1px solid #eeeceb;vertical-align:top;text-align:start"


def cell_text(value: object) -> str:
    """A cell as one line of text; a timestamp at midnight (a date) without its time."""
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()
    return " ".join(text_of(value).split())


def cell_html(value: object) -> str:
    text = cell_text(value)
    if len(text) <= CELL_CHARS:
        # A date or an id (one short word) on one line: "2024-11-02" would break at its hyphens.
        style = CELL_STYLE + (";white-space:nowrap" if " " not in text and len(text) <= 32 else "")
        return f'<td dir="auto" style="{style}">{escape(text)}</td>'
    return f'<td dir="auto" style="{CELL_STYLE}" title="{escape(text)}">{escape(shorten(text, CELL_CHARS))}</td>'


def table_html(frame: pd.DataFrame, rows: int, *, testid: str = "table-preview") -> str:
    """The first `rows` rows of `frame` as an HTML table (header row, then one row per record)."""
    head = "".join(f'<th dir="auto" style="{HEAD_STYLE}">{escape(c)}</th>' for c in frame.columns)
    body = "".join("<tr>" + "".join(cell_html(v) for v in record) + "</tr>"
                   for record in frame.head(rows).itertuples(index=False, name=None))
    return (f'<div data-testid="{escape(testid)}" style="{WRAP_STYLE}"><table style="{TABLE_STYLE}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")
