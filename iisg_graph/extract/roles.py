"""Who organised, who attended, who funded: roles from the words around each organisation mention.

Organisers: the subject of "organised / hosted / convened / held" (not of a headline's passive "Assembly
held in Sarajevo") and the objects of "organised [online on 5 May] by", "delivered by" (an event),
"under the auspices of", "on / at the initiative of", "under the ... Presidency", "officially launched by", the
subjects of "launched [on <date>] the project", with everything joined to them by "and", "in cooperation with",
"together with", "organised through X's instrument", and an organisation presenting or launching its own
publication at a public event or venue; not who chairs or co-chairs (a participant), nor the hosts of a later
event ("the next meeting will be hosted by"). Funders: the objects of "funded / financed / supported by", "with /
thanks to the support of", "a donation from", "a grant from", "costs were covered by", "commissioned by" and
"financed under / from" a programme (an event's or project's only), subjects of "X finances / supports" (a
project) and donor appositions ("X, the project's main donor"). A project's implementers ("implemented by a
consortium led by X") are background. Participants: every other organisation the text names, except mentions
inside quoted titles and background phrases ("according to", "plan between", "within the framework of"). "X met
Y" makes both participants, and so does "the support of X's analysts" (X's staff take part). An "X-funded"
adjective and "the X joint action" are background.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from iisg_graph.extract.kinds import ATTENDEE_NOUNS, EVENT_NOUNS, NON_EVENT_NOUNS, PROJECT_NOUNS, TRAINING_NOUNS
from iisg_graph.extract.rolewords import GATHERED_NOUNS, NON_FINANCIAL_SUPPORT, PAID_VERBS, longest_first
from iisg_graph.extract.textutil import bounded_words, caseless_regex, lower_view
from iisg_graph.extract.vocab import ORG_HEADS, PERSON_PLURALS

__all__ = ["RoleMention", "Roles", "assign_roles"]

# Passive participles whose agent organises the event: "organised by", "hosted in Belgrade by", "organised via
# video conference on 17.11.2020 by". Between participle and "by" may stand a short adjunct of place, time or
# manner (``_ADJUNCT``), never a conjunction, auxiliary, relative pronoun or another participle, whose "by"
# names its own agent ("organised a workshop attended by"). The second group organises only an event
# ("a course delivered by CEPOL", not "a presentation delivered by Europol"; see ``_event_cue_mode``); "led" and
# "facilitated" only a training-like one (who chairs or leads a meeting takes part in it: dev gold convention).
_IRREGULAR_PARTICIPLES = (
    "run|held|made|given|done|set|sent|taken|seen|foreseen|overseen|undertaken|shown|known|written|chosen|drawn"
    "|met|brought|sought|taught|built|spent|paid|said|told|found|won|begun|led"
)
_EVENT_ALT = longest_first(EVENT_NOUNS)
# A definite event object not after a preposition belongs to an active verb: "organised in Struga the second
# meeting foreseen by the Plan" (but "organised during the conference by", "via a video conference by").
_ACTIVE_OBJECT = (
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!during\s)(?<!\bfrom\s)"
    rf"(?:the|its|their|this|these)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_EVENT_ALT})\b"
)
_ADJUNCT = (
    r"(?:\s+(?!(?:and|or|but|was|were|is|are|be|been|being|has|have|had|which|that|who|whose|where|when|while"
    rf"|with|by|{_IRREGULAR_PARTICIPLES})\b|{_ACTIVE_OBJECT})(?>[\w.*/'’-]+)(?<!ed),?){{0,10}}"
)
# Not "chaired" / "co-chaired": who chairs or co-chairs a meeting takes part in it (gold convention), so "co-chaired
# by the Presidency" leaves the Presidency a plain (participant) mention.
_ORG_PARTICIPLES = ["co-?organi[sz]ed", "organi[sz]ed", "co-?hosted", "hosted", "convened", "initiated"]
_EVENT_PARTICIPLES = ["delivered", "conducted", "facilitated", "led", "implemented"]
_FRAMEWORK = r"\s+(?:jointly\s+)?(?:within|under\s+the\s+umbrella\s+of|in\s+the\s+framework\s+of)\s"
_ORG_CUE_ALTS = [
    r"co-?organi[sz]ed" + _FRAMEWORK,
    r"organi[sz]ed" + _FRAMEWORK,
    r"co-?organi[sz]ed\s+(?:jointly\s+)?together\s+with\s",
    r"organi[sz]ed\s+(?:jointly\s+)?together\s+with\s",
    *(p + _ADJUNCT + r"\s+by\s" for p in _ORG_PARTICIPLES),
    r"under\s+the\s+(?:auspices|patronage|umbrella)\s+of\s",
    *(prep + r"\s+the\s+initiative\s+of\s" for prep in ("on", "at", "upon")),
    r"at\s+the\s+invitation\s+of\s",
    # the instrument an event is run through stands for its owner: "organised through the European Commission's
    # TAIEX instrument" (not "organised through the project", whose name is background)
    r"organi[sz]ed\s+through\s+(?=(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:instruments?|mechanisms?)\b)",
    r"upon\s+the\s+invitation\s+of\s",
    r"on\s+the\s+invitation\s+of\s",
    # a launch is the event: "the project was officially launched in Skopje by" (a bare "launched by" is often
    # background: "a project launched by the EU in 2019")
    *(adv + r"\s+launched" + _ADJUNCT + r"\s+by\s" for adv in ("officially", "formally", "jointly")),
    r"under\s+(?=(?:the\s+)?(?:[A-Z][\w*-]*\s+){0,3}(?:Presidency|Chairmanship)[\w-]*\b(?!\s+of\s+the\s+Council))",
]
_ORG_CUES = re.compile(r"\b(?:" + "|".join(_ORG_CUE_ALTS) + ")", re.I)
_EVENT_BY_ALTS = [p + _ADJUNCT + r"\s+by\s" for p in _EVENT_PARTICIPLES]
_EVENT_BY = re.compile(r"\b(?:" + "|".join(_EVENT_BY_ALTS) + ")", re.I)
_LEAD = re.compile(r"(?:facilitated|led)\b", re.I)
_COOP_CUE = re.compile(
    r"\bin\s+(?:close\s+|joint\s+)?(?:cooperation|co-operation|partnership|collaboration)\s+with\s", re.I
)
# The same cues written with ``bounded_words`` (for their lower-case twins, see ``_Cue``), and the case-sensitive
# verbs: "\b(?:co-?)?hosted\s+by\s" becomes the branches "co-?hosted\s+by\s" and "hosted\s+by\s", each with
# its "\b" checked after its first letter, in the order the plain pattern tries them, so that ``re`` skips at C
# speed to the letters a cue can begin with (same matches; checked in tests/test_extract_fastpaths.py).
_ORG_CUES_SKIP = bounded_words(_ORG_CUE_ALTS, tail="")
_EVENT_BY_SKIP = bounded_words(_EVENT_BY_ALTS, tail="")
_COOP_CUE_SKIP = bounded_words(
    [r"in\s+(?:close\s+|joint\s+)?(?:cooperation|co-operation|partnership|collaboration)\s+with\s"], ""
)
_FUNDED_BY = r"\s+(?:jointly\s+|generously\s+)?by\s"
_SUPPORTED_BY = r"\s+(?:financially\s+)?by\s"
# What "financed under / from" names when it names a funder: a programme, instrument, fund or envelope (IPA).
_PROGRAMME_AHEAD = (
    r"(?=(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:ipa|programmes?|programs?|instruments?|funds?|envelopes?)\b)"
)
_COVERED_BY = (
    r"\s+(?:[\w-]+\s+){0,5}?(?:were|was|are|is|have\s+been|has\s+been|will\s+be)\s+(?:\w+ly\s+)?covered\s+by\s"
)
_SUPPORT_OF = (
    r"(?:the\s+)?(?:(?:financial\s+|generous\s+|kind\s+)?support|(?:generous\s+)?financial\s+assistance)"
    r"\s+(?:of|from)\s"
)
# "Financial support was provided by", "funding has been provided by": a passive "provided by" after a word for
# money (``_SUPPORT_PROVIDED`` for a bare "support").
_PROVIDED_BY = r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?provided\s+by\s"
# What a donor gives, after "made possible by": "a (financial) contribution of", "the support of", "funding from".
# Any one or two words may qualify the gift ("an extra-budgetary contribution from", "a generous financial
# grant of"), and an amount may stand before its giver ("a grant of EUR 1.2 million from").
_AMOUNT = (
    r"(?:(?:of|worth)\s+(?:(?:EUR|USD|CHF|GBP|SEK|NOK|€|\$|£)\s?)?\d[\d.,]*\s*"
    r"(?:(?:million|thousand|billion|mln)\s+)?(?:(?:EUR|USD|CHF|GBP|euros?|dollars?|francs?)\s+)?)?"
)
_CONTRIBUTION = (
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:contributions?|support|funding|funds|donations?|grants?|assistance)\s+" + _AMOUNT + r"(?:of|from|by)\s"
)
# "procured under the EU-funded project", "purchased through an EU-financed programme": what the item hands over
# was paid by the project's funder, named as the first part of "<funder>-funded" right after this cue (the
# adjective alone, "a workshop within the EU-funded SIRIUS project", funds no event: gold convention).
_PAID_UNDER = [
    verb + r"\s+(?:under|through|within|from|with)\s+(?:the|an?)\s+(?=[\w.’'-]{1,24}-(?:funded|financed)\b)"
    for verb in PAID_VERBS
]
# A bare "support ... provided by" is the donor's too (in these releases it usually is), but not support of
# another kind ("logistical support was provided by the host ministry": a participant). The kinds are
# lookbehinds after the "s" of "support", so that the branch still begins with a letter (``bounded_words``).
_SUPPORT_PROVIDED = (
    "s"
    + "".join(rf"(?<!{w}\ss)" for w in sorted(NON_FINANCIAL_SUPPORT))
    + r"upport(?:\s+for\s+(?:the|this)\s+[\w-]+)?"
    + _PROVIDED_BY
)
# Who pays: "co-funded by", "with / thanks to the (financial) support of", "a donation from", "with funds from",
# "through a grant from", "the costs of the visit were covered by". Each begins with the word that must stand on
# a word boundary (plain form ``_FUND_CUES``, fast form ``_FUND_CUES_SKIP``: same branches, same order).
_FUND_CUE_ALTS = [
    r"co-?(?:funded|financed|sponsored)" + _FUNDED_BY,
    r"funded" + _FUNDED_BY,
    r"financed" + _FUNDED_BY,
    r"sponsored" + _FUNDED_BY,
    # who commissions a project pays for it: "the regional project X, commissioned by the Federal Foreign Office"
    r"commissioned" + _FUNDED_BY,
    # a funding programme or instrument named as the source: "financed under IPA II", "funded from the EU's
    # IPA III regional envelope" (only for an event or project: ``_programme_fund_subject``)
    r"financed\s+(?:under|from)\s" + _PROGRAMME_AHEAD,
    r"funded\s+(?:under|from)\s" + _PROGRAMME_AHEAD,
    r"with\s+" + _SUPPORT_OF,
    r"thanks\s+to\s+" + _SUPPORT_OF,
    r"generously\s+supported" + _SUPPORTED_BY,
    r"financially\s+supported" + _SUPPORTED_BY,
    r"supported" + _SUPPORTED_BY,
    r"co-?financiers?\s+(?:are|is)\s",
    r"funding\s+(?:from|by)\s",
    r"funding" + _PROVIDED_BY,
    r"funds\s+from\s",
    r"funds" + _PROVIDED_BY,
    r"financial\s+assistance\s+from\s",
    r"financial\s+assistance" + _PROVIDED_BY,
    _SUPPORT_PROVIDED,
    r"grants?\s+" + _AMOUNT + r"(?:from|by)\s",
    r"donations?\s+" + _AMOUNT + r"(?:from|of|by)\s",
    r"gifts?\s+from\s",
    r"donated\s+by\s",
    r"costs?" + _COVERED_BY,
    r"expenses" + _COVERED_BY,
    # "The course was made possible by a contribution of Sida", "made possible through the generous support of"
    r"made\s+possible\s+(?:by|through|thanks\s+to|with)\s+" + _CONTRIBUTION,
    r"financial\s+contributions?\s+(?:of|from|by)\s",
    r"generous\s+contributions?\s+(?:of|from|by)\s",
    r"extra-?budgetary\s+(?:contributions?|funds|funding|support)\s+" + _AMOUNT + r"(?:of|from|by)\s",
    *_PAID_UNDER,
]
_FUND_CUES = re.compile(r"\b(?:" + "|".join(_FUND_CUE_ALTS) + ")", re.I)
_FUND_CUES_SKIP = bounded_words(_FUND_CUE_ALTS, tail="")
# Running an event is organising it, but "launched a report" / "delivered a speech" is not: the verbs of the
# second list count only with an event noun as their object.
_EVENT_OBJECT_NOUNS = r"training|trainings|course|workshop|seminar|conference|meeting|exercise|session|study\s+visit"
# A word of the object may end in a comma: "conducted a visit, board, search and seizure course".
_EVENT_OBJECT = rf"\s+(?:today\s+)?(?:an?|the|its)\s+(?:[\w-]+,?\s+){{0,5}}?(?:{_EVENT_OBJECT_NOUNS})\b"
# Launching a project, programme or initiative is holding its launch event: "jointly launched on 15 May 2022
# the Twinning project", "launched today in Tirana a regional programme". Up to two short adjuncts of time or
# place may come before the object (words that are no determiner or preposition, so "launched in the framework
# of the project" is no launch of it).
_LAUNCH_ADJUNCT = (
    r"(?:\s+(?:today|yesterday|(?:on|in)\s+(?!(?:an?|the|its|their)\s)[\w.-]+"
    r"(?:\s+(?!(?:an?|the|its|their|of|for|to|and)\s)[\w.-]+){0,3}),?){0,2}"
)
_LAUNCH_OBJECT = (
    _LAUNCH_ADJUNCT + r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,5}?"
    rf"(?:{_EVENT_OBJECT_NOUNS}|projects?|programmes?|programs?|initiatives?|assessments?|campaigns?)\b"
)
# Presenting or launching one's own publication at a public event is holding that event: "GI-TOC presented its
# report on cocaine markets at the Media Centre in Belgrade", "KCSS launched the thirteenth edition of the
# Barometer at a public event". Only with a venue or launch-type event after "at": presenting a report at a
# meeting ("presented its annual activity report at the meeting") is taking part in someone else's event.
_PUBLICATIONS = r"reports?|study|studies|publications?|barometer|index|survey|handbook|findings|edition|book|analysis"
_LAUNCH_VENUE = (
    r"(?:(?:public|launch|promotional|promotion|media|press|hybrid|online|virtual)\s+events?|(?:launch|promotion)(?:\s+ceremony)?"
    r"|press\s+conference|(?:Media|Press)\s+Cent(?:re|er))\b"
)
_OWN_PUBLICATION_AT = (
    rf"\s+(?:its|their|the)\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_PUBLICATIONS})\b[^.;]{{0,80}}?"
    rf"\s+at\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_LAUNCH_VENUE}"
)
# In the headline no venue is needed: "BIRN Kosovo presents its annual report on organised crime trials" names the
# item's event (a body presenting its report at someone else's meeting is seldom the headline's subject).
_TITLE_OWN_PUBLICATION = re.compile(
    rf"\b(?:presents|presented|launches|launched)\s+(?:its|their)\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_PUBLICATIONS})\b"
)
_ORG_VERB = re.compile(
    bounded_words(
        [
            r"co-?organi[sz](?:ed|es|e)\b",
            r"organi[sz](?:ed|es|e)\b",
            r"co-?host(?:ed|s)?\b",
            r"host(?:ed|s)?\b",
            r"is\s+hosting\b",
            r"are\s+hosting\b",
            r"convened\b",
            r"convenes\b",
            r"held\b",
            r"holds\b",
            r"is\s+holding\b",
            r"initiated\b",
            r"ran\b",
            r"helping\s+to\s+organi[sz]e\b",
            r"helped\s+(?:to\s+)?organi[sz]e\b",
            r"launched" + _LAUNCH_OBJECT,
            r"launched" + _OWN_PUBLICATION_AT,
            r"launches" + _OWN_PUBLICATION_AT,
            r"presented" + _OWN_PUBLICATION_AT,
            r"presents" + _OWN_PUBLICATION_AT,
            r"delivered" + _EVENT_OBJECT,
            r"conducted" + _EVENT_OBJECT,
            r"organised" + _EVENT_OBJECT,
            r"organized" + _EVENT_OBJECT,
        ],
        tail="",
    )
)
# Gathering people is organising their meeting: "UNODC gathered prosecutors from A and B in Sarajevo for a
# workshop", "the Mission brought together over 40 senior police officers". Only with people as the direct object
# (up to five words before the noun, none a preposition): "Europol gathered intelligence on" or "experts gathered
# in Tirana" organise nothing.
_GATHER_VERB = re.compile(
    r"\b(?:gathered|gathers|brought\s+together|brings\s+together)\s+"
    r"(?:(?!(?:in|on|at|from|between|during|via|to|for|of|with|by|under|within|after|before|over|into|through|across"
    r"|about|around|among|against|and|or|together)\s)[\w'’-]+\s+){0,5}?"
    r"(?:" + longest_first(GATHERED_NOUNS) + r")\b"
)
_FUND_VERB = re.compile(
    bounded_words(
        ["finance", "finances", "fund", "funds", "supports", "support", "co-?finance", "co-?finances", "sponsors"]
    )
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$")
_GAP = re.compile(
    r"^(?:[\s,]+|\band\b|\bthe\b|\bits\b|\bwith\b|\btogether\b|\bjointly\b|\bworking\b|\balso\b|\bby\b|\bas\s+well\s+as\b"
    r"|\bin\s+(?:close\s+)?(?:cooperation|co-operation|partnership|collaboration)\s+with\b|\bunder\b|\bthe\s+auspices\s+of\b"
    r"|\b(?:with|thanks\s+to)\s+the\s+(?:financial\s+|generous\s+)?support\s+of\b|\bgenerously\b|\b(?:supported|financed|funded)\s+by\b"
    r"|\bacting\b|\bthrough\b|\([^()]*\)|[–—][^–—.]{0,120}[–—]|\bof\s+the\s+project\b[^,]*|“[^”]*”|\"[^\"]*\""
    # "Europol and Eurojust, within the EU-funded SIRIUS project, held ...": an aside naming the framework
    # or the project it runs under: "C-PROC, under the joint EU and Council of Europe project iPROCEEDS-3, organised"
    r"|,\s*(?:within|under)\s+(?:the\s+)?[^,.;()]{0,80},|\bprojects?\b|\bprogrammes?\b"
    # "the Cybercrime Programme Office (C-PROC), based in Bucharest, and the Police": an aside giving a seat
    r"|,\s*(?:(?:which|that)\s+is\s+)?(?:based|headquartered|located|seated|situated|with\s+(?:its\s+)?"
    r"(?:headquarters|seat))\s+in\s+[^,.;()]{0,60},"
    # an organisation the organisation stage did not resolve, shaped as a name with its acronym: "the PPO and
    # the Rule of Law Programme of the Konrad-Adenauer-Stiftung (KAS) jointly organised" (capitals checked
    # case-sensitively; the bracket must hold an acronym, optionally with a head: "(CVE Centre)")
    r"|(?-i:\bthe\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|against|in|to)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,10}"
    r"\s*\((?=[A-Z][\w&.-]*[A-Z])[A-Z][\w&.-]*(?:\s+[A-Z][a-z]+)?\))"
    # an aside naming a partner the organisation stage did not resolve: "The Drina Youth Network, in partnership
    # with the Safe Cities Network, organised" (the subject still organises)
    r"|,\s*(?:in\s+(?:close\s+|joint\s+)?(?:cooperation|co-operation|partnership|collaboration)\s+with|together\s+with)"
    r"\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|against|in|to)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,10})"
    r"(?:\s*\([^()]*\))?,"
    # a seat town that ends the gap: "the OSCE Mission, in cooperation with the Police Academy in Danilovgrad,
    # organised" (only at the gap's end, so that "Europol in The Hague, and the Police organised" still breaks)
    r"|\bin\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=,?\s*$|,\s*which\s)"
    r"|\bsuccessfully\b|\brecently\b|\bofficially\b|\btoday\b|\byesterday\b|\bthat\b|\bwhich\b|['’]s\b|\b(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b"
    r"|\b(?:\w+\s+)?partners?\b)*$",
    re.I,
)
# Any word that can start a role cue: sentences without one are skipped at once. Every branch starts with a
# letter ("r(?<!\w.)an" is "\bran" with the boundary checked after the "r"), so ``re`` skips at C speed to
# the letters that can begin one.
_ANY_CUE = re.compile(  # matched on the lower-cased text
    r"organi[sz]|host|conven|held|holds|holding|initiat|r(?<!\w.)an\b|auspices|patronage|umbrella|under\s+the|"
    r"fund|financ|sponsor|support|grant|donat|gift|covered|cooperation|co-operation|partnership|collaboration|invitation|"
    r"launch|deliver|conduct|facilitat|implement|l(?<!\w.)ed\s|donor|made\s+possible|contribution|gather|br(?:ought|ings)\s+together|"
    r"presen(?:ted|ts)\b|commissioned"
)
# Words about another, later event: "The next Forum will take place in 2025 under the Polish Presidency", "the
# upcoming meeting, to be hosted by Serbia". Organiser cues after them name that event's hosts, not this one's
# (background). A bare "will be hosted by" counts only after the lead: a title or lead in the future tense
# announces the item's own event.
_NEXT_WORDS = ("next", "upcoming", "forthcoming", "subsequent")
_NEXT_EVENT = re.compile(  # matched on the lower-cased text
    bounded_words(_NEXT_WORDS, tail="")
    + r"\s+(?:[\w-]+\s+){0,3}?(?:"
    + longest_first(EVENT_NOUNS | {"edition", "editions", "round", "ministerial"})
    + r")\b"
)
_WILL_EVENT = re.compile(  # matched on the lower-cased text
    r"w(?<!\w.)ill\s+(?:(?:also|then|again|be)\s+)*"
    r"(?:take\s+place|held|(?:co-?)?hosted|organi[sz]ed|convened|(?:co-?)?host|organi[sz]e|convene|hold)\b"
)
_SUBUNIT_GAP = re.compile(r"\s+(?:at|within)\s+(?:the\s+)?(?:\w+['’]s\s+)?")
_PARTNER_GAP = re.compile(r"\s+partners?\s+(?:the\s+)?")
_BY_AFTER = re.compile(r"\s+(?:by|in\s+(?:cooperation|partnership))\b")
# Fund cues that make a funder only of an event or a project (``_programme_fund_subject``): "financed under /
# from" a programme, and "commissioned by" (a study commissioned by a ministry is no event's donor).
_SUBJECT_BOUND_FUND = re.compile(r"(?:financed|funded)\s+(?:under|from)\s|commissioned\b", re.I)
# A funder's staff: "with the support of Europol's analysts", "thanks to the support of Frontex experts" make the
# organisation a participant whose people help, not a donor.
_STAFF_OF = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:"
    + longest_first(w.lower() for w in PERSON_PLURALS)
    + r"|experts?|analysts?|officers?|specialists?|investigators?|trainers?)\b"
)
# Plain support, not money: "with the support of DCAF", "supported by Europol" (not "financial support",
# "generously supported"). Where the same sentence names who pays ("with the support of DCAF and financed by the
# Norwegian Ministry"), the text tells support from money and the supporter takes part (``_forward_roles``).
_BARE_SUPPORT = re.compile(r"(?:with|thanks\s+to)\s+the\s+(?:kind\s+)?support\s+(?:of|from)|supported\s+by", re.I)
# "X and Y, supported by Europol, dismantled a network": the verb after the supporters' aside is police work.
_OPERATIONAL_VERB_AFTER = re.compile(
    r"[^.;:()]{0,160}?,\s*(?:have\s+|has\s+)?(?:dismantled|arrested|seized|raided|searched|detained|disrupted"
    r"|intercepted|rescued|apprehended|confiscated|busted|broke\s+up|took\s+(?:\w+\s+)?action|carried\s+out)\b",
    re.I,
)
# "The action was supported by the IISG", "the operation was supported by Europol": the supported thing is police
# work, its supporters take part.
_OPERATION_SUBJECT = re.compile(
    r"\b(?:action|actions|operation|operations|action\s+day|raids?|investigations?)\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?$",
    re.I,
)
# "The training was delivered in cooperation with X", "the seminar was organised in partnership with X": an event
# run with a partner, whose partner co-organises it even with no organiser named in the sentence.
_PASSIVE_EVENT_COOP = re.compile(
    rf"\b(?:{_EVENT_ALT})\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:jointly\s+)?"
    r"(?:organi[sz]ed|delivered|held|conducted|run)\s+(?:jointly\s+)?$",
    re.I,
)
_DASH_GAP = re.compile(r"\s*[–—-]\s*")
# Between a unit and its parent: "the Network (WPON) of the Association".
_PARENT_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+)?")
# "Police and judicial authorities of Austria and Serbia, supported by Europol and Eurojust, took action": what is
# supported is a force at work (an operation), not an event or project, so the supporters take part; nothing is paid
# (gold: "Europol/Eurojust supported -> participants"). A bracket or list of countries may follow the noun.
_OPERATIONAL_SUPPORT = re.compile(
    r"\b(?:authorities|police|officers|investigators|forces|units|teams|agencies|services)"
    r"(?:\s+(?:of|from|in)\s+[^.;:()]{0,90}?)?,\s*$",
    re.I,
)
# "co-funded by both organisations", "financed by the two partners": the funders are the two named before.
_BOTH_BODIES = re.compile(
    r"(?:both|the\s+two)\s+(?:organi[sz]ations|institutions|partners|bodies|donors)\b|(?:both|the\s+two)\s+of\s+them\b",
    re.I,
)
# "Ambassador of Denmark, whose government funded the project": the country (or body) named pays.
_WHOSE_FUNDED = re.compile(
    r",\s+whose\s+(?:government|country|ministry|organi[sz]ation)\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:co-?)?(?:funded|financed|funds|finances|sponsored|sponsors)\b"
)
# "INL-funded training": an adjective naming who pays; the name in it attends nothing (background).
_FUNDED_ADJ = re.compile(r"-(?:co-?)?(?:funded|financed|sponsored|supported)\b")
# "part of the EU-UNODC joint action on maritime security": the owners of a joint framework named as its modifier
# are background, like "within the framework of".
_JOINT_FRAMEWORK = re.compile(r"\s+joint\s+(?:actions?|programmes?|programs?|projects?|initiatives?)\b", re.I)
_FUND_IN_GAP = re.compile(r"support\s+of|supported\s+by|financed\s+by|funded\s+by", re.I)
# "financed by the EU under / through / within (the) <programme or instrument>": the framework the money comes
# through ends a funder chain; it is no second funder (gold: "financed by the EU through the project" -> EU).
_FUND_FRAMEWORK = re.compile(r"[\s,]*(?:under|through|within)\b", re.I)
_ORG_IN_GAP = re.compile(r"cooperation|co-operation|partnership|collaboration|auspices|together", re.I)
_BACKGROUND_CUE = re.compile(
    r"(?:\baccording\s+to|\bplan\s+between|\bagreement\s+between|\bframework\s+of|\baccession\s+talks\s+with"
    r"|\bled\s+by|\bwhich\s+is\s+led\s+by|\bmember\s+of\s+the|\bPresidency\s+of\s+the|\bpartner\s+in\s+the"
    r"|\bParties\s+(?:of|to)\s+the|\bbody\s+of\s+the|\bwithin\s+the|\bwithin"
    r"|\b(?:meeting|session|sitting)\s+of\s+the"
    # the framework a meeting belongs to, not an attendee: "the Committee of Ministers of the Police Cooperation
    # Convention", "the implementation of the Convention"
    r"|\bCommittee\s+of\s+Ministers\s+of|\bimplementation\s+of"
    r"|\bas\s+an?\s+(?:active\s+)?\w*\s*partner)",
    re.I,
)
_BACKGROUND_GAP = re.compile(r"\s+(?:the\s+)?(?:\w+\s+){0,2}")
# An aside naming the framework an organisation acts within or under, right before the verb: "C-PROC, under the
# joint European Union and Council of Europe project iPROCEEDS-3, organised" (the names in it are background).
_ASIDE_END = re.compile(r",\s*(?:within|under)\s+(?:the\s+)?[^,.;()]{0,80},\s*$")
_CLAUSE_CUT = re.compile(r";|:\s|\.\s")
_AUSPICES = re.compile(r"['’]s\s+auspices")
_FUND_SUBJECT = re.compile(r"\b(?:that|which|project|programme)\b")
# "UNODC's Global Firearms Programme, in cooperation with": the owner's unit (a name the organisation stage did
# not keep) stands for its owner in a chain.
_POSSESSED_NAME = re.compile(
    r"['’]s\s+[A-Z][\w-]*(?:\s+(?:(?:of|for|against|on|to|in)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6}"
)
# "the PPO and the Rule of Law Programme South East Europe of the Konrad-Adenauer-Stiftung jointly organised":
# an organisation's unit, named before it with "of (the)" (a name the organisation stage did not keep), stands
# for its owner in a chain, like a possessed name. Only a name with an organisation head (``_owned_unit_before``).
_OWNED_UNIT = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|against|on|in)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,8})"
    r"\s+of\s+(?:the\s+)?$"
)
_SUBJECT_NOUN = re.compile(
    r"\b(?:" + longest_first(EVENT_NOUNS | NON_EVENT_NOUNS) + r")\b", re.I
)
# A bare verb followed by an adjunct: "held in", "convened on", "hosted online".
_ADJUNCT_AFTER = re.compile(
    r"\s+(?:in|on|at|from|between|during|via|online|virtually|under|within|today|yesterday|for|over|through)\b",
    re.I,
)
_PREPS = (
    "in|on|at|from|between|during|via|to|for|of|with|by|under|within|after|before|over|into|through|across"
    "|near|about|around|among|against|and|or"
)
_DETS = "a|an|the|its|their|his|her|our|this|these|those"
# The object of an active verb after its adjunct: a word that is no preposition or determiner, then an optional
# determiner, up to four words without a preposition, and an event or attendee noun ("... in Bucharest an
# operational meeting", "... on 5 May delegations"; not "... on the margins of the meeting").
_OBJECT = re.compile(
    rf"(?<!\S)(?!(?:{_PREPS}|{_DETS})\s)\S+\s+(?:(?:{_DETS}|\d+)\s+)?(?:(?!(?:{_PREPS})\s)[\w'’-]+\s+){{0,4}}?"
    r"(?:" + longest_first(EVENT_NOUNS | ATTENDEE_NOUNS) + r")\b",
    re.I,
)
# A date adjunct followed by a determiner: the verb has an object, whatever its noun ("hosted on 6 March 2025 the
# annual review of the Plan", "convened on 3 May the Steering Committee"), so it is active.
_DATED_OBJECT = re.compile(
    r"\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?,?\s+(?:the|an?|its|their)\s"
)
# A participle's "by" just before a chained mention: that mention is the participle's agent ("implemented by a
# consortium led by the Ministry"), not a subject of the main verb. "represented by" names the subject itself.
_AGENT_BY = re.compile(
    r"\b(?!represented\b)(?:[a-z]+ed|led|run|made|done|given)\s+(?:jointly\s+)?by\s+(?:the\s+)?$", re.I
)
# Trainers or lecturers of a body as the subject: they run a part of someone else's event ("Trainers from the
# Austrian Federal Police ran a practical exercise"), so their body takes part (gold) and organises nothing.
_STAFF_SUBJECT = re.compile(
    r"\b(?:trainers|instructors|lecturers|mentors|facilitators)\s+(?:from|of)\s+(?:the\s+)?$", re.I
)
# A person named in apposition right before the verb ("…, Colonel Besim Gashi, today hosted"), after the name of
# the body they head ("The General Director of the Kosovo Police"; see ``_head_hosts``).
_NAMED_HEAD = re.compile(
    r",\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Col|Gen)\.\s+|(?:Colonel|General|Major|Ambassador|Judge|Professor)\s+)?"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:(?:today|yesterday|also|then)\s+)?$"
)
_HEAD_OF = re.compile(
    r"\b(?:(?:General\s+)?Director(?:\s+General)?|Minister|Head|Chief|Commissioner|President|Commander"
    r"|Secretary\s+General|Executive\s+Director)\s+of\s+(?:the\s+)?$"
)
# "implemented by a consortium of the Italian Ministry of Interior and the Hellenic Police": the consortium's
# members are the implementers.
_CONSORTIUM = re.compile(
    r"(?:an?\s+|the\s+)?consortium\s+(?:of|led\s+by|composed\s+of|consisting\s+of|made\s+up\s+of)\s+(?:the\s+)?",
    re.I,
)
_ORG_BY = re.compile(r"(?:(?:co-?)?(?:organi[sz]ed|hosted)|convened|initiated)\b", re.I)
# A project's implementers (and a consortium's lead) are not said to attend: background (dev gold convention).
_IMPLEMENTER_BY = re.compile(r"(?:co-?)?(?:implemented|led|coordinated|managed|run)\b", re.I)
_DONOR_WORD = re.compile(r"donor|funder|financier|sponsor|funding\s+partner", re.I)
_DONOR_WORD_LOW = caseless_regex(_DONOR_WORD)  # for the lower-cased view
# "the Swiss Agency for Development and Cooperation (SDC), the Centre's main donor": a donor apposition.
_DONOR_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:the|its|their|our|one\s+of\s+the)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:(?:main|principal|largest|biggest|key|major|core|long-?standing|lead|leading|sole|only|primary|strategic"
    r"|generous|financial)\s+)*(?P<noun>donors?|funders?|financiers?|sponsors?|funding\s+partners?)\b",
    re.I,
)


class _Cue(NamedTuple):
    """A cue pattern with what ``_scan`` needs to skip it: the words (lower case) of which every match contains
    one, and for an IGNORECASE cue its case-sensitive twin for ``lower_view(text)`` (same spans, a fraction of
    the cost; made from the ``bounded_words`` form, as a case-sensitive pattern skips ahead to its first letters
    and an IGNORECASE one cannot, which is kept plain for the texts without a lower-cased view).

    Held together so that no pattern is ever a dict key: hashing a compiled pattern hashes all its code."""

    rx: re.Pattern[str]
    needs: tuple[str, ...]
    twin: re.Pattern[str] | None = None


def _twin(skip: str) -> re.Pattern[str]:
    return caseless_regex(re.compile(skip, re.I))


_ORG_CUES_SCAN = _Cue(
    _ORG_CUES,
    ("organi", "hosted", "convened", "initiat", "launched", "under", "invitation"),  # "organi" covers "through"
    _twin(_ORG_CUES_SKIP),
)
_EVENT_BY_SCAN = _Cue(_EVENT_BY, ("delivered", "conducted", "facilitated", "led", "implemented"), _twin(_EVENT_BY_SKIP))
_FUND_CUES_SCAN = _Cue(
    _FUND_CUES,
    (
        "fund",
        "financ",
        "sponsored",
        "support",
        "grant",
        "donat",
        "gift",
        "covered",
        "possible",
        "contribution",
        "commissioned",
    ),
    _twin(_FUND_CUES_SKIP),
)
_COOP_CUE_SCAN = _Cue(_COOP_CUE, ("operation", "partnership", "collaboration"), _twin(_COOP_CUE_SKIP))
_ORG_VERB_SCAN = _Cue(
    _ORG_VERB,
    (
        "organi",
        "host",
        "conven",
        "held",
        "holds",
        "holding",
        "initiated",
        "ran",
        "launch",
        "delivered",
        "conducted",
        "presented",
        "presents",
    ),
)
_GATHER_VERB_SCAN = _Cue(_GATHER_VERB, ("gather", "together"))
_FUND_VERB_SCAN = _Cue(_FUND_VERB, ("financ", "fund", "support", "sponsors"))
_BACKGROUND_CUE_SCAN = _Cue(
    _BACKGROUND_CUE,
    (
        "according",
        "plan",
        "agreement",
        "framework",
        "accession",
        "led",
        "member",
        "presidenc",
        "partner",
        "parties",
        "body",
        "within",
        "meeting",
        "session",
        "sitting",
        "committee",
        "implementation",
    ),
    caseless_regex(_BACKGROUND_CUE),
)


def _scan(cue: _Cue, text: str, cue_text: str, start: int, end: int) -> list[re.Match[str]]:
    """``cue.rx.finditer`` over ``[start, end)`` of ``text`` (a case-sensitive cue) or of ``cue_text`` (an
    IGNORECASE cue, by its lower-case twin when ``cue_text`` is the lower-cased view), skipped when none of
    the words the cue needs is there."""
    rx = cue.rx
    if cue.twin is not None:  # an IGNORECASE cue
        if cue_text is text:
            return list(rx.finditer(text, start, end))
        text, rx = cue_text, cue.twin
    find = text.find
    for w in cue.needs:
        if find(w, start, end) >= 0:
            return list(rx.finditer(text, start, end))
    return []


@dataclass
class RoleMention:
    """A span that can take a role: an organisation mention or (for funders) a country mention."""

    start: int
    end: int
    key: str
    is_country: bool = False


@dataclass
class Roles:
    """Role sets per entity key, and the mentions that showed each role (evidence)."""

    organisers: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    funders: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    neutral: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    background: set[str] = field(default_factory=set)


@lru_cache(maxsize=65536)
def _is_gap(gap: str) -> bool:
    """Whether the text between two chained mentions only joins them (``_GAP``); gaps recur (", ", " and the").

    A possessed name at its start ("UNODC's Global Firearms Programme, in cooperation with") is the first
    mention's own unit, one the organisation stage did not keep: the chain goes on over it."""
    if _GAP.match(gap) is not None:
        return True
    owned = _POSSESSED_NAME.match(gap)
    if owned is not None and _GAP.match(gap[owned.end() :]) is not None:
        return True
    unit = _owned_unit_before(gap)
    return unit >= 0 and _GAP.match(gap[:unit]) is not None


