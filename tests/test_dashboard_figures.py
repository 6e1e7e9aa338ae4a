"""Figure builders: SVG traces only, ids in custom_data, Arabic labels isolated, stable layout."""
import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.figures.export import to_html, to_png
from dashboard.figures.network import build_graph, layout, network_figure, node_table
from dashboard.figures.timeline import lane_label, lanes, margins, points, timeline_figure
from dashboard.rtl import PDI, RLI
from dashboard.sample import make_sample_tables
from dashboard.views.filtering import ALL, filter_events


@pytest.fixture(scope="module")
def tables():
    return make_sample_tables()


@pytest.fixture(scope="module")
def events(tables):
    return filter_events(tables.events, ALL)


def data_traces(fig):
    return [t for t in fig.data if t.customdata is not None]


def arrows(fig) -> int:
    """How many links the network draws: arrowheads on its link traces."""
    return sum(1 for t in fig.data if t.marker.symbol == "arrow" for size in t.marker.size if size)


def test_dashboard_figures_timeline_margins_fit_the_lane_labels(events):
    """The margins leave room for the labels up front (Plotly's automargin would draw the chart twice)."""
    usual = margins([lane_label("RU"), lane_label("US")], 15)
    long = margins([lane_label("RU"), lane_label("GS")], 15)  # 41 visible characters
    assert 175 <= usual["l"] < 200
    assert long["l"] >= 313, "Chromium with Noto Naskh needs 313 px for that label and the axis title"
    assert margins([lane_label("GS")], 22)["l"] > long["l"]
    fig = timeline_figure(events)
    drawn = lanes(points(events))
    assert fig.layout.margin.l == margins([lane_label(c) for c in drawn], 15)["l"]


def test_dashboard_figures_timeline_uses_svg_scatter_only(events):
    """Every trace is go.Scatter (Scattergl garbles Arabic)."""
    fig = timeline_figure(events)
    assert fig.data and all(type(t) is go.Scatter for t in fig.data)


def test_dashboard_figures_timeline_carries_event_ids(events):
    """custom_data[0] of every point is its event_id; every dated event is drawn once."""
    fig = timeline_figure(events)
    drawn = [row[0] for t in data_traces(fig) for row in t.customdata]
    assert sorted(drawn) == sorted(set(events["event_id"]) - {"e011"})  # e011: no date, no publication


def test_dashboard_figures_timeline_lanes_by_accused_country(events):
    """Lanes follow the target country, RU/IR/US first, events without target last."""
    assert lanes(events) == ["RU", "IR", "US", "CN", "—"]


@pytest.mark.parametrize(("event_id", "hollow"), [("e000", True), ("e003", False), ("e009", True), ("e002", True)])
def test_dashboard_figures_timeline_inexact_dates_are_hollow(events, event_id, hollow):
    """Approximate, month and year dates get open markers; exact days are filled."""
    symbol = points(events).set_index("event_id").loc[event_id, "symbol"]
    assert symbol.endswith("-open") is hollow


def test_dashboard_figures_timeline_arabic_labels_are_isolated(events):
    """Lane labels, trace names and hover excerpts wrap Arabic in RLI…PDI."""
    fig = timeline_figure(events)
    assert all(RLI in t and PDI in t for t in fig.layout.yaxis.ticktext)
    pts = points(events)
    assert pts["excerpt"].str.startswith(RLI).all() and pts["excerpt"].str.endswith(PDI).all()


def test_dashboard_figures_network_edges_and_counts(tables, events):
    """One edge per (source, target, relation) with its count and event ids."""
    g = build_graph(events, tables.actors)
    edge = g.get_edge_data("us_doj", "iran")["accuses"]
    assert edge["count"] == 2 and edge["event_ids"] == ["e003", "e005"]
    assert g.get_edge_data("musk", "putin")["contact"]["count"] == 1


def test_dashboard_figures_network_top_n_keeps_busiest_actors(tables, events):
    """Top-N keeps the actors with most events."""
    g = build_graph(events, tables.actors, top_n=2)
    assert set(g.nodes) == {"iran", "us_doj"}


def test_dashboard_figures_network_layout_is_stable(tables, events):
    """Same data, same positions (seeded), across rebuilds."""
    a = layout(build_graph(events, tables.actors))
    b = layout(build_graph(events.sample(frac=1, random_state=3), tables.actors))
    assert a == b


