"""The actor network: who accuses, denies, contacts, supports or attacks whom.

networkx holds the graph and its layout (spring layout with a fixed seed over sorted nodes and
edges, so the same data always gives the same picture); Plotly draws it with SVG traces: nodes
one trace per country (the legend), edges as lines ending in arrow markers, and a diamond at each edge's
middle that carries the hover text "A → B: accuses ×3".

The figure is drawn in screen pixels: the layout is scaled to the plot area the figure will get
(`width`, `height`), each node's label gets an estimated box, and overlapping node+label boxes
are pushed apart (a few deterministic passes), so labels do not sit on one another at the size
the graph is shown (1920×1080 in presenter mode).
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.text import label_box
from dashboard.labels import (
    NO_COUNTRY,
    PRIORITY_COUNTRIES,
    RELATION_AR,
    RELATION_COLOURS,
    country_code,
    country_colour,
    country_name,
    relation_of,
)
from dashboard.rtl import isolate, text_of

SEED = 7
FONT_FAMILY = "Raqib Naskh Arabic, Noto Naskh Arabic, Noto Sans Arabic, Open Sans, Arial, sans-serif"
STRETCH = 2.0  # the most one axis is stretched more than the other to fill the plot
LEGEND_PX = {False: 260, True: 360}  # room kept free for the legend at the right, by presenter mode
NODE_COLUMNS = ["actor_id", "name_ar", "name_en", "country", "events", "in_degree", "out_degree", "degree_centrality"]


def build_graph(events: pd.DataFrame, actors: pd.DataFrame, top_n: int = 25) -> nx.MultiDiGraph:
    """Directed multigraph of the `top_n` actors with most events; one edge per (source, target, relation).

    Node attributes: name_ar, name_en, country, events. Edge attributes: relation, count, event_ids.
    """
    # Whole columns at once (astype/map with a dict), not a Python call per cell: at 10,000 articles
    # a filter change rebuilt the graph from 180,000 events in a second and a half.
    involved = pd.concat([events["source_actor_id"], events["target_actor_id"]]).dropna().astype(str)
    counts = involved[involved != ""].value_counts()
    info = actors.assign(actor_id=actors["actor_id"].map(text_of)).set_index("actor_id")
    mentions = info["mentions"] if "mentions" in info else pd.Series(dtype=int)
    ranked = sorted(counts.index, key=lambda a: (-counts[a], -int(mentions.get(a, 0) or 0), a))
    keep = sorted(ranked[: max(int(top_n), 1)])
    g = nx.MultiDiGraph()
    for aid in keep:
        row = info.loc[aid] if aid in info.index else None
        g.add_node(aid, name_ar=text_of(row["name_ar"]) if row is not None else aid,
                   name_en=text_of(row["name_en"]) if row is not None else aid,
                   country=country_code(row["country"]) if row is not None else NO_COUNTRY,
                   events=int(counts[aid]))
    pairs = events.dropna(subset=["source_actor_id", "target_actor_id"])
    pairs = pd.DataFrame({"s": pairs["source_actor_id"].astype(str), "t": pairs["target_actor_id"].astype(str),
                          "event_type": pairs["event_type"], "event_id": pairs["event_id"].map(text_of)})
    pairs = pairs[pairs["s"].isin(keep) & pairs["t"].isin(keep) & (pairs["s"] != pairs["t"])]
    pairs["relation"] = pairs["event_type"].map(relation_of)
    for (s, t, rel), ids in sorted(pairs.groupby(["s", "t", "relation"])["event_id"].agg(list).items()):
        g.add_edge(s, t, key=rel, relation=rel, count=len(ids), event_ids=sorted(ids))
    return g


def _component_layout(sub: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """One connected component: seeded spring layout, principal axis horizontal, unit spacing."""
    nodes = sorted(sub.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    pos = nx.spring_layout(sub, seed=seed, iterations=300, k=2.2 / math.sqrt(len(nodes)))
    xy = np.array([pos[n] for n in nodes], dtype=float)
    xy -= xy.mean(axis=0)
    _, _, vt = np.linalg.svd(xy, full_matrices=False)
    xy = xy @ vt.T  # rotate: widest spread along x (screens are wide)
    if xy[:, 0].max() - xy[:, 0].min() < 1e-9:
        xy[:, 0] = np.arange(len(nodes))
    # Scale so that the closest pair of nodes is at least one unit apart.
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    closest = d[d > 0].min() if (d > 0).any() else 1.0
    span = max(xy[:, 0].max() - xy[:, 0].min(), 1e-9)
    xy *= min(1.2 / closest, 1.3 * len(nodes) / span)  # spread, but never wider than 1.3 per node
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}


def layout(g: nx.MultiDiGraph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Stable positions: each connected component laid out on its own (seeded), the components
    packed in rows, biggest first, into a wide (16:9) rectangle, and the actors with no link in a
    row below them (beside the main component they pushed it into half the screen)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in g.edges()}))
    if simple.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    alone = [c[0] for c in comps if len(c) == 1]
    placed = []
    for comp in (c for c in comps if len(c) > 1):
        pos = _component_layout(simple.subgraph(comp).copy(), seed)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        w, h = max(xs) - min(xs) + 1.6, max(ys) - min(ys) + 1.2  # room for labels
        placed.append((pos, min(xs), min(ys), w, h))
    area = sum(w * h for *_, w, h in placed)
    row_limit = max([p[3] for p in placed] + [math.sqrt(area * 16 / 9), 1.6 * min(len(alone), 8)])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, x0, y0, w, h in placed:
        if x > 0 and x + w > row_limit + 1e-9:
            x, y, row_h = 0.0, y - row_h, 0.0
        for n, (px, py) in pos.items():
            out[n] = (x + (px - x0) + 0.8, y - h + (py - y0) + 0.6)
        x += w
        row_h = max(row_h, h)
    # The lone actors, most events first, evenly along rows under everything else.
    alone.sort(key=lambda n: (-g.nodes[n].get("events", 0), n))
    per_row = max(1, int(row_limit // 1.6))
    y -= row_h
    for start in range(0, len(alone), per_row):
        row = alone[start:start + per_row]
        step = row_limit / len(row)
        for i, n in enumerate(row):
            out[n] = (step * (i + 0.5) + 0.0, y - 0.6)
        y -= 1.2
    return out


def label_positions(g: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> dict[str, str]:
    """Put each label on the side facing away from its neighbours (above or below)."""
    out = {}
    for n in g.nodes:
        nbrs = set(g.predecessors(n)) | set(g.successors(n))
        if not nbrs:
            out[n] = "top center"
            continue
        dy = sum(pos[m][1] for m in nbrs) / len(nbrs) - pos[n][1]
        if abs(dy) < 0.05:  # neighbours level with the node: alternate so labels do not collide
            out[n] = "top center" if pos[n][0] <= min(pos[m][0] for m in nbrs) else "bottom center"
        else:
            out[n] = "bottom center" if dy > 0 else "top center"
    return out


def _boxes(xy: np.ndarray, radius: np.ndarray, labels: list[tuple[float, float]], above: list[bool]) -> np.ndarray:
    """(x0, y0, x1, y1) of each node's marker plus its label (above or below), y pointing up."""
    out = np.zeros((len(xy), 4))
    for i, ((x, y), r, (w, h), up) in enumerate(zip(xy, radius, labels, above)):
        half = max(w / 2, r)
        if up:
            out[i] = (x - half, y - r, x + half, y + r + h)
        else:
            out[i] = (x - half, y - r - h, x + half, y + r)
    return out


