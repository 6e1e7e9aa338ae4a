"""The dashboard's table loader keeps what it loaded out of the garbage collector's rounds."""
import gc
import weakref

from dashboard.data import out_of_gc


class Row:
    """A stand-in for the objects the tables hold (GC-tracked, and able to form a cycle)."""


def test_loaded_objects_are_left_out_of_full_collections():
    """Streamlit's collection after every rerun walks generations 0-2; the loaded rows are in none."""
    try:
        rows = out_of_gc(lambda: [Row() for _ in range(1000)])
        walked = {id(o) for o in gc.get_objects()}
        assert not any(id(r) in walked for r in rows)
        assert gc.get_freeze_count() >= len(rows)
    finally:
        gc.unfreeze()


def cyclic_row() -> Row:
    row = Row()
    row.me = row  # a cycle: only the collector frees it
    return row


def test_the_next_load_frees_what_the_cache_let_go():
    """Frozen garbage (a cycle no one refers to) is collected when the next corpus version loads."""
    try:
        gone = weakref.ref(out_of_gc(cyclic_row))  # nothing but the cycle refers to the row
        gc.collect()
        assert gone() is not None, "frozen objects wait for the next load"
        out_of_gc(lambda: None)
        assert gone() is None
    finally:
        gc.unfreeze()