def _owned_unit_before(gap: str) -> int:
    """Where a gap ends in "the <Unit> of (the)" naming a unit of the next mention (one of its words an
    organisation head: "the Rule of Law Programme South East Europe of the"), else -1."""
    if not gap.endswith(("of ", "the ")):
        return -1
    m = _OWNED_UNIT.search(gap, max(0, len(gap) - 160))
    if m is None or not any(w in ORG_HEADS for w in m.group("name").split()):
        return -1
    return m.start()


def _bracketed(text: str, m: RoleMention) -> bool:
    """A mention that fills a bracket, "(CVE Centre)": the short form of the name before it, which a chain passes
    over as part of the gap (``_GAP`` takes the whole bracket) instead of breaking at its "(" and ")"."""
    return text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"


def _chain_forward(text: str, ms: list[RoleMention], start: int, limit: int) -> list[tuple[RoleMention, str]]:
    """The mentions joined to ``start`` (a cue's end) and to each other by gaps only (``_is_gap``), before
    ``limit``; each with the gap before it. A country that breaks the chain is passed over, not an end."""
    out: list[tuple[RoleMention, str]] = []
    pos = start
    for m in ms:
        if m.start < pos or (out and _bracketed(text, m)):
            continue
        if m.start >= limit:
            break
        gap = text[pos : m.start]
        if out and out[-1][0].key == m.key and _DASH_GAP.fullmatch(gap):
            pos = m.end  # "DCAF – Geneva Centre for Security Sector Governance": the same body's long form
            continue
        if not _is_gap(gap):
            if m.is_country:
                continue
            break
        out.append((m, gap))
        pos = m.end
    return out


