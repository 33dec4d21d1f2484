"""People: one Person per real person, never one for two.

Full names merge when their transliteration skeletons are equal ("Boštjan Šefic" = "Bostjan Sefic"),
or when they are near-equal (rapidfuzz Jaro-Winkler on given names and surnames separately, within
blocks of surname prefix + initial) *and* the context agrees: a shared organisation, a similar role or the
same item. Partial mentions ("Mr. Sojati", "S. Kostrešević") link to a full name only when exactly one
candidate is supported by such context; otherwise they stay apart, keyed by their item or organisation.
Two people who share a surname but not a given name are never merged automatically: near misses are
kept as review candidates with their score and reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from iisg_graph.model.ids import make_id
from iisg_graph.resolve.blocking import Clusters, block_pairs
from iisg_graph.resolve.decisions import Decisions
from iisg_graph.resolve.names import PersonName, cfold, parse_person, skeleton
from iisg_graph.resolve.roles import RoleIndex, role_key

__all__ = ["Candidate", "PeopleResolver", "PersonMentionCtx"]

_MERGE, _REVIEW, _ROLE = 0.9, 88.0, 85.0


@dataclass(frozen=True)
class PersonMentionCtx:
    """One person mention with what its item says about it."""

    raw: str
    org_id: str | None
    org_words: frozenset[str]
    role: str | None
    source_id: str
    date: dt.date | None


@dataclass(frozen=True)
class Candidate:
    """A pair that looked alike but was not merged (or was merged only with context), for review."""

    a: str
    b: str
    score: float
    reason: str
    merged: bool


@dataclass
class _Stats:
    forms: Counter[str] = field(default_factory=Counter)
    orgs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)


class PeopleResolver:
    """Clusters person mentions of a load; then answers ``resolve`` per mention (see module docstring)."""

    def __init__(self, decisions: Decisions) -> None:
        self.decisions = decisions
        self.aliases = {cfold(k): v for k, v in decisions.aliases["person"].items()}
        self.stats: dict[str, _Stats] = defaultdict(_Stats)
        self.names: dict[str, PersonName] = {}
        self.clusters: Clusters[str] = Clusters()
        self.links: dict[tuple[str, str, str | None], str] = {}  # (source, raw fold, org) -> full key
        self.roles = RoleIndex()
        self.candidates: list[Candidate] = []
        self.unlinked: list[tuple[PersonMentionCtx, str]] = []
        self._entities: dict[str, tuple[str, dict[str, object]]] = {}  # cluster root -> answer

    # -- preparing ---------------------------------------------------------------------------------
    def prepare(self, mentions: list[PersonMentionCtx]) -> None:
        partial, roles = [], []
        for m in mentions:
            name = self._parse(m.raw)
            if name is None:
                roles.append(m)
            elif name.is_full:
                self._add_full(name, m)
            else:
                partial.append((name, m))
        self._judge()
        self._fuzzy()
        for name, m in partial:
            self._link_partial(name, m)
        self._observe_roles(mentions)
        for m in roles:
            self._link_role(m)

    def _parse(self, raw: str) -> PersonName | None:
        return parse_person(self.aliases.get(cfold(raw), raw))

    def _add_full(self, name: PersonName, m: PersonMentionCtx) -> None:
        key = name.key
        self.names.setdefault(key, name)
        self.clusters.add(key)
        st = self.stats[key]
        st.forms[name.display] += 1
        st.sources.add(m.source_id)
        if name.honorific:
            st.honorifics.add(name.honorific)
        if m.org_id:
            st.orgs.add(m.org_id)
        if m.role:
            st.roles.add(cfold(m.role))

    def _key_of(self, ref: str) -> str | None:
        if ref.startswith("person-"):
            return next((k for k in self.names if make_id("person", k) == ref), None)
        name = self._parse(ref)
        return name.key if name and name.key in self.names else None

    def _judge(self) -> None:
        for j in self.decisions.of("not_same", "person"):
            keys = [k for k in map(self._key_of, j.items) if k]
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    self.clusters.forbid(a, b)
        for j in self.decisions.of("same", "person"):
            keys = [k for k in map(self._key_of, j.items) if k]
            for b in keys[1:]:
                if not self.clusters.union(keys[0], b):
                    self.candidates.append(Candidate(keys[0], b, 100.0, f"same ({j.where}) contradicts a "
                                                     "not-same decision: kept apart", False))

    def _fuzzy(self) -> None:
        blocks = {k: _blocks(n) for k, n in self.names.items()}
        for a, b in block_pairs(blocks, max_block=1000):
            if self.clusters.same(a, b):
                continue
            score, compatible = _name_score(self.names[a], self.names[b])
            if score < _REVIEW and not compatible:
                continue
            why = self._context(a, b)
            merged = compatible and why is not None and self.clusters.union(a, b)
            reason = (f"similar names ({score:.0f}) and {why}" if why else f"similar names ({score:.0f}), "
                      "no shared organisation, role or item")
            self.candidates.append(Candidate(a, b, round(score, 1), reason, bool(merged)))

    def _context(self, a: str, b: str) -> str | None:
        sa, sb = self.stats[a], self.stats[b]
        if sa.orgs & sb.orgs:
            return f"same organisation {sorted(sa.orgs & sb.orgs)[0]}"
        if sa.sources & sb.sources:
            return "same item"
        for ra in sa.roles:
            for rb in sb.roles:
                if fuzz.token_set_ratio(ra, rb) >= _ROLE:
                    return f"similar role ({ra!r} / {rb!r})"
        return None

    def _link_partial(self, name: PersonName, m: PersonMentionCtx) -> None:
        roots = {self.clusters.find(k) for k in self._surname_index().get(skeleton(name.surname[-1]), ())
                 if _initials_fit(name, self.names[k])}
        supported = {r for r in roots if self._supports(r, m)}
        if len(supported) == 1:
            self.links[(m.source_id, cfold(m.raw), m.org_id)] = supported.pop()
        else:
            why = "no full name with this surname" if not roots else (
                f"{len(roots)} full name(s) with this surname, {len(supported)} supported by context")
            self.unlinked.append((m, why))

    def _surname_index(self) -> dict[str, list[str]]:
        if not hasattr(self, "_sidx"):
            idx: dict[str, list[str]] = defaultdict(list)
            for k, n in self.names.items():
                for t in {*n.given[1:], *n.surname}:
                    idx[skeleton(t)].append(k)
            self._sidx = idx
        return self._sidx

    def _supports(self, root: str, m: PersonMentionCtx) -> bool:
        members = self.clusters.members[root]
        for k in members:
            st = self.stats[k]
            if m.source_id in st.sources or (m.org_id and m.org_id in st.orgs):
                return True
            if m.role and any(fuzz.token_set_ratio(cfold(m.role), r) >= _ROLE for r in st.roles):
                return True
        return False

    def _observe_roles(self, mentions: list[PersonMentionCtx]) -> None:
        for m in mentions:
            name = self._parse(m.raw)
            if name is not None and name.is_full and m.role and m.org_id:
                self.roles.observe((role_key(m.role, m.org_words), m.org_id), self.clusters.find(name.key),
                                   m.date)
        for t in self.decisions.roles:
            name = self._parse(t.person)
            if name is not None and name.key in self.names and t.org:
                self.roles.state((role_key(t.role, self._org_words(t.org)), self._org_id(t.org)),
                                 self.clusters.find(name.key), t.since, t.until)

    def _org_words(self, org: str) -> frozenset[str]:
        return frozenset(cfold(org).split())

    def _org_id(self, org: str) -> str:
        from iisg_graph.resolve.orgs import parse_org

        return parse_org(org).id

    def _link_role(self, m: PersonMentionCtx) -> None:
        if not m.org_id:
            self.unlinked.append((m, "role mention without an organisation"))
            return
        holder, why = self.roles.holder((role_key(m.raw, m.org_words), m.org_id), m.date)
        if holder is None:
            self.unlinked.append((m, f"role mention: {why}"))
        else:
            self.links[(m.source_id, cfold(m.raw), m.org_id)] = holder

    # -- answering ---------------------------------------------------------------------------------
    def resolve(self, m: PersonMentionCtx) -> tuple[str, dict[str, object]]:
        """(node id, properties) of one mention."""
        key = self.links.get((m.source_id, cfold(m.raw), m.org_id))
        name = self._parse(m.raw)
        if key is None and name is not None and name.is_full:
            key = name.key
        if key is None:  # unlinked partial or role mention: its own node, keyed by org or item
            scope = m.org_id or m.source_id
            display = name.display if name else m.raw
            return make_id("person", cfold(display), scope), {"name": display, "aliases": [m.raw],
                                                             "honorific": name.honorific if name else None}
        if key not in self.names:  # not seen in prepare (build without prepare)
            return make_id("person", key), {"name": name.display, "aliases": [m.raw],
                                            "honorific": name.honorific}
        root = self.clusters.find(key)
        pid, props = self._entities.get(root) or self._entities.setdefault(root, self._entity(root))
        if m.raw in props["aliases"] or m.raw == props["name"]:  # type: ignore[operator]
            return pid, props
        return pid, {**props, "aliases": sorted({*props["aliases"], m.raw})}  # type: ignore[misc]

    def _entity(self, root: str) -> tuple[str, dict[str, object]]:
        members = self.clusters.members[root]
        rep = max(members, key=lambda k: (sum(self.stats[k].forms.values()), len(k), k))
        forms: Counter[str] = Counter()
        honorifics: set[str] = set()
        for k in members:
            forms.update(self.stats[k].forms)
            honorifics |= self.stats[k].honorifics
        name = max(forms, key=lambda f: (forms[f], f != cfold(f).title() and not f.isascii(), len(f), f))
        aliases = sorted(set(forms) - {name})
        return make_id("person", rep), {"name": name, "aliases": aliases,
                                        "honorific": min(honorifics) if honorifics else None}


def _blocks(name: PersonName) -> list[tuple[str, str]]:
    initial = name.given[0][:1] if name.given else ""
    return [(initial, skeleton(t)[:4]) for t in {*name.given[1:], *name.surname}]


def _initials_fit(partial: PersonName, full: PersonName) -> bool:
    return all(any(g.startswith(p[:1]) for g in full.given) for p in partial.given)


def _name_score(a: PersonName, b: PersonName) -> tuple[float, bool]:
    """(0-100 score, compatible?) — compatible means: may be merged if the context agrees."""
    ga, gb = a.given_skeleton, b.given_skeleton
    sa, sb = a.surname_skeleton, b.surname_skeleton
    g = JaroWinkler.similarity(ga, gb)
    s = JaroWinkler.similarity(sa, sb)
    ta, tb = set(a.key.split()), set(b.key.split())
    subset = a.given[:1] == b.given[:1] and (ta <= tb or tb <= ta)  # middle names, double surnames
    compatible = subset or (g >= _MERGE and s >= _MERGE and ga[:1] == gb[:1] and sa[:1] == sb[:1])
    return 100 * (g + s) / 2, compatible