def test_dashboard_figures_network_nodes_carry_actor_ids_and_legend(tables, events):
    """Node traces (one per country, named for the legend) carry ("actor", id) custom data."""
    fig = network_figure(build_graph(events, tables.actors))
    assert all(type(t) is go.Scatter for t in fig.data)
    nodes = [row[1] for t in data_traces(fig) for row in t.customdata if row[0] == "actor"]
    assert "iran" in nodes and "us_doj" in nodes
    names = [t.name for t in fig.data if t.showlegend is not False]
    assert any(n.startswith("IR ") for n in names) and any(n.startswith("RU ") for n in names)


@pytest.mark.parametrize("english", [False, True])
def test_dashboard_figures_network_labels(tables, events, english):
    """Arabic labels are isolated; the English toggle shows English names."""
    fig = network_figure(build_graph(events, tables.actors), english=english)
    texts = [a.text for a in fig.layout.annotations if (a.name or "").startswith("label:")]
    assert ("Iran" in texts) is english
    assert (f"{RLI}إيران{PDI}" in texts) is not english


def test_dashboard_figures_network_presenter_labels_are_large(tables, events):
    """Presenter mode: labels and legend at least 18px, tall figure."""
    fig = network_figure(build_graph(events, tables.actors), presenter=True)
    assert fig.layout.font.size >= 18 and fig.layout.legend.font.size >= 18
    labels = [a for a in fig.layout.annotations if (a.name or "").startswith("label:")]
    assert labels and all(a.font.size >= 18 for a in labels)
    assert fig.layout.height >= 900


def test_dashboard_figures_node_table_metrics(tables, events):
    """Degree metrics: most active actor first."""
    table = node_table(build_graph(events, tables.actors))
    assert table.iloc[0]["actor_id"] in {"iran", "us_doj"}
    assert {"in_degree", "out_degree", "degree_centrality"} <= set(table.columns)


def test_dashboard_figures_html_export_is_standalone(tables, events):
    """Standalone HTML inlines plotly.js (no CDN) and keeps Arabic as UTF-8."""
    page = to_html(network_figure(build_graph(events, tables.actors))).decode("utf-8")
    assert '<script src="http' not in page and "newPlot" in page
    assert "إيران" in page or json.dumps("إيران")[1:-1] in page  # JSON may \\u-escape it
    assert len(page) > 1_000_000  # plotly.js itself is inside


def test_dashboard_figures_png_export_through_kaleido(tables, events):
    """PNG export works with the system Chromium (kaleido) at presenter size."""
    png = to_png(network_figure(build_graph(events, tables.actors), presenter=True), width=960, height=540)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_dashboard_figures_timeline_same_day_markers_never_coincide(events):
    """Events on one day in one lane are stacked: no two markers share a position."""
    pts = points(pd.concat([events, events.assign(event_id=events["event_id"] + "-copy")]))
    assert not pts.duplicated(["x", "y"]).any()


def test_dashboard_figures_network_labels_do_not_overlap(tables, events):
    """In presenter mode no two node-plus-label boxes overlap at 1920×1080."""
    import numpy as np

    from dashboard.figures.network import label_box, screen_layout

    g = build_graph(events, tables.actors)
    labels = {n: d["name_ar"] for n, d in g.nodes(data=True)}
    sizes = dict.fromkeys(g.nodes, 40.0)
    pos, side, _ = screen_layout(g, labels, sizes, 24, 1500, 940)
    boxes = []
    for n, (x, y) in pos.items():
        w, h = label_box(labels[n], 24)
        up = side[n] == "top center"
        boxes.append((x - max(w / 2, 20), y - 20 - (0 if up else h), x + max(w / 2, 20), y + 20 + (h if up else 0)))
    b = np.array(boxes)
    for i in range(len(b)):
        for j in range(i + 1, len(b)):
            overlap_x = min(b[i, 2], b[j, 2]) - max(b[i, 0], b[j, 0])
            overlap_y = min(b[i, 3], b[j, 3]) - max(b[i, 1], b[j, 1])
            assert overlap_x <= 0 or overlap_y <= 0, (list(pos)[i], list(pos)[j])


def test_timeline_thin_draws_groups_beyond_the_limit():
    """Past the point limit one marker stands for its lane, type and slot, saying how many; below it nothing changes."""
    import pandas as pd

    from dashboard.figures.timeline import thin

    rows = [{"event_id": f"e{i:04d}", "date": pd.Timestamp("2024-10-01") + pd.Timedelta(days=i % 20),
             "date_precision": "day", "event_type": "accuse" if i % 2 else "deny",
             "target_country": "RU" if i % 3 else "IR", "text": f"جملة {i}"} for i in range(600)]
    events = pd.DataFrame(rows)
    same, days = thin(events, limit=1000)
    assert days == 0 and len(same) == 600
    drawn, days = thin(events, limit=50)
    assert days >= 1 and len(drawn) <= 50
    assert drawn["text"].str.contains("events like this").any()
    assert set(drawn["event_id"]) <= set(events["event_id"])  # each marker is a real event (click → evidence)


