"""How much room a one-line Plotly label takes, estimated before the browser measures it.

The figures lay themselves out in Python (the network keeps labels apart, the timeline sizes its
margins) so that Plotly need not measure and redraw; both use this one estimate.
"""
from __future__ import annotations

from dashboard.rtl import FSI, LRI, PDI, RLI

CHAR_EM = 0.56  # estimated advance of one character, in ems (generous for Latin, Arabic is narrower)
INVISIBLE = {ord(c): None for c in (LRI, RLI, FSI, PDI)}  # bidi isolates take no room


def label_box(text: str, font: int) -> tuple[float, float]:
    """Estimated width and height in px of a one-line label."""
    return len(text.translate(INVISIBLE)) * font * CHAR_EM + 6, font * 1.6  # Naskh is tall: ascenders, dots, descenders
