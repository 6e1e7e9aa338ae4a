"""Pure Plotly figure builders (no Streamlit). SVG traces only (`go.Scatter`): WebGL garbles Arabic."""