def spread_labels(xy: np.ndarray, radius: np.ndarray, labels: list[tuple[float, float]], above: list[bool],
                  passes: int = 120, gap: float = 4.0) -> np.ndarray:
    """Push apart nodes whose marker+label boxes overlap, along the axis of least overlap.

    Deterministic (fixed order, no randomness); stops early when nothing overlaps.
    """
    xy = xy.astype(float).copy()
    n = len(xy)
    for _ in range(passes):
        moved = False
        boxes = _boxes(xy, radius, labels, above)
        for i in range(n):
            for j in range(i + 1, n):
                a, b = boxes[i], boxes[j]
                dx = min(a[2], b[2]) - max(a[0], b[0]) + gap
                dy = min(a[3], b[3]) - max(a[1], b[1]) + gap
                if dx <= 0 or dy <= 0:
                    continue
                moved = True
                if dy <= dx:  # cheaper to separate vertically
                    sign = 1.0 if (a[1] + a[3]) >= (b[1] + b[3]) else -1.0
                    xy[i, 1] += sign * dy / 2
                    xy[j, 1] -= sign * dy / 2
                else:
                    sign = 1.0 if (a[0] + a[2]) >= (b[0] + b[2]) else -1.0
                    xy[i, 0] += sign * dx / 2
                    xy[j, 0] -= sign * dx / 2
                boxes[i], boxes[j] = _boxes(xy[[i, j]], radius[[i, j]], [labels[i], labels[j]], [above[i], above[j]])
        if not moved:
            break
    return xy


