"""Node and relationship types of the graph, and the GraphBatch that carries them to a store.

The pydantic classes here are the source of truth for the graph model; ``cypher/schema/*.cypher``
declare the same tables/constraints for each engine and a test keeps the two in step. Every node and
relationship carries provenance: ``sources`` (Source ids) and ``evidence`` (``"<source id>#<start>-<end>"``
spans into the Source text). Dates are ISO strings so that both engines compare them the same way;
``Event.year`` is stored so that queries need no engine-specific date functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ALL_NODE_TYPES",
    "DERIVED_TYPES",
    "NODE_TYPES",
    "REL_ENDPOINTS",
    "REL_PROPS",
    "CoAttendance",
    "Country",
    "Event",
    "GraphBatch",
    "Node",
    "Organisation",
    "Person",
    "Pillar",
    "Place",
    "Project",
    "Rel",
    "Source",
    "changed_rows",
    "merge_props",
]


class Node(BaseModel):
    """Common part of every node: a deterministic id and provenance."""

    model_config = ConfigDict(extra="forbid")
    LABEL: ClassVar[str] = ""

    id: str = Field(min_length=1)
    sources: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)

    def props(self) -> dict[str, object]:
        """All properties, provenance included, in declaration order (the column order of the stores)."""
        return self.model_dump()


class Person(Node):
    LABEL: ClassVar[str] = "Person"
    name: str
    aliases: list[str] = Field(default_factory=list)
    honorific: str | None = None


ORG_KINDS = (
    "ministry", "eu_body", "agency", "international_org", "regional_initiative", "secretariat",
    "police", "embassy", "ngo", "company", "other",
)


class Organisation(Node):
    LABEL: ClassVar[str] = "Organisation"
    name: str
    acronym: str | None = None
    kind: str = "other"
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Country(Node):
    LABEL: ClassVar[str] = "Country"
    iso2: str
    name: str


class Place(Node):
    LABEL: ClassVar[str] = "Place"
    name: str
    country: str | None = None


class Pillar(Node):
    LABEL: ClassVar[str] = "Pillar"
    code: str
    name: str
    number: int


class Event(Node):
    LABEL: ClassVar[str] = "Event"
    title: str
    kind: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    year: int | None = None
    date_precision: str | None = None


class Project(Node):
    LABEL: ClassVar[str] = "Project"
    title: str
    start_date: str | None = None
    end_date: str | None = None
    amount: float | None = None
    currency: str | None = None


class Source(Node):
    LABEL: ClassVar[str] = "Source"
    uri: str | None = None
    title: str | None = None
    published: str | None = None
    sha256: str | None = None
    text: str | None = None


NODE_TYPES: dict[str, type[Node]] = {
    t.LABEL: t for t in (Person, Organisation, Country, Place, Pillar, Event, Project, Source)
}
"""The fact nodes: what sources state. Stats, exports, ``to_networkx`` and ``retract`` cover these."""


class CoAttendance(Node):
    """Derived, not stated: two actors who took part in events on one pillar, with how often and when.

    The pair count behind "who has worked together" is quadratic in each event's participants, too slow to
    aggregate per query on a large graph (1.7M participant pairs for one pillar of 100k events). The load
    pipeline keeps one row per (pillar, actor pair) in step with the facts (``iisg_graph.derive``), so the
    saved query reads a table instead. ``actor_a`` < ``actor_b``; ``stated_*`` count only events whose
    pillar the text states. Carries no provenance of its own: it is traceable through the events.
    """

    LABEL: ClassVar[str] = "CoAttendance"
    pillar: str
    actor_a: str
    name_a: str | None = None
    actor_b: str
    name_b: str | None = None
    shared_events: int
    first_date: str | None = None
    last_date: str | None = None
    stated_events: int = 0
    stated_first_date: str | None = None
    stated_last_date: str | None = None


DERIVED_TYPES: dict[str, type[Node]] = {CoAttendance.LABEL: CoAttendance}
"""Nodes the pipeline computes from the facts (``iisg_graph.derive``), replaced rather than merged."""

ALL_NODE_TYPES: dict[str, type[Node]] = {**NODE_TYPES, **DERIVED_TYPES}

RelType = Literal[
    "ATTENDED", "ORGANISED", "FUNDED", "IMPLEMENTED", "BENEFITS", "CONCERNS", "HELD_IN", "IN_COUNTRY",
    "AFFILIATED_WITH", "REPORTED_IN",
]

REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "ATTENDED": (("Person", "Event"), ("Organisation", "Event"), ("Country", "Event")),
    "ORGANISED": (("Organisation", "Event"), ("Person", "Event"), ("Country", "Event")),
    "FUNDED": (("Organisation", "Event"), ("Country", "Event"), ("Organisation", "Project"),
               ("Country", "Project")),
    "IMPLEMENTED": (("Organisation", "Project"),),
    "BENEFITS": (("Project", "Country"),),
    "CONCERNS": (("Event", "Pillar"), ("Project", "Pillar")),
    "HELD_IN": (("Event", "Place"),),
    "IN_COUNTRY": (("Place", "Country"),),
    "AFFILIATED_WITH": (("Person", "Organisation"),),
    "REPORTED_IN": (("Event", "Source"), ("Project", "Source")),
}
"""Which node labels each relationship type joins (the ``FROM … TO …`` pairs of the schema)."""

REL_PROPS: dict[str, tuple[str, ...]] = {
    "ATTENDED": ("role",),
    "FUNDED": ("amount", "currency"),
    "CONCERNS": ("basis",),
    "AFFILIATED_WITH": ("role", "since", "until"),
}
"""Type-specific relationship properties; every type also has sources, evidence, method, confidence."""

REL_COMMON = ("sources", "evidence", "method", "confidence")


class Rel(BaseModel):
    """A relationship between two nodes, keyed by (type, src, dst): one edge per pair and type."""

    model_config = ConfigDict(extra="forbid")

    type: RelType
    src_label: str
    src: str
    dst_label: str
    dst: str
    props: dict[str, str | float | None] = Field(default_factory=dict)
    sources: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    method: str = "record"
    confidence: float = 1.0

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.src, self.dst)

    def row(self) -> dict[str, object]:
        """Flat properties as stored: the type's own properties (missing ones null) then provenance."""
        out: dict[str, object] = {p: self.props.get(p) for p in REL_PROPS.get(self.type, ())}
        out.update(sources=self.sources, evidence=self.evidence, method=self.method,
                   confidence=self.confidence)
        return out