def _chain_backward(
    text: str, ms: list[RoleMention], end: int, floor: int, aside: int = -1
) -> list[tuple[RoleMention, str]]:
    """The mentions joined to each other and to ``end`` by gaps only (``_is_gap``), nearest first; those at or
    after ``aside`` (the start of a framework aside ending at ``end``, see ``_ASIDE_END``) are passed over."""
    out: list[tuple[RoleMention, str]] = []
    pos = end
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        if m.end > pos:
            continue
        if m.end <= floor:
            break
        if 0 <= aside <= m.start:
            continue  # "C-PROC, under the joint EU and Council of Europe project, organised": the project's owners
        short = _bracketed(text, m)
        if short and _long_form_before(text, ms, k):
            continue
        gap = text[m.end + short : pos]
        if not _is_gap(gap):
            if m.is_country:
                continue  # a country named inside an aside ("– acting through its programme for Afghanistan –")
            break
        out.append((m, gap))
        pos = m.start
    return out


def _long_form_before(text: str, ms: list[RoleMention], k: int) -> bool:
    """Whether the bracketed mention ``ms[k]`` follows the mention of its long form ("the Office (UNODC)"). A
    short form after a name the organisation stage did not keep ("the Commission's Directorate-General for
    Migration and Home Affairs (DG HOME) hosted") is the only mention of its body and takes part in the chain."""
    return k > 0 and not text[ms[k - 1].end : ms[k].start - 1].strip()


