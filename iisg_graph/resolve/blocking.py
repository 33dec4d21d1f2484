"""Blocking and clustering primitives: compare only what could match, merge only what may merge.

Pairwise comparison of every name with every other is quadratic; blocking groups names by cheap keys
(a surname skeleton prefix, a date) and compares within groups only. Clusters are kept in a union-find
with *cannot-link* constraints, so a not-same judgement is honoured by every later merge, however it is
reached (the nomenklatura resolver works the same way).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from itertools import combinations
from typing import Generic, TypeVar

__all__ = ["Clusters", "block_pairs"]

T = TypeVar("T", bound=Hashable)


class Clusters(Generic[T]):
    """Union-find over hashable items with cannot-link pairs.

    >>> c = Clusters(["a", "b", "c"])
    >>> c.forbid("a", "c")
    >>> c.union("a", "b"), c.union("b", "c"), c.same("a", "b"), c.same("a", "c")
    (True, False, True, False)
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {}
        self.members: dict[T, set[T]] = {}
        self.cannot: dict[T, set[T]] = defaultdict(set)
        for item in items:
            self.add(item)

    def add(self, item: T) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.members[item] = {item}

    def find(self, item: T) -> T:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def forbid(self, a: T, b: T) -> None:
        self.cannot[a].add(b)
        self.cannot[b].add(a)

    def allowed(self, a: T, b: T) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        small, big = sorted((self.members[ra], self.members[rb]), key=len)
        return not any(self.cannot.get(x, set()) & big for x in small)

    def union(self, a: T, b: T) -> bool:
        """Merge the clusters of ``a`` and ``b``; False (and nothing done) when a constraint forbids it."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.allowed(a, b):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True

    def same(self, a: T, b: T) -> bool:
        return self.find(a) == self.find(b)

    def groups(self) -> Iterator[set[T]]:
        yield from self.members.values()


def block_pairs(keys: dict[T, Iterable[Hashable]], max_block: int = 200) -> Iterator[tuple[T, T]]:
    """Each pair of items sharing at least one blocking key, once.

    Oversized blocks (a very common key) are skipped: they carry no signal and would make the
    comparison quadratic again.

    >>> sorted(block_pairs({"x": ["k1"], "y": ["k1", "k2"], "z": ["k2"]}))
    [('x', 'y'), ('y', 'z')]
    """
    blocks: dict[Hashable, list[T]] = defaultdict(list)
    for item, item_keys in keys.items():
        for key in set(item_keys):
            blocks[key].append(item)
    seen: set[tuple[T, T]] = set()
    for members in blocks.values():
        if len(members) > max_block:
            continue
        for a, b in combinations(sorted(members, key=str), 2):
            if (a, b) not in seen:
                seen.add((a, b))
                yield a, b