def merge_props(old: dict[str, object], new: dict[str, object]) -> dict[str, object]:
    """Merge stored properties with incoming ones: the one rule every store and the batch apply.

    Lists (provenance, aliases) are unioned and sorted; ``confidence`` keeps the higher value; any other
    property takes the new value unless it is null. Applying it twice gives the same result (idempotent).

    >>> merge_props({"sources": ["b"], "name": "X", "confidence": 0.9},
    ...             {"sources": ["a"], "name": None, "confidence": 0.5})
    {'sources': ['a', 'b'], 'name': 'X', 'confidence': 0.9}
    """
    out = dict(old)
    for key, value in new.items():
        prev = old.get(key)
        if isinstance(value, list) or isinstance(prev, list):
            out[key] = sorted(set(prev or []) | set(value or []))
        elif key == "confidence" and prev is not None and value is not None:
            out[key] = max(prev, value)  # type: ignore[call-overload]
        elif value is not None:
            out[key] = value
    return out


def changed_rows(existing: dict[object, dict[str, object]],
                 incoming: Iterable[tuple[object, dict[str, object]]]) -> list[dict[str, object]]:
    """Stored rows merged with incoming ones (:func:`merge_props`), only those the merge changes.

    Both stores use it so that a re-load writes nothing and an update writes exactly what changed.

    >>> changed_rows({"a": {"id": "a", "sources": ["s1"]}}, [("a", {"id": "a", "sources": ["s1"]}),
    ...                                                       ("b", {"id": "b", "sources": ["s2"]})])
    []
    """
    out = []
    for key, props in incoming:
        old = existing.get(key)
        if old is not None:
            merged = merge_props(old, props)
            if merged != old:
                out.append(merged)
    return out


