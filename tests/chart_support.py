"""Browser-test helpers for Raqib's charts, which are drawn inside the chart component's frame."""
from __future__ import annotations

# Each chart is a same-origin iframe (dashboard/chart_frontend) holding one .js-plotly-plot.
_CHART_DOCS = """() => Array.from(document.querySelectorAll('iframe')).map(f => {
    try { return [f, f.contentDocument]; } catch (e) { return null; } })
    .filter(x => x && x[1] && x[1].querySelector('.js-plotly-plot'))"""


def wait_for_chart(page, timeout: float = 90_000) -> None:
    """Until a chart has drawn its markers."""
    page.wait_for_function(f"() => ({_CHART_DOCS})().some(([f, d]) => d.querySelector('.js-plotly-plot path.point'))",
                           timeout=timeout, polling=100)


def chart_box(page) -> dict:
    """The first chart's plot area on the page: x, y, width, height."""
    return page.evaluate(f"""() => {{
        const [f, d] = ({_CHART_DOCS})()[0];
        const o = f.getBoundingClientRect(), r = d.querySelector('.js-plotly-plot').getBoundingClientRect();
        return {{x: o.x + r.x, y: o.y + r.y, width: r.width, height: r.height}}; }}""")


def plotted_points(page) -> list[dict]:
    """Every drawn marker of the first chart: its custom data and its centre on the page."""
    return page.evaluate(f"""() => {{
        const [f, d] = ({_CHART_DOCS})()[0];
        const o = f.getBoundingClientRect();
        const gd = d.querySelector('.js-plotly-plot');
        return Array.from(gd.querySelectorAll('.scatterlayer .trace')).flatMap(t => {{
            const trace = t.__data__[0].trace;
            return Array.from(t.querySelectorAll('path.point')).map(p => {{
                const r = p.getBoundingClientRect();
                return {{custom: (trace.customdata || [])[p.__data__.i], x: o.x + r.x + r.width / 2,
                         y: o.y + r.y + r.height / 2, w: r.width}};
            }});
        }}).filter(p => p.custom && p.w > 0);
    }}""")


def chart_labels(page) -> list[dict]:
    """The text of every annotation of the first chart, with its box on the page."""
    return page.evaluate(f"""() => {{
        const [f, d] = ({_CHART_DOCS})()[0];
        const o = f.getBoundingClientRect();
        return Array.from(d.querySelectorAll('.js-plotly-plot .annotation-text')).filter(t => t.textContent.trim())
            .map(t => {{ const r = t.getBoundingClientRect();
                return {{text: t.textContent, left: o.x + r.left, right: o.x + r.right, top: o.y + r.top,
                         bottom: o.y + r.bottom}}; }});
    }}""")


def chart_event_ids(page) -> list[str]:
    """custom_data[0] of every point of every chart (the timeline's event ids)."""
    return page.evaluate(f"""() => ({_CHART_DOCS})().flatMap(([f, d]) =>
        Array.from(d.querySelectorAll('.js-plotly-plot')).flatMap(el =>
            (el.data || []).flatMap(t => Array.from(t.customdata || []).map(c => String(c[0])))))""")


def x_axis_boxes(page) -> dict:
    """The first chart's x tick labels and x axis title as boxes in its frame (top, bottom), and the frame's height."""
    return page.evaluate(f"""() => {{
        const [f, d] = ({_CHART_DOCS})()[0];
        const box = (e) => {{ const r = e.getBoundingClientRect(); return {{top: r.top, bottom: r.bottom}}; }};
        return {{ticks: Array.from(d.querySelectorAll('.js-plotly-plot .xtick text')).filter(t => t.textContent.trim()).map(box),
                 title: Array.from(d.querySelectorAll('.js-plotly-plot .xtitle')).map(box)[0] || null,
                 height: d.documentElement.clientHeight}}; }}""")