def _fit_scale(u: np.ndarray, below: np.ndarray, above: np.ndarray, room: float) -> float:
    """The largest s for which every point u*s, with its extent below and above it, fits in one
    `room` (some shift): no pair may need more than the room (inf when all points coincide)."""
    du = u[None, :] - u[:, None]  # [i, j]: how far j lies past i
    need = room - above[None, :] - below[:, None]
    ok = du > 1e-9
    if not ok.any():
        return float("inf")
    return float(max((np.maximum(need, 0.0)[ok] / du[ok]).min(), 1e-6))


def screen_layout(g: nx.MultiDiGraph, labels: dict[str, str], radius: dict[str, float], font: int,
                  width: float, height: float) -> tuple[dict[str, tuple[float, float]], dict[str, str], tuple]:
    """Positions in px inside a `width`×`height` plot, labels kept apart; and the axis ranges.

    Returns (positions, text positions, (x0, x1, y0, y1)): the ranges hold every marker and label
    with a margin, so nothing is cut off at the plot edges.
    """
    unit = layout(g)
    nodes = sorted(unit)
    if not nodes:
        return {}, {}, (0.0, width, 0.0, height)
    side = label_positions(g, unit)
    xy = np.array([unit[n] for n in nodes], dtype=float)
    r = np.array([radius[n] / 2 for n in nodes])
    boxes = [label_box(labels[n], font) for n in nodes]
    above = [side[n] == "top center" for n in nodes]
    extent = _boxes(np.zeros_like(xy), r, boxes, above)  # each node's box around its own centre
    pad = 16.0
    scale = np.array([_fit_scale(xy[:, 0], -extent[:, 0], extent[:, 2], width - 2 * pad),
                      _fit_scale(xy[:, 1], -extent[:, 1], extent[:, 3], height - 2 * pad)])
    if not np.isfinite(scale).any():
        scale[:] = 1.0
    # Each axis takes the room it has, but stretched at most STRETCH times the other: a tall graph
    # then fills a wide screen (one common scale left half of it empty) and keeps its shape.
    scale = np.where(np.isfinite(scale), scale, scale[np.isfinite(scale)].min())
    scale = np.minimum(scale, STRETCH * scale[::-1])
    xy = (xy - xy.min(axis=0)) * scale
    lo = (-extent[:, :2] - xy).max(axis=0)  # shift that keeps every box inside, on the low side
    hi = (np.array([width, height]) - extent[:, 2:] - xy).min(axis=0)
    xy += (lo + hi) / 2  # centred in the room left
    xy = spread_labels(xy, r, boxes, above)
    final = _boxes(xy, r, boxes, above)
    x0, y0 = min(final[:, 0].min(), 0.0) - 12, min(final[:, 1].min(), 0.0) - 12
    x1, y1 = max(final[:, 2].max(), width) + 12, max(final[:, 3].max(), height) + 12
    pos = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}
    return pos, {n: side[n] for n in nodes}, (x0, x1, y0, y1)


