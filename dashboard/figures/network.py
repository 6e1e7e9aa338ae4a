"""The actor network: who accuses, denies, contacts, supports or attacks whom.

networkx holds the graph and its layout (spring layout with a fixed seed over sorted nodes and
edges, so the same data always gives the same picture); Plotly draws it with SVG traces: nodes
one trace per country (the legend), edges as arrows, and an invisible-ish marker at each edge's
middle that carries the hover text "A → B: accuses ×3".
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.labels import (
    NO_COUNTRY, PRIORITY_COUNTRIES, RELATION_AR, RELATION_COLOURS, country_code, country_colour,
    country_name, relation_of,
)
from dashboard.rtl import isolate, text_of

SEED = 7
NODE_COLUMNS = ["actor_id", "name_ar", "name_en", "country", "events", "in_degree", "out_degree", "degree_centrality"]


def build_graph(events: pd.DataFrame, actors: pd.DataFrame, top_n: int = 25) -> nx.MultiDiGraph:
    """Directed multigraph of the `top_n` actors with most events; one edge per (source, target, relation).

    Node attributes: name_ar, name_en, country, events. Edge attributes: relation, count, event_ids.
    """
    involved = pd.concat([events["source_actor_id"], events["target_actor_id"]]).dropna().map(text_of)
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
    pairs = pairs.assign(relation=pairs["event_type"].map(relation_of),
                         s=pairs["source_actor_id"].map(text_of), t=pairs["target_actor_id"].map(text_of))
    pairs = pairs[pairs["s"].isin(keep) & pairs["t"].isin(keep) & (pairs["s"] != pairs["t"])]
    for (s, t, rel), grp in sorted(pairs.groupby(["s", "t", "relation"]), key=lambda kv: kv[0]):
        g.add_edge(s, t, key=rel, relation=rel, count=len(grp), event_ids=sorted(grp["event_id"].map(text_of)))
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
    """Stable positions: each connected component laid out on its own (seeded), then the
    components packed in rows, biggest first, into a wide (16:9) rectangle."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in g.edges()}))
    if simple.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed = []
    for comp in comps:
        pos = _component_layout(simple.subgraph(comp).copy(), seed)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        w, h = max(xs) - min(xs) + 1.6, max(ys) - min(ys) + 1.2  # room for labels
        placed.append((pos, min(xs), min(ys), w, h))
    area = sum(w * h for *_, w, h in placed)
    row_limit = max(max(p[3] for p in placed), math.sqrt(area * 16 / 9))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, x0, y0, w, h in placed:
        if x > 0 and x + w > row_limit + 1e-9:
            x, y, row_h = 0.0, y - row_h, 0.0
        for n, (px, py) in pos.items():
            out[n] = (x + (px - x0) + 0.8, y - h + (py - y0) + 0.6)
        x += w
        row_h = max(row_h, h)
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


def network_figure(g: nx.MultiDiGraph, *, english: bool = False, presenter: bool = False,
                   height: int | None = None) -> go.Figure:
    """Nodes sized by events, coloured by country (legend), arrows coloured by relation.

    `custom_data` is ("actor", actor_id) on nodes and ("edge", "src|tgt|relation") on edge middles.
    Presenter mode: labels ≥ 22px, no axes or hover markers on edges, tall enough for 1080p.
    """
    pos = layout(g)
    label_pos = label_positions(g, pos)
    font = 24 if presenter else 15
    fig = go.Figure()
    max_events = max([d["events"] for _, d in g.nodes(data=True)] or [1])

    def radius(n: str) -> float:
        return 16 + 34 * math.sqrt(g.nodes[n]["events"] / max_events) if presenter else \
            12 + 26 * math.sqrt(g.nodes[n]["events"] / max_events)

    # Edges: arrows as annotations (offset sideways when several relations join the same pair).
    rel_mid: dict[str, list] = {}
    pair_edges: dict[tuple[str, str], list] = {}
    for u, v, d in g.edges(data=True):
        pair_edges.setdefault(tuple(sorted((u, v))), []).append((u, v, d))
    for (a, b), edges in sorted(pair_edges.items()):
        (ax_, ay_), (bx, by) = pos[a], pos[b]
        length = math.hypot(bx - ax_, by - ay_) or 1.0
        nx_, ny_ = -(by - ay_) / length, (bx - ax_) / length
        for k, (u, v, d) in enumerate(sorted(edges, key=lambda e: (e[0], e[2]["relation"]))):
            shift = (k - (len(edges) - 1) / 2) * 0.045
            (x0, y0), (x1, y1) = pos[u], pos[v]
            x0, y0, x1, y1 = x0 + nx_ * shift, y0 + ny_ * shift, x1 + nx_ * shift, y1 + ny_ * shift
            colour = RELATION_COLOURS.get(d["relation"], RELATION_COLOURS["other"])
            width = min(1.5 + d["count"], 6) * (1.4 if presenter else 1)
            fig.add_annotation(x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y",
                               showarrow=True, arrowhead=3, arrowsize=1.1, arrowwidth=width, arrowcolor=colour,
                               standoff=radius(v) / 2 + 2, startstandoff=radius(u) / 2 + 2, opacity=0.85, text="")
            names = f"{node_label(g.nodes[u], english)} → {node_label(g.nodes[v], english)}"
            rel = f"{d['relation']} {isolate(RELATION_AR.get(d['relation'], ''))}"
            rel_mid.setdefault(d["relation"], []).append(
                ((x0 + x1) / 2, (y0 + y1) / 2, f"{names}<br>{rel} ×{d['count']}", f"{u}|{v}|{d['relation']}"))
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
            x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text",
            name=name, legendgroup="countries",
            marker=dict(size=[radius(n) for n in nodes], color=country_colour(code), line=dict(width=2, color="white")),
            text=[node_label(g.nodes[n], english) for n in nodes], textposition=[label_pos[n] for n in nodes],
            textfont=dict(size=font, color="#1a1a1a"),
            hovertext=[f"{node_label(g.nodes[n], False)} · {g.nodes[n]['name_en']} [{code}]<br>"
                       f"events: {g.nodes[n]['events']}" for n in nodes],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=[["actor", n] for n in nodes],
        ))
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    padx = 0.08 * max(max(xs) - min(xs), 1.0) + 0.6
    pady = 0.08 * max(max(ys) - min(ys), 1.0) + 0.5
    fig.update_layout(
        height=height or (1000 if presenter else 680),
        margin=dict(l=20, r=20, t=20 if presenter else 40, b=20),
        font=dict(size=font),
        showlegend=True,
        legend=dict(font=dict(size=font), itemsizing="constant", bgcolor="rgba(255,255,255,0.85)",
                    x=1.0, xanchor="right", y=1.0, yanchor="top", groupclick="toggleitem"),
        hoverlabel=dict(font_size=font),
        plot_bgcolor="white", paper_bgcolor="white",
        clickmode="event+select", dragmode="pan",
    )
    fig.update_xaxes(visible=False, range=[min(xs) - padx, max(xs) + padx + (3.2 if presenter else 2.6)])
    fig.update_yaxes(visible=False, range=[min(ys) - pady, max(ys) + pady])
    return fig
