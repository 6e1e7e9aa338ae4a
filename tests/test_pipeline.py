"""core.pipeline: what it does to the process around the work."""
from __future__ import annotations

import gc

import pytest

from core.pipeline import _collector_paused, build_tables


def test_pipeline_collector_paused_inside_and_as_it_was_after():
    assert gc.isenabled()
    with _collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had turned it off keeps it off
    finally:
        gc.enable()


def test_pipeline_collector_back_on_after_an_error():
    with pytest.raises(RuntimeError), _collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_pipeline_build_tables_leaves_the_collector_on():
    tables = build_tables([], [])
    assert gc.isenabled()
    assert tables.events.empty and tables.accusations.empty
