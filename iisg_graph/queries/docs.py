"""The saved-query catalogue as Markdown (``docs/queries.md`` is this output; a test keeps them equal).

Regenerate: ``python -m iisg_graph.queries.docs > docs/queries.md``.
"""

from __future__ import annotations

from iisg_graph.queries.catalog import SavedQuery, catalog

__all__ = ["catalog_markdown"]

_INTRO = """# Saved queries

Generated from the headers of `cypher/queries/*.cypher` by `python -m iisg_graph.queries.docs`; edit the
headers, not this page. Run one with `iisg-graph query NAME -p key=value …` or
`iisg_graph.queries.run(store, NAME, **params)`; list them with `iisg-graph queries`.

Conventions: actor parameters accept an id, a name or an Organisation acronym (exact match); `""` means
"any" for optional filters and years `0`–`9999` mean "every year"; values are checked against the type of
the default. The `evidence` query returns spans and the Source text; `iisg_graph.queries.quotes(row)` cuts
the sentences. Each query is one portable Cypher text for LadybugDB and Neo4j 5 unless a
`NAME.ladybug.cypher` variant is listed (same rows, different dialect). Rows are fully ordered.

| name | title | parameters (defaults) |
|---|---|---|
"""


def _section(query: SavedQuery) -> str:
    variants = ", ".join(f"`{query.name}.{e}.cypher`" for e in sorted(query.variants)) or "none"
    return (f"## {query.name}\n\n**{query.title}.** {query.description}\n\n"
            f"- parameters: `{query.signature()}`\n- engine variants: {variants}\n")


def catalog_markdown() -> str:
    """The catalogue page: a summary table, then one section per query.

    >>> catalog_markdown().splitlines()[0]
    '# Saved queries'
    """
    queries = list(catalog().values())
    table = "".join(f"| [{q.name}](#{q.name}) | {q.title} | `{q.signature()}` |\n" for q in queries)
    return _INTRO + table + "\n" + "\n".join(_section(q) for q in queries)


if __name__ == "__main__":
    print(catalog_markdown(), end="")
