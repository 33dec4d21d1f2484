"""Organisations in context: ambiguous acronyms, bare ministries, forum-less chairmanships, decisions.

:func:`orgs.parse_org` says what a name alone means; this module finishes the job with the item's
context (context.py) and the analysts' decisions. A mention that neither can identify is *scoped* to its
item — its own node — rather than guessed: a wrong merge invents collaboration, a split only hides it
until someone writes a decision.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from iisg_graph.resolve.context import RecordContext, countries_in, scoped_id
from iisg_graph.resolve.decisions import Decisions
from iisg_graph.resolve.names import alternatives, cfold
from iisg_graph.resolve.orgs import OrgParse, known_parse, parse_org
from iisg_graph.resolve.refdata import refdata

__all__ = ["OrgResolver", "choose_sense"]


def choose_sense(parse: OrgParse, ctx: RecordContext | None, acronym: str) -> tuple[OrgParse, str]:
    """The sense of an ambiguous acronym best supported by the item, and why.

    Scores: 3 per co-occurring organisation, 2 per country, 1 per cue word. A tie keeps the first sense
    (the domain default) and says so.
    """
    senses = refdata().ambiguous.get(cfold(acronym))
    if not senses:
        return replace(parse, how="known"), "not ambiguous"
    if ctx is None:
        return known_parse(senses[0].org), "no context: default sense"
    scored = []
    for sense in senses:
        orgs = {o.removeprefix("org-") for o in ctx.org_ids} | set(ctx.families)
        score = 3 * len(sense.orgs & orgs) + 2 * len(sense.countries & ctx.countries) + len(
            sense.words & ctx.words)
        scored.append((score, sense))
    best = max(s for s, _ in scored)
    winners = [s for score, s in scored if score == best]
    reason = f"context score {best}" if len(winners) == 1 else f"tie at {best}: default sense"
    return known_parse(winners[0].org), reason


class OrgResolver:
    """Resolve organisation mentions with context and decisions (see the module docstring)."""

    def __init__(self, decisions: Decisions) -> None:
        self.decisions = decisions
        self.aliases = {cfold(k): v for k, v in decisions.aliases["organisation"].items()}
        self.redirect: dict[str, str] = {}
        self.pinned: dict[str, str] = {}
        self.chairs: dict[str, set[tuple[str, int | None]]] = defaultdict(set)  # country -> (forum, year)
        self.notes: dict[tuple[str, str], str] = {}  # (source id, mention) -> how it was decided
        self._parsed: dict[str, OrgParse] = {}
        self._judge()

    def _judge(self) -> None:
        for j in self.decisions.of("same", "organisation"):
            ids = [self._ref_id(i) for i in j.items]
            for other in ids[1:]:
                if other != ids[0]:
                    self.redirect[other] = ids[0]
        for j in self.decisions.of("not_same", "organisation"):
            for item in j.items[1:]:  # the first keeps the shared id, the others get their own
                if not item.startswith("org-"):
                    self.pinned[cfold(item)] = f"org-pinned-{cfold(item).replace(' ', '-')}"

    def _ref_id(self, ref: str) -> str:
        return ref if ref.startswith("org-") else self.parse(ref).id

    def parse(self, name: str) -> OrgParse:
        """Context-free parse of a mention, aliases and alternatives (``A|B``) applied (memoised)."""
        hit = self._parsed.get(name)
        if hit is None:
            hit = self._parsed[name] = self._parse(name)
        return hit

    def _parse(self, name: str) -> OrgParse:
        target = self.aliases.get(cfold(name))
        if target is not None:
            return parse_org(target) if not target.startswith("org-") else replace(parse_org(name), id=target)
        parses = [parse_org(alt) for alt in alternatives(name)]
        return next((p for p in parses if p.resolved), parses[0])

    def learn(self, parse: OrgParse, ctx: RecordContext) -> None:
        """Remember fully stated chairmanships, to complete "Moldovan Chairmanship" later."""
        if parse.how == "chair" and parse.forum and parse.country:
            self.chairs[parse.country].add((parse.forum, ctx.date.year if ctx.date else None))

    def resolve(self, name: str, ctx: RecordContext | None, role: str | None = None) -> OrgParse:
        """The canonical organisation (or country) of a mention in its context."""
        pinned = self.pinned.get(cfold(name))
        if pinned:
            return replace(parse_org(name), id=pinned, how="unknown")
        parse = self.parse(name)
        if parse.how == "ambiguous":
            parse, why = choose_sense(parse, ctx, name)
            self._note(ctx, name, why)
        elif parse.generic and ctx is not None:
            parse = self._in_context(parse, name, ctx, role)
        target = self.redirect.get(parse.id)
        return replace(parse, id=target) if target else parse

    def _note(self, ctx: RecordContext | None, name: str, why: str) -> None:
        if ctx is not None:
            self.notes[(ctx.source_id, name)] = why

    def _in_context(self, parse: OrgParse, name: str, ctx: RecordContext, role: str | None) -> OrgParse:
        if parse.how == "chair" and parse.country and not parse.forum:
            linked = self._chair_forum(parse, name, ctx)
            if linked:
                return linked
        if parse.how == "ministry" and parse.portfolio:
            linked = self._ministry_country(parse, name, ctx, role)
            if linked:
                return linked
        self._note(ctx, name, "generic name: kept to its own item")
        return replace(parse, id=scoped_id(parse.id, ctx))

    def _chair_forum(self, parse: OrgParse, name: str, ctx: RecordContext) -> OrgParse | None:
        """A forum-less chairmanship takes the forum co-named in the item, if the load knows that chair."""
        year = ctx.date.year if ctx.date else None
        forums = {f for f, y in self.chairs.get(parse.country or "", set())
                  if f in ctx.families and (year is None or y is None or abs(y - year) <= 1)}
        if len(forums) != 1:
            return None
        forum = refdata().orgs[forums.pop()]
        self._note(ctx, name, f"chairmanship completed with co-named forum {forum.id}")
        where = refdata().country_names.get(parse.country or "", "?")
        return replace(parse, id=f"org-chair-{forum.id}-{(parse.country or '').lower()}", generic=False,
                       forum=forum.id, name=f"{forum.acronym or forum.name} Chairmanship: {where}")

    def _ministry_country(self, parse: OrgParse, name: str, ctx: RecordContext,
                          role: str | None) -> OrgParse | None:
        """A bare ministry takes its country from the person's role, or from the one same-portfolio
        ministry the item names — but never when the item lists the bare form as a body of its own."""
        codes = countries_in(role) if role else frozenset()
        if len(codes) != 1 and cfold(name) not in ctx.listed:
            codes = frozenset(i.rsplit("-", 1)[1].upper() for i in ctx.org_ids
                              if i.startswith(f"org-ministry-{parse.portfolio}-") and "--" not in i)
        if len(codes) != 1:
            return None
        code = next(iter(codes))
        ref = refdata()
        self._note(ctx, name, f"bare ministry placed in {code} by its context")
        return replace(parse, id=f"{parse.id}-{code.lower()}", generic=False, country=code,
                       name=f"{parse.name} of {ref.country_names.get(code, code)}")
