"""Property-based checks of the rules everything else relies on (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from iisg_graph.model.graph import merge_props
from iisg_graph.model.ids import fold, make_id
from loaders.news_feed import parse_feed

words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                min_size=1, max_size=30)
props = st.fixed_dictionaries({
    "sources": st.lists(st.sampled_from(["s1", "s2", "s3"]), max_size=3),
    "name": st.one_of(st.none(), st.sampled_from(["DCAF", "OSCE"])),
    "confidence": st.one_of(st.none(), st.floats(0, 1)),
})


@given(props, props)
def test_merge_is_idempotent(old, new):
    once = merge_props(old, new)
    assert merge_props(once, new) == once


@given(props, props)
def test_merge_keeps_every_source(old, new):
    assert set(merge_props(old, new)["sources"]) == set(old["sources"]) | set(new["sources"])


@given(words)
def test_fold_is_stable_and_ids_are_deterministic(text):
    assert fold(fold(text)) == fold(text)
    assert make_id("org", text, 2023) == make_id("org", text, 2023)


@given(st.lists(st.tuples(words, words), min_size=1, max_size=5))
def test_feed_items_come_back_in_order(items):
    items = [(t.strip(), b.strip()) for t, b in items if t.strip() and b.strip() and "\n" not in t + b]
    feed = "".join(f"\n{title}\n\n{body}\n" for title, body in items)
    parsed = list(parse_feed(feed, "f.txt"))
    assert [(i.title, i.body) for i in parsed] == items
    for item in parsed:
        assert feed[item.offset:item.offset + len(item.title)] == item.title
        assert feed[item.body_offset:item.body_offset + len(item.body)] == item.body
