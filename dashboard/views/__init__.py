"""Pure table transforms behind the pages (no Streamlit): `f(tables or frame, …) -> frame`."""