def node_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree metrics per actor, most connected first."""
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=NODE_COLUMNS)
    centrality = nx.degree_centrality(nx.DiGraph(g)) if g.number_of_nodes() > 1 else {n: 0.0 for n in g}
    rows = [{"actor_id": n, "name_ar": d["name_ar"], "name_en": d["name_en"], "country": d["country"],
             "events": d["events"], "in_degree": g.in_degree(n, weight="count"),
             "out_degree": g.out_degree(n, weight="count"), "degree_centrality": round(centrality[n], 3)}
            for n, d in g.nodes(data=True)]
    return pd.DataFrame(rows, columns=NODE_COLUMNS).sort_values(["events", "actor_id"], ascending=[False, True],
                                                                ignore_index=True)


def node_label(data: dict, english: bool) -> str:
    if english:
        return data["name_en"] or data["name_ar"]
    return isolate(data["name_ar"] or data["name_en"])


def _country_order(codes) -> list[str]:
    present = set(codes)
    return ([c for c in PRIORITY_COUNTRIES if c in present] + sorted(present - set(PRIORITY_COUNTRIES) - {NO_COUNTRY})
            + ([NO_COUNTRY] if NO_COUNTRY in present else []))


MAX_EDGES = 60  # arrows drawn at most: a room cannot read more (150 made a hairball)
ARROW_HEAD_PX, ARROW_HEAD_PER_WIDTH = 10.0, 2.6  # an arrowhead's size: a thicker link gets a bigger head


def strongest_edges(g: nx.MultiDiGraph, limit: int = MAX_EDGES) -> set[tuple[str, str, str]]:
    """The (source, target, relation) links with the most events, at most `limit` of them."""
    ranked = sorted(g.edges(data=True), key=lambda e: (-e[2]["count"], e[0], e[1], e[2]["relation"]))
    return {(u, v, d["relation"]) for u, v, d in ranked[:limit]}


def network_figure(g: nx.MultiDiGraph, *, english: bool = False, presenter: bool = False,
                   height: int | None = None, width: int | None = None, max_edges: int = MAX_EDGES) -> go.Figure:
    """Nodes sized by events, coloured by country (legend), arrows coloured by relation.

    `custom_data` is ("actor", actor_id) on nodes and ("edge", "src|tgt|relation") on edge middles.
    Presenter mode: labels 24px, tall enough for 1080p, laid out for a 1920px-wide screen.
    `width` is the width in px the chart will be shown at (only used to keep labels apart).
    Only the `max_edges` strongest links are drawn (`strongest_edges`); every node is.
    """
    font = 24 if presenter else 15
    height = height or (960 if presenter else 680)
    width = width or (1880 if presenter else 1440)
    margin = dict(l=10, r=10, t=10, b=10)
    fig = go.Figure()
    max_events = max([d["events"] for _, d in g.nodes(data=True)] or [1])
    sizes = {n: (16 + 34 * math.sqrt(d["events"] / max_events)) if presenter else
             (12 + 26 * math.sqrt(d["events"] / max_events)) for n, d in g.nodes(data=True)}
    labels = {n: node_label(d, english) for n, d in g.nodes(data=True)}
    plot_w = width - margin["l"] - margin["r"] - LEGEND_PX[presenter]
    plot_h = height - margin["t"] - margin["b"]
    drawn = strongest_edges(g, max_edges)
    shown = nx.MultiDiGraph()  # laid out on the links drawn: a hidden link should not pull two actors together
    shown.add_nodes_from(g.nodes(data=True))
    shown.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if (u, v, d["relation"]) in drawn)
    pos, label_pos, (x0_, x1_, y0_, y1_) = screen_layout(shown, labels, sizes, font, plot_w, plot_h)

    def radius(n: str) -> float:
        return sizes[n]

    # Edges: lines ending in an arrow marker (offset sideways when several relations join the same
    # pair), one trace per colour and width. Annotations drew the same arrows at ~4 ms each in the
    # browser (60 links: a quarter of a second on every page load); a trace draws them all at once.
    rel_mid: dict[str, list] = {}
    notes: list[dict] = []  # every annotation, set once at the end: add_annotation one by one is quadratic
    arrows: dict[tuple[str, float], dict[str, list]] = {}
    pair_edges: dict[tuple[str, str], list] = {}
    for u, v, d in shown.edges(data=True):
        pair_edges.setdefault(tuple(sorted((u, v))), []).append((u, v, d))
    for (a, b), edges in sorted(pair_edges.items()):
        (ax_, ay_), (bx, by) = pos[a], pos[b]
        length = math.hypot(bx - ax_, by - ay_) or 1.0
        nx_, ny_ = -(by - ay_) / length, (bx - ax_) / length
        for k, (u, v, d) in enumerate(sorted(edges, key=lambda e: (e[0], e[2]["relation"]))):
            shift = (k - (len(edges) - 1) / 2) * (7 if presenter else 5)  # px
            (x0, y0), (x1, y1) = pos[u], pos[v]
            x0, y0, x1, y1 = x0 + nx_ * shift, y0 + ny_ * shift, x1 + nx_ * shift, y1 + ny_ * shift
            colour = RELATION_COLOURS.get(d["relation"], RELATION_COLOURS["other"])
            width = min(1.5 + d["count"], 6) * (1.4 if presenter else 1)
            arrow = arrows.setdefault((colour, width), {"x": [], "y": [], "size": [], "standoff": [], "backoff": []})
            head, rim = ARROW_HEAD_PX + ARROW_HEAD_PER_WIDTH * width, radius(v) / 2 + 2
            arrow["x"] += [x0, x1, None]
            arrow["y"] += [y0, y1, None]
            arrow["size"] += [0, head, 0]
            arrow["standoff"] += [0, rim, 0]  # the tip stops at the target's rim
            arrow["backoff"] += [0, rim + head / 2, 0]  # and the line under the head, not past its tip
            names = f"{node_label(g.nodes[u], english)} → {node_label(g.nodes[v], english)}"
            rel = f"{d['relation']} {isolate(RELATION_AR.get(d['relation'], ''))}"
            rel_mid.setdefault(d["relation"], []).append(
                ((x0 + x1) / 2, (y0 + y1) / 2, f"{names}<br>{rel} ×{d['count']}", f"{u}|{v}|{d['relation']}"))
    for (colour, width), arrow in arrows.items():
        fig.add_trace(go.Scatter(
            x=arrow["x"], y=arrow["y"], mode="lines+markers", showlegend=False, hoverinfo="skip", opacity=0.85,
            line=dict(color=colour, width=width, backoff=arrow["backoff"]),
            marker=dict(symbol="arrow", angleref="previous", size=arrow["size"], standoff=arrow["standoff"],
                        color=colour, opacity=1, line=dict(width=0)),
        ))
    for rel in [r for r in RELATION_COLOURS if r in rel_mid]:
        xs, ys, hover, ids = zip(*rel_mid[rel])
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers", name=f"→ {rel} {isolate(RELATION_AR.get(rel, ''))}",
            legendgroup="relations", legendgrouptitle_text="relation" if rel == next(iter(rel_mid)) else None,
            marker=dict(symbol="diamond", size=11 if not presenter else 14, color=RELATION_COLOURS[rel],
                        opacity=0.9),
            hovertext=list(hover), hovertemplate="%{hovertext}<extra></extra>",
            customdata=[["edge", i] for i in ids],
        ))
    # Nodes: one trace per country, so the legend explains the colours.
    by_country: dict[str, list[str]] = {}
    for n, d in sorted(g.nodes(data=True)):
        by_country.setdefault(d["country"], []).append(n)
    for code in _country_order(by_country):
        nodes = by_country[code]
        name = f"{code} {isolate(country_name(code, 'ar'))}" if code != NO_COUNTRY else f"{NO_COUNTRY} {isolate('بلا بلد')}"
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers",
            name=name, legendgroup="countries",
            # Opaque (sized markers default to 0.7): the links end under their nodes.
            marker=dict(size=[radius(n) for n in nodes], color=country_colour(code), opacity=1,
                        line=dict(width=2, color="white")),
            text=[labels[n] for n in nodes],
            hovertext=[f"{node_label(g.nodes[n], False)} · {g.nodes[n]['name_en']} [{code}]<br>"
                       f"events: {g.nodes[n]['events']}" for n in nodes],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=[["actor", n] for n in nodes],
        ))
    # Labels as annotations (drawn above the arrows) on a translucent white box: an arrow passing
    # behind a name never makes it unreadable. Named "label:<actor_id>".
    for n in sorted(g.nodes):
        _, h = label_box(labels[n], font)
        up = label_pos[n] == "top center"
        notes.append(dict(
            x=pos[n][0], y=pos[n][1], xref="x", yref="y", text=labels[n], showarrow=False, name=f"label:{n}",
            yshift=(1 if up else -1) * (radius(n) / 2 + h / 2 + 2), xanchor="center", yanchor="middle",
            font=dict(size=font, color="#1a1a1a", family=FONT_FAMILY), bgcolor="rgba(255,255,255,0.82)", borderpad=1,
        ))
    fig.update_layout(annotations=[*fig.layout.annotations, *notes])
    fig.update_layout(
        height=height,
        margin=margin,
        font=dict(size=font, family=FONT_FAMILY),
        showlegend=True,
        legend=dict(font=dict(size=font), itemsizing="constant", bgcolor="rgba(255,255,255,0.85)",
                    x=1.0, xanchor="right", y=0.94, yanchor="top", groupclick="toggleitem"),  # below the modebar
        hoverlabel=dict(font_size=font),
        plot_bgcolor="white", paper_bgcolor="white",
        clickmode="event+select", dragmode="pan",
    )
    # The x range keeps the legend's strip free; the y range is scaled with x (one px is one px).
    fig.update_xaxes(visible=False, range=[x0_, x1_ + LEGEND_PX[presenter] * (x1_ - x0_) / plot_w])
    fig.update_yaxes(visible=False, range=[y0_, y1_], scaleanchor="x", scaleratio=1)
    return fig