def test_timeline_busiest_lanes_keeps_chosen_countries():
    """The timeline's lanes: the N accused countries with most events, plus any country the filters chose."""
    import pandas as pd

    from dashboard.figures.timeline import busiest_lanes

    codes = pd.Series(["RU"] * 5 + ["IR"] * 3 + ["CN"] * 2 + ["FR"] + ["—"])
    assert busiest_lanes(codes, 2) == ["RU", "IR"]
    assert busiest_lanes(codes, 2, keep=("FR",)) == ["RU", "IR", "FR"]
    assert busiest_lanes(codes, 2, keep=("DE",)) == ["RU", "IR"]  # no events: no lane


def _star_with_loners(spokes: int = 6, loners: int = 2):
    """A hub with `spokes` neighbours, and `loners` actors with no link at all."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for i in range(spokes + 1 + loners):
        g.add_node(f"a{i}", name_ar=f"فاعل {i}", name_en=f"actor {i}", country="RU", events=10 - i % 5)
    for i in range(1, spokes + 1):
        g.add_edge("a0", f"a{i}", key="accuses", relation="accuses", count=1, event_ids=[f"e{i}"])
    return g


def test_dashboard_figures_network_lone_actors_sit_in_a_row_below():
    """Actors with no link are lined up under the linked ones, not packed beside them (which left
    the main component half the screen)."""
    g = _star_with_loners()
    pos = layout(g)
    linked = [pos[f"a{i}"] for i in range(7)]
    lone = [pos["a7"], pos["a8"]]
    assert max(y for _, y in lone) < min(y for _, y in linked)
    assert lone[0][1] == lone[1][1]


def test_dashboard_figures_network_fills_a_wide_screen():
    """Presenter mode at 1920 px: the graph spreads over most of the plot's width and height."""
    import numpy as np

    from dashboard.figures.network import label_box, screen_layout

    g = _star_with_loners(spokes=12, loners=0)
    labels = {n: d["name_ar"] for n, d in g.nodes(data=True)}
    pos, _, _ = screen_layout(g, labels, dict.fromkeys(g.nodes, 40.0), 24, 1500, 940)
    xy = np.array(list(pos.values()))
    widest = max(label_box(t, 24)[0] for t in labels.values())
    assert np.ptp(xy[:, 0]) > 1500 - 2 * widest - 200
    assert np.ptp(xy[:, 1]) > 940 * 0.6


def test_dashboard_figures_network_layout_follows_the_links_drawn(tables, events):
    """Only the links drawn shape the layout: with one arrow drawn, every other actor is a lone
    actor in the rows below its two ends, though the graph links them."""
    from dashboard.figures.network import strongest_edges

    g = build_graph(events, tables.actors)
    fig = network_figure(g, max_edges=1)
    assert arrows(fig) == 1
    (u, v, _), = strongest_edges(g, 1)
    y = {row[1]: yy for t in data_traces(fig) for row, yy in zip(t.customdata, t.y) if row[0] == "actor"}
    assert min(y[u], y[v]) > max(yy for n, yy in y.items() if n not in (u, v))


def test_dashboard_figures_network_links_end_in_arrowheads_at_their_targets(tables, events):
    """Every link drawn ends in an arrowhead on its target whose tip stops at the target's rim; the
    nodes are opaque, so the lines' ends are hidden under them."""
    g = build_graph(events, tables.actors)
    fig = network_figure(g)
    actors = [t for t in data_traces(fig) if t.customdata[0][0] == "actor"]
    nodes = {row[1]: (x, y, size) for t in actors for row, x, y, size in zip(t.customdata, t.x, t.y, t.marker.size)}
    assert all(t.marker.opacity == 1 for t in actors)
    assert arrows(fig) == g.number_of_edges()
    for t in fig.data:
        if t.marker.symbol != "arrow":
            continue
        for x, y, size, standoff in zip(t.x, t.y, t.marker.size, t.marker.standoff):
            if size:
                target = min(nodes.values(), key=lambda n: (n[0] - x) ** 2 + (n[1] - y) ** 2)
                assert ((target[0] - x) ** 2 + (target[1] - y) ** 2) ** 0.5 < 8  # beside it: several relations
                assert standoff == pytest.approx(target[2] / 2 + 2)
