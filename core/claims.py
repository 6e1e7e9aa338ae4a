"""Claims: pair each denial with the accusation it answers, and group one story across outlets.

Reads: every article's events. Adds: for each accusation its denial (same article first, then
another article reporting the same story) and a story_id; a denial with no named target takes
the accuser of the accusation it answers.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain

from core.model import Event, Mention

STORY_WINDOW_DAYS = 7


@dataclass
class Pairing:
    accusation_id: str
    denial_id: str | None
    story_id: str
    pair_basis: str | None  # same_article | cross_article | None


def _country(m: Mention | None) -> str | None:
    return m.country if m is not None else None


def _answers(denial: Event, accusation: Event) -> bool:
    """A denial answers an accusation when the denier is the accused (or of its country)."""
    if accusation.target is None or denial.source is None:
        return False
    if accusation.target.actor_id == denial.source.actor_id:
        return True
    same_country = accusation.target.country is not None and accusation.target.country == denial.source.country
    if denial.target is not None and accusation.source is not None:
        return same_country and denial.target.country in (accusation.source.country, None)
    return same_country


def _pair_in_article(accusations: list[Event], denials: list[Event]) -> dict[str, list[Event]]:
    """Denials answering each accusation of one article, same segment only."""
    out: dict[str, list[Event]] = {}
    for d in denials:
        if d.extra.get("answers_nobody"):
            continue  # a denied rumour, or accusations with no accuser named (events.py)
        options = [a for a in accusations if a.segment == d.segment and _answers(d, a)]
        if not options:
            continue
        if d.target is not None:  # the denial names whom it answers ("نفى للصحيفة")
            named = [a for a in options if a.source is not None and a.source.actor_id == d.target.actor_id]
            alike = [a for a in options if a.source is not None and a.source.kind == d.target.kind]
            options = named or alike or options
        sourced = [a for a in options if a.source is not None and a.source.country]
        options = sourced or options  # an accuser with a name answers better than "it is said"
        preceding = [a for a in options if a.start <= d.start]
        # news answers the lead: the first accusation the denial can answer, not the nearest one
        best = min(preceding or options, key=lambda a: a.start)
        out.setdefault(best.event_id, []).append(d)
    return out


def _actors_of(e: Event, mentions: dict[str, list[Mention]]) -> set[str]:
    return {m.actor_id for m in mentions.get(e.article_id, []) if e.start <= m.start < e.end}


def _same_actor(x: Mention | None, y: Mention | None) -> bool:
    return x is not None and y is not None and x.actor_id == y.actor_id


def _near(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= STORY_WINDOW_DAYS


def _same_story(a: Event, b: Event, actors: dict[str, set[str]], published: dict[str, date | None]) -> bool:
    if (_country(a.source), _country(a.target)) != (_country(b.source), _country(b.target)):
        return False
    if (a.article_id, a.segment) == (b.article_id, b.segment):
        # one report telling one story: same countries and the same accuser or the same accused
        return _same_actor(a.source, b.source) or _same_actor(a.target, b.target)
    if not _near(published.get(a.article_id), published.get(b.article_id)):
        return False
    shared = actors[a.event_id] & actors[b.event_id]
    same_pair = a.source and b.source and a.target and b.target and \
        a.source.actor_id == b.source.actor_id and a.target.actor_id == b.target.actor_id
    return len(shared) >= 2 or bool(same_pair)


def _stories(accusations: list[Event], mentions, published) -> dict[str, str]:
    """story_id per accusation: union of accusations that report one story."""
    actors = {a.event_id: _actors_of(a, mentions) for a in accusations}
    parent = {a.event_id: a.event_id for a in accusations}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # A pair _same_story accepts has the same (source country, target country) and then either lies
    # in one article segment, or comes from articles published at most STORY_WINDOW_DAYS apart (or
    # undated) and shares two actors or its source and target actors. Index those keys, with
    # publication weeks of STORY_WINDOW_DAYS days (near dates are in the same or adjacent weeks;
    # None = undated), and check only the pairs the index gives, in the all-pairs order: skipped
    # pairs are ones the loop would reject, so the unions and the story ids are unchanged. Most
    # pairs of a busy week share one actor only (a country): counting keeps them out.
    def week(aid):
        d = published.get(aid)
        return None if d is None else d.toordinal() // STORY_WINDOW_DAYS

    by_seg, by_key = {}, {}
    actor_keys, pair_keys = [], []
    for j, a in enumerate(accusations):
        cp = (_country(a.source), _country(a.target))
        by_seg.setdefault((cp, a.article_id, a.segment), []).append(j)
        actor_keys.append([(cp, "actor", x) for x in actors[a.event_id]])
        pair_keys.append([(cp, "pair", a.source.actor_id, a.target.actor_id)] if a.source and a.target else [])
        w = week(a.article_id)
        for k in actor_keys[-1] + pair_keys[-1]:
            by_key.setdefault(k, {}).setdefault(w, []).append(j)

    near_ids: dict[tuple, list[int]] = {}

    def near(k, w) -> list[int]:
        """Indices with key k in week w and the weeks beside it (every week when undated), in order."""
        if (k, w) not in near_ids:
            weeks = by_key[k]
            lists = weeks.values() if w is None else [weeks.get(x, ()) for x in (w - 1, w, w + 1, None)]
            near_ids[(k, w)] = sorted(chain.from_iterable(lists))  # one week each: no index twice
        return near_ids[(k, w)]

    def after(ids: list[int], i: int) -> list[int]:
        return ids[bisect_right(ids, i):]

    members = {a.event_id: {j} for j, a in enumerate(accusations)}  # root -> indices of its story
    for i, a in enumerate(accusations):
        cp = (_country(a.source), _country(a.target))
        w = week(a.article_id)
        # later accusation -> how many of a's actors it names (each actor is one key)
        shared = Counter(chain.from_iterable(after(near(k, w), i) for k in actor_keys[i]))
        cand = {j for j, n in shared.items() if n >= 2}
        cand.update(after(by_seg[(cp, a.article_id, a.segment)], i), *(after(near(k, w), i) for k in pair_keys[i]))
        ra = find(a.event_id)
        own = members[ra]
        cand = cand - own  # already one story with a: the union would change nothing (costs len(cand), not len(own))
        for j in sorted(cand):
            b = accusations[j]
            rb = find(b.event_id)
            if rb == ra:
                continue
            if _same_story(a, b, actors, published):
                parent[rb] = ra
                other = members.pop(rb)
                if len(other) > len(own):
                    own, other = other, own
                own |= other
                members[ra] = own
    roots = sorted({find(a.event_id) for a in accusations})
    names = {r: f"S{n + 1:04d}" for n, r in enumerate(roots)}
    return {a.event_id: names[find(a.event_id)] for a in accusations}


def pair_claims(events: list[Event], mentions: dict[str, list[Mention]],
                published: dict[str, date | None]) -> tuple[list[Event], list[Pairing]]:
    """Pairings for every accusation, and the events with denial targets filled in."""
    for e in events:
        e.segment_key = (e.article_id, e.segment)
    accusations = [e for e in events if e.event_type == "accuse"]
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    answered: dict[str, list[Event]] = {}
    for evs in by_article.values():
        answered.update(_pair_in_article([e for e in evs if e.event_type == "accuse"],
                                         [e for e in evs if e.event_type == "deny"]))
    story_of = _stories(accusations, mentions, published)
    denial_of_story: dict[str, Event] = {}
    for a in accusations:
        if a.event_id in answered:
            denial_of_story.setdefault(story_of[a.event_id], answered[a.event_id][0])

    target_fill: dict[str, Mention] = {}
    pairings = []
    for a in accusations:
        own = answered.get(a.event_id)
        if own:
            d, basis = own[0], "same_article"
            for each in own:
                if each.target is None and a.source is not None:
                    target_fill[each.event_id] = a.source
        elif story_of[a.event_id] in denial_of_story:
            d = denial_of_story[story_of[a.event_id]]
            basis = "same_article" if d.article_id == a.article_id else "cross_article"
        else:
            d, basis = None, None
        pairings.append(Pairing(a.event_id, d.event_id if d else None, story_of[a.event_id], basis))
    for e in events:
        if e.event_type == "deny" and e.target is None and e.event_id not in target_fill:
            fallback = _default_accuser(e, by_article[e.article_id])
            if fallback is not None:
                target_fill[e.event_id] = fallback
    filled = [replace(e, target=target_fill[e.event_id]) if e.event_id in target_fill else e for e in events]
    return filled, pairings


def _default_accuser(denial: Event, article_events: list[Event]) -> Mention | None:
    """Whom an unpaired denial answers: any named accuser of the denier's country in the
    article, else the country whose election the article covers (its accusations are the news)."""
    if denial.extra.get("answers_nobody"):
        return None
    denier = _country(denial.source)
    for a in article_events:
        if a.event_type == "accuse" and _country(a.target) == denier and a.source is not None and a.source.country:
            return a.source
    home = denial.extra.get("home")
    if home and home != denier:
        from core.lexicon import _country_name_ar, _country_name_en

        return Mention(denial.start, denial.start, "", f"state:{home}", _country_name_ar(home), _country_name_en(home),
                       home, "state", "home")
    return None
