"""Raqib core: Arabic news articles -> tidy tables of actors, events, accusations and denials.

The core never imports Streamlit; the dashboard only reads the tables it produces.
"""