def _open(props: dict[str, object]) -> dict[str, object]:
    return {k: set(v) if isinstance(v, list) else v for k, v in props.items()}


def _merge_open(acc: dict[str, object], new: dict[str, object]) -> None:
    """:func:`merge_props` on an accumulator whose lists are sets: O(new) per merge, not O(all so far)."""
    for key, value in new.items():
        prev = acc.get(key)
        if isinstance(prev, set):
            prev.update(value or [])  # type: ignore[arg-type]
        elif key == "props" and isinstance(prev, dict):
            acc[key] = merge_props(prev, value)  # type: ignore[arg-type]
        elif key == "confidence" and prev is not None and value is not None:
            acc[key] = max(prev, value)  # type: ignore[call-overload]
        elif value is not None:
            acc[key] = value


def _close(acc: dict[str, object]) -> dict[str, object]:
    return {k: sorted(v) if isinstance(v, set) else v for k, v in acc.items()}


class GraphBatch:
    """Nodes and relationships ready for a store, merged by key as they are added.

    Adding the same node twice unions its provenance and fills properties the first copy lacked, so a
    batch never holds two rows with one key (which a bulk COPY would refuse). Merges accumulate in sets
    (a country named in 40k items is merged 40k times), and ``nodes`` / ``rels`` are built from them on
    first read after a change.
    """

    def __init__(self) -> None:
        self._node_acc: dict[tuple[str, str], tuple[type[Node], dict[str, object]]] = {}
        self._rel_acc: dict[tuple[str, str, str], dict[str, object]] = {}
        self._nodes: dict[tuple[str, str], Node] | None = {}
        self._rels: dict[tuple[str, str, str], Rel] | None = {}

    @property
    def nodes(self) -> dict[tuple[str, str], Node]:
        if self._nodes is None:
            self._nodes = {k: cls.model_construct(**_close(acc)) for k, (cls, acc) in self._node_acc.items()}
        return self._nodes

    @property
    def rels(self) -> dict[tuple[str, str, str], Rel]:
        if self._rels is None:
            self._rels = {k: Rel.model_construct(**_close(acc)) for k, acc in self._rel_acc.items()}
        return self._rels

    def add_node(self, node: Node) -> str:
        key = (node.LABEL, node.id)
        acc = self._node_acc.get(key)
        if acc is None:
            self._node_acc[key] = (type(node), _open(node.props()))
        else:
            _merge_open(acc[1], node.props())
        self._nodes = None
        return node.id

    def add_rel(self, rel: Rel) -> None:
        acc = self._rel_acc.get(rel.key)
        data = rel.model_dump()
        if acc is None:
            self._rel_acc[rel.key] = _open(data)
        else:
            _merge_open(acc, data)
        self._rels = None

    def extend(self, other: GraphBatch) -> None:
        for node in other.nodes.values():
            self.add_node(node)
        for rel in other.rels.values():
            self.add_rel(rel)

    def nodes_by_label(self) -> Iterator[tuple[str, list[Node]]]:
        """Nodes grouped by label, each group sorted by id (deterministic load order)."""
        groups: dict[str, list[Node]] = {}
        for (label, _), node in sorted(self.nodes.items()):
            groups.setdefault(label, []).append(node)
        yield from groups.items()

    def rels_by_pair(self) -> Iterator[tuple[tuple[str, str, str], list[Rel]]]:
        """Relationships grouped by (type, from label, to label), sorted by key."""
        groups: dict[tuple[str, str, str], list[Rel]] = {}
        for key in sorted(self.rels):
            rel = self.rels[key]
            groups.setdefault((rel.type, rel.src_label, rel.dst_label), []).append(rel)
        yield from groups.items()

    def __len__(self) -> int:
        return len(self.nodes) + len(self.rels)

    @classmethod
    def of(cls, nodes: Iterable[Node] = (), rels: Iterable[Rel] = ()) -> GraphBatch:
        batch = cls()
        for n in nodes:
            batch.add_node(n)
        for r in rels:
            batch.add_rel(r)
        return batch