def _clause_start(text: str, sent: tuple[int, int], pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";", ": " or ". " of its sentence before it."""
    cut = sent[0]
    for m in _CLAUSE_CUT.finditer(text[sent[0] : pos]):
        cut = sent[0] + m.end()
    return cut


def assign_roles(text: str, sentences: list[tuple[int, int]], mentions: list[RoleMention]) -> Roles:
    """Organiser / funder / neutral mentions per entity key.

    >>> t = "GIZ, in cooperation with RAI and supported by OSCE, organised a workshop attended by IOM."
    >>> ms = [RoleMention(m.start(), m.end(), m.group()) for m in re.finditer(r"GIZ|RAI|OSCE|IOM", t)]
    >>> r = assign_roles(t, [(0, len(t))], ms)
    >>> sorted(r.organisers), sorted(r.funders), sorted(r.neutral)
    (['GIZ', 'RAI'], ['OSCE'], ['IOM'])
    """
    ms = sorted(mentions, key=lambda m: m.start)
    view = lower_view(text)
    cue_text = text if view is None else view  # where the IGNORECASE cues are scanned
    bg_ends = [m.end() for m in _scan(_BACKGROUND_CUE_SCAN, text, cue_text, 0, len(cue_text))]
    roles = Roles()
    taken: set[tuple[int, int]] = set()
    starts = [s for s, _ in sentences]
    low = text.lower() if view is None else view
    by_sent: dict[int, list[RoleMention]] = {}
    for m in ms:
        by_sent.setdefault(bisect_right(starts, m.start) - 1, []).append(m)
    for k, sms in sorted(by_sent.items()):
        if k < 0 or sms[0].start >= sentences[k][1]:
            continue
        sent = sentences[k]
        if _ANY_CUE.search(low, sent[0], sent[1]):
            org_verbs = _scan(_ORG_VERB_SCAN, text, cue_text, sent[0], sent[1])
            org_verbs += _scan(_GATHER_VERB_SCAN, text, cue_text, sent[0], sent[1])
            if k == 0:  # a headline's "X presents its annual report": the presentation is the item's event
                org_verbs += _TITLE_OWN_PUBLICATION.finditer(text, sent[0], sent[1])
            later = _later_event_at(low, sent, k)
            org_verbs = [v for v in org_verbs if v.start() < later]
            _forward_roles(text, cue_text, sent, sms, roles, taken, bool(org_verbs), later)
            _backward_roles(text, sent, sms, roles, taken, org_verbs)
    if sentences:
        _drop_title_country_funders(roles, ms, sentences[0][1])
    for k, m in enumerate(ms):
        if (m.start, m.end) in taken or m.is_country:
            continue
        if _bracketed(text, m):
            continue  # "(AMIF)": the acronym of the name just before, not a second mention
        if _named_only(text, ms, k, bg_ends):
            roles.background.add(m.key)
        else:
            roles.neutral.setdefault(m.key, []).append((m.start, m.end))
    return roles


def _named_only(text: str, ms: list[RoleMention], k: int, bg_ends: list[int]) -> bool:
    """Whether the mention ``ms[k]`` with no role is only named (background), not a participant: a sub-unit named
    before its parent, a payer or framework owner in a modifier, a mention in a quoted title or after a
    background cue (``bg_ends``: where those cues end)."""
    m = ms[k]
    nxt = next((x for x in ms[k + 1 :] if not x.is_country), None)
    if nxt and _SUBUNIT_GAP.fullmatch(text, m.end, nxt.start):
        return True  # "the Border Directorate at Croatia's Ministry ...": a sub-unit
    if _FUNDED_ADJ.match(text, m.end) or _JOINT_FRAMEWORK.match(text, m.end):
        return True  # "INL-funded training" names a payer, "the EU-UNODC joint action" a framework's owners
    return _quoted(text, m.start) or any(e <= m.start and _BACKGROUND_GAP.fullmatch(text, e, m.start) for e in bg_ends)


def _drop_title_country_funders(roles: Roles, ms: list[RoleMention], title_end: int) -> None:
    """A headline's country donor ("equipment donated by the United States") when the body names who paid ("funded
    by the U.S. Department of State's INL"): the body's payer is meant, the country is only its short form."""
    countries = {m.key for m in ms if m.is_country}
    body_payer = any(
        key not in countries and any(start >= title_end for start, _ in spans) for key, spans in roles.funders.items()
    )
    if not body_payer:
        return
    for key in [k for k, spans in roles.funders.items() if k in countries and all(e <= title_end for _, e in spans)]:
        del roles.funders[key]


def _later_event_at(low: str, sent: tuple[int, int], k: int) -> int:
    """Where a sentence starts speaking of another, later event ("the next meeting will be hosted by"), or its
    end; ``low`` is the lower-cased text, ``k`` the sentence's index (0 the title, 1 the lead)."""
    s, e = sent
    find = low.find
    nxt = _NEXT_EVENT.search(low, s, e) if any(find(w, s, e) >= 0 for w in _NEXT_WORDS) else None
    will = _WILL_EVENT.search(low, s, e) if k >= 2 and find("will", s, e) >= 0 else None
    return min([m.start() for m in (nxt, will) if m], default=e)


def _add(d: dict[str, list[tuple[int, int]]], m: RoleMention, taken: set[tuple[int, int]]) -> None:
    """Give ``m`` the role of ``d`` (its span is the evidence) and mark it taken, so no later cue reassigns it."""
    d.setdefault(m.key, []).append((m.start, m.end))
    taken.add((m.start, m.end))


def _add_background(roles: Roles, m: RoleMention, taken: set[tuple[int, int]]) -> None:
    """Make ``m`` background (named, not taking part) and mark it taken, so no later cue gives it a role."""
    roles.background.add(m.key)
    taken.add((m.start, m.end))


def _forward_roles(
    text: str,
    cue_text: str,
    sent: tuple[int, int],
    sms: list[RoleMention],
    roles: Roles,
    taken: set,
    has_org_verb: bool,
    later: int,
) -> None:
    """Mentions chained after a cue ("organised by X and Y"); the cues are scanned in ``cue_text``
    (``text`` or its ``lower_view``). An organiser cue at or after ``later`` names the hosts of another event
    ("the next meeting will be hosted by X"): background."""
    s, e = sent
    cues = [(m.end(), "org") for m in _scan(_ORG_CUES_SCAN, text, cue_text, s, e)]
    for m in _scan(_EVENT_BY_SCAN, text, cue_text, s, e):
        mode = _event_cue_mode(text, cue_text, s, m)
        if mode:
            cues.append((m.end(), mode))
    fund_cues = [
        m
        for m in _scan(_FUND_CUES_SCAN, text, cue_text, s, e)
        if (not _SUBJECT_BOUND_FUND.match(m.group()) or _programme_fund_subject(text, s, m.start()))
        and not _operational_support(text, s, m)
    ]
    money = any(not _BARE_SUPPORT.match(m.group()) for m in fund_cues)
    cues += [(m.end(), "fund") for m in fund_cues if not (money and _BARE_SUPPORT.match(m.group()))]
    cues += [
        (m.end(), "org")
        for m in _scan(_COOP_CUE_SCAN, text, cue_text, s, e)
        if has_org_verb or _PASSIVE_EVENT_COOP.search(text, max(s, m.start() - 120), m.start())
    ]
    for pos, mode in sorted(cues):
        if mode == "org" and pos > later:
            mode = "later"
        if mode == "fund" and _BOTH_BODIES.match(text, pos):
            _both_fund(text, sms, pos, roles, taken)
            continue
        cons = _CONSORTIUM.match(text, pos) if mode == "implementer" else None
        if cons is not None:
            pos = cons.end()
        chain = _chain_forward(text, sms, pos, sent[1])
        # "hosted by SCN partner the International City/County Management Association": the partner is meant
        modifiers = [c for k, c in enumerate(chain) if k + 1 < len(chain) and _PARTNER_GAP.fullmatch(chain[k + 1][1])]
        for m, _ in modifiers:
            _add_background(roles, m, taken)
        chain = [c for c in chain if c not in modifiers]
        for m, gap in chain:
            if mode == "fund" and _STAFF_OF.match(text, m.end):
                continue  # "with the support of Europol's analysts": its staff take part, Europol pays nothing
            if _FUND_IN_GAP.search(gap):
                mode = "support" if money and _BARE_SUPPORT.search(gap) else "fund"
            elif _ORG_IN_GAP.search(gap) and mode == "fund" and has_org_verb:
                mode = "org"
            elif mode == "fund" and _FUND_FRAMEWORK.match(gap):
                break  # "financed by the EU under the CEPOL Exchange Programme": the programme's owner pays nothing
            if mode == "support" or (m.is_country and mode != "fund"):
                continue  # "with the support of DCAF and financed by Norway": DCAF takes part
            if mode in ("implementer", "later"):  # a project's implementers, another event's hosts: background
                _add_background(roles, m, taken)
                continue
            _add(roles.funders if mode == "fund" else roles.organisers, m, taken)
    donors = (_DONOR_WORD if cue_text is text else _DONOR_WORD_LOW).search(cue_text, s, e) is not None
    for m in sms:
        if _AUSPICES.match(text[m.end : m.end + 12]):
            _add(roles.organisers, m, taken)
        elif text.startswith(", whose ", m.end) and _WHOSE_FUNDED.match(text, m.end):
            _add(roles.funders, m, taken)
        elif donors and (m.start, m.end) not in taken:
            _donor_apposition(text, sent, sms, m, roles, taken)


def _operational_support(text: str, start: int, cue: re.Match[str]) -> bool:
    """Whether "supported by" follows a force at work as its subject ("authorities of A and B, supported by
    Europol, took action"), with no event or project named before it in the sentence (from ``start``): "a
    workshop for police officers, supported by the ADA" is still paid for."""
    if not _BARE_SUPPORT.match(cue.group()):
        return False
    lo = max(start, cue.start() - 160)
    if _OPERATION_SUBJECT.search(text, max(start, cue.start() - 40), cue.start()):
        return True
    if _SUBJECT_NOUN.search(text, start, cue.start()):
        return False
    if text[max(start, cue.start() - 4) : cue.start()].rstrip().endswith(",") and _OPERATIONAL_VERB_AFTER.match(
        text, cue.end()
    ):
        return True
    return _OPERATIONAL_SUPPORT.search(text, lo, cue.start()) is not None


def _owning_head(text: str, sms: list[RoleMention], m: RoleMention, floor: int) -> RoleMention:
    """The subject's head when the chain's first mention is its parent: "The Women Police Officers Network (WPON)
    of the Southeast Europe Police Chiefs Association held" -> the Network holds (the parent is only named)."""
    k = next((i for i, x in enumerate(sms) if x is m), -1)
    for head in reversed(sms[:k] if k > 0 else []):
        if head.start < floor or head.is_country:
            return m
        if _bracketed(text, head):
            continue
        return head if _PARENT_GAP.fullmatch(text, head.end, m.start) else m
    return m


def _operational_gap(text: str, start: int, lo: int, hi: int) -> bool:
    """Whether the words between two chained mentions (``lo``:``hi``) hold a plain support cue that supports a
    force at work (``_operational_support``), so the mention after it takes part instead of paying."""
    sup = _BARE_SUPPORT.search(text, lo, hi)
    return sup is not None and _operational_support(text, start, sup)


def _both_fund(text: str, sms: list[RoleMention], pos: int, roles: Roles, taken: set) -> None:
    """ "The action is part of the joint programme of the European Union and the Council of Europe and is co-funded
    by both organisations": the two organisations last named before the cue (in its sentence) pay."""
    before = [m for m in sms if m.end <= pos and not m.is_country]
    for m in before[-2:] if len(before) >= 2 else []:
        if (m.start, m.end) in taken:
            taken.discard((m.start, m.end))  # a background owner of the programme, now known to pay
        _add(roles.funders, m, taken)


def _programme_fund_subject(text: str, start: int, cue: int) -> bool:
    """Whether what is "financed under / from" a programme or "commissioned by" someone is the event or a
    project (the nearest event or non-event noun before the cue, from ``start``): "The project, financed under
    IPA II" names a funder, "the draft work plan, which is financed under IPA III" and "a study commissioned by"
    do not."""
    last = _nearest_subject_noun(text, start, cue)
    return last is not None and (last in EVENT_NOUNS or last in PROJECT_NOUNS)


def _nearest_subject_noun(text: str, start: int, cue: int) -> str | None:
    """The last event or non-event noun (lower case) in the 240 characters before ``cue`` (from ``start``): what a
    participle after it is said of. A capitalised non-event noun is part of a name and is passed over."""
    last = None
    for m in _SUBJECT_NOUN.finditer(text, max(start, cue - 240), cue):
        w = m.group()
        if w.lower() in EVENT_NOUNS or w in NON_EVENT_NOUNS:
            last = w.lower()
    return last


def _donor_apposition(
    text: str, sent: tuple[int, int], sms: list[RoleMention], m: RoleMention, roles: Roles, taken: set
) -> None:
    """A donor apposition makes a funder: "X (SDC), the Centre's main donor"; "A and B, the project's donors"."""
    app = _DONOR_AFTER.match(text, m.end, sent[1])
    if app is None:
        return
    if app.group("noun").lower().endswith(("s", "partners")):
        donors = [d for d, _ in _chain_backward(text, sms, m.end, _clause_start(text, sent, m.start))]
    else:
        donors = [m]
    for d in donors:
        if (d.start, d.end) not in taken:
            _add(roles.funders, d, taken)


def _event_cue_mode(text: str, cue_text: str, start: int, cue: re.Match[str]) -> str | None:
    """What an event-bound participle ("delivered by", "led by"; found from ``start``, the sentence start) makes
    of its agents, by the nearest noun before it: organisers ("org") of an event ("a course on terrorist
    content, delivered by CEPOL"; for "led" / "facilitated" a training-like one), background ("implementer")
    for the implementers of a project ("the project, implemented by a consortium led by"), else nothing (the
    agent of "a presentation delivered by"). A capitalised non-event noun is part of a name ("the DCAF Border
    Security Programme") and is passed over."""
    last = _nearest_subject_noun(text, start, cue.start())
    if last is None:
        return None
    if last in EVENT_NOUNS:
        return "org" if last in TRAINING_NOUNS or not _LEAD.match(cue_text, cue.start()) else None
    if last in PROJECT_NOUNS and _IMPLEMENTER_BY.match(cue_text, cue.start()):
        return "implementer"
    return None


def _backward_roles(
    text: str, sent: tuple[int, int], sms: list[RoleMention], roles: Roles, taken: set, org_verbs: list[re.Match[str]]
) -> None:
    fund_verbs = _scan(_FUND_VERB_SCAN, text, text, sent[0], sent[1])
    for verbs, mode in ((org_verbs, "org"), (fund_verbs, "fund")):
        for v in verbs:
            if _PASSIVE.search(text[max(sent[0], v.start() - 20) : v.start()]):
                continue
            if mode == "org" and (_BY_AFTER.match(text, v.end()) or _elided_passive(text, v, sent[1])):
                continue
            floor = _clause_start(text, sent, v.start())
            if mode == "org" and _head_hosts(text, sms, v, floor, roles, taken):
                continue
            aside = _ASIDE_END.search(text, max(floor, v.start() - 120), v.start()) if mode == "org" else None
            skip = aside.start() if aside else -1
            chain = _chain_backward(text, sms, v.start(), floor, skip)
            if aside and chain:  # the framework's owners named in the aside are background
                for m in sms:
                    if skip <= m.start < v.start() and (m.start, m.end) not in taken:
                        _add_background(roles, m, taken)
            if mode == "fund" and not _FUND_SUBJECT.search(text[floor : v.start()]):
                continue
            ordered = [m for m, _ in reversed(chain)]
            if mode == "org" and ordered:
                ordered[0] = _owning_head(text, sms, ordered[0], floor)
            role = mode
            for i, m in enumerate(ordered):
                # the first mention's cue is in the words since the mention before it (or the clause start)
                prev_end = ordered[i - 1].end if i else max([floor] + [x.end for x in sms if x.end <= m.start])
                role = _chain_role(text[prev_end : m.start], mode, role if i else None)
                if role == "fund" and mode == "org" and _operational_gap(text, sent[0], prev_end, m.start):
                    continue  # "The Border Police, with the support of IOM, conducted an exercise": IOM takes part
                if role == "agent" or (m.start, m.end) in taken or (m.is_country and role != "fund"):
                    continue
                if role == "implementer":
                    _add_background(roles, m, taken)
                    continue
                _add(roles.funders if role == "fund" else roles.organisers, m, taken)


def _head_hosts(text: str, sms: list[RoleMention], v: re.Match[str], floor: int, roles: Roles, taken: set) -> bool:
    """ "The General Director of the Kosovo Police, Colonel Besim Gashi, today hosted a meeting": a body's head,
    named in apposition, as the subject of an organiser verb makes the body an organiser."""
    lo = max(floor, v.start() - 60)
    app = _NAMED_HEAD.search(text, lo, v.start()) if text.find(",", v.start() - 14, v.start()) >= 0 else None
    if app is None:
        return False
    m = next((x for x in sms if x.end == app.start() and not x.is_country), None)
    if m is None or not _HEAD_OF.search(text, max(floor, m.start - 40), m.start):
        return False
    if (m.start, m.end) not in taken:
        _add(roles.organisers, m, taken)
    return True


def _elided_passive(text: str, v: re.Match[str], end: int) -> bool:
    """A headline's passive, "SEPCA Annual Assembly held in Sarajevo": a bare verb followed by an adjunct and
    no object (or an intransitive "MARRI convened in Podgorica"), so the name before it organised nothing. An
    active verb has an object, also after the adjunct ("SELEC hosted in Bucharest an operational meeting")."""
    if " " in v.group() or not _ADJUNCT_AFTER.match(text, v.end()) or _DATED_OBJECT.match(text, v.end(), end):
        return False
    return _OBJECT.search(text, v.end(), end) is None


def _chain_role(gap: str, mode: str, prev: str | None) -> str:
    """The role of a mention chained before a verb, from the words before it: "financed by" makes a funder;
    another participle's "by" makes the agent of that participle ("implemented by a consortium led by the
    Ministry"), not a subject of the verb, and so are the mentions joined to it: "implementer" (background)
    for a project's implementers, "agent" (no role) for others ("attended by")."""
    if mode == "fund":
        return "fund"
    if prev is None and _STAFF_SUBJECT.search(gap, max(0, len(gap) - 60)):
        return "agent"  # "Trainers from the Austrian Federal Police ran an exercise": the trainers' body takes part
    agent = _AGENT_BY.search(gap, max(0, len(gap) - 40)) if "by" in gap[-8:].lower() else None  # it ends the gap
    if agent is not None and not _ORG_BY.match(agent.group()):
        if _FUND_IN_GAP.search(agent.group()):
            return "fund"
        return "implementer" if _IMPLEMENTER_BY.match(agent.group()) else "agent"
    if _FUND_IN_GAP.search(gap):
        return "fund"
    return prev if prev in ("agent", "implementer") else "org"


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a “quoted” title on its line (an open quote not yet closed)."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:pos]
    return head.count("“") > head.count("”")
