"""Table downloads as bytes: CSV (UTF-8), JSON (records, ISO dates, Arabic unescaped), Parquet."""
from __future__ import annotations

import io

import pandas as pd

TABLES = ("articles", "actors", "mentions", "events", "accusations", "problems")


def to_csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def to_json(frame: pd.DataFrame) -> bytes:
    return frame.to_json(orient="records", force_ascii=False, date_format="iso", indent=1).encode("utf-8")


def to_parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()
