"""Compare: align a retelling with its source and name every drift; check a headline against its body.

``compare`` reads both articles' claims, aligns them (``retold.align``) and names the
drifts of each pair (``retold.drift``): a retelling claim with no counterpart is
``added``, a source claim with none is ``omitted``. ``check_headline`` is the same
machinery with the headline as the retelling and the article's own body as the
source; there, added and omitted make no sense and are never emitted.

Policy on bad input: none raises. An article without claims on either side gives
every claim of the other side as added or omitted; a headline with no body is
"unsupported".
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from retold.align import Aligner
from retold.drift import (_mentions, amounts, claim_drifts, date_drifts, date_interval, _dates_agree, _span, intervals_overlap,
                          match_quantities, negation_drifts, number_changed, number_drifts, _classes_differ, _rounded,
                          _yearless,
                          _counted_concepts, _log_distance, _loose_counted, _precision_changed, _quantity_match_score, kind_of,
                          _bare_vague, _person_noun)
from retold.models import Article, Claim, Comparison, DateRef, Drift, Hedge, HeadlineCheck, Pair, Quantity
from retold.quantities import unit_names

__all__ = ["compare", "compare_claims", "check_headline", "pair_drifts", "resolve_descriptions"]

_DEFAULT_ALIGNER = Aligner()


def compare(source: Article, retelling: Article, *, aligner: Aligner | None = None) -> Comparison:
    """Align ``retelling`` with ``source`` claim by claim and name every drift."""
    from retold.claims import extract_claims

    pairs = compare_claims(extract_claims(source), extract_claims(retelling), aligner=aligner)
    return Comparison(source=source, retelling=retelling, pairs=tuple(pairs))


def compare_claims(source: list[Claim], retelling: list[Claim], *, aligner=None) -> list[Pair]:
    """Aligned pairs with their drifts: matched pairs in retelling order, then omitted source claims."""
    aligner = aligner or _DEFAULT_ALIGNER
    pairs = aligner(list(source), list(retelling))
    # Speakers as the drift stage reads them: "the office" is the prosecutor's office named before.
    read = {c.id: c for c in resolve_descriptions(source)}
    resolved_r = resolve_descriptions(retelling)
    read_r = {c.id: c for c in resolved_r}
    counterparts = {p.retelling_claim.id: [read[i] for i in (p.source_claim.id, *p.also_source) if i in read]
                    for p in pairs if p.retelling_claim is not None and p.source_claim is not None}
    out = []
    for p in pairs:
        extras = [read[i] for i in p.also_source if i in read]
        drifts = pair_drifts(p.source_claim and read[p.source_claim.id],
                             p.retelling_claim and read_r[p.retelling_claim.id], extras)
        drifts = [d for d in drifts if not _credited_nearby(d, p.retelling_claim, resolved_r, counterparts)
                  and not _own_subject_credited(d, p.source_claim, source)]
        if p.source_claim is not None and p.retelling_claim is not None and not any(
                d.kind in ("actor_changed", "attribution_changed") for d in drifts):
            drifts += _pronoun_doer_drifts(read[p.source_claim.id], read_r[p.retelling_claim.id], source)
        if p.retelling_claim is not None and p.retelling_claim.role == "headline" and p.source_claim is not None:
            body = [c for c in source if c.role != "headline"]
            drifts = [d for d in drifts if not _body_says_so(d, p.retelling_claim, body)
                      and not _credit_from_body(d, p.retelling_claim, body)]
            drifts += _headline_amounts(p.retelling_claim, [p.source_claim, *extras], source)
        drifts = _one_change_an_amount(drifts)
        out.append(replace(p, drifts=tuple(drifts)))
    return out


def _one_change_an_amount(drifts: list[Drift]) -> list[Drift]:
    """An amount that changed is not also told more or less exactly: "kills 14" -> "Dozens dead" is
    inflated, and precision_changed is for the same amount told another way (no blind label in 436 number
    changes named both of one amount)."""
    from retold.drift import _overlaps

    changed = [d.retelling_span for d in drifts if d.kind == "number_changed"]
    return [d for d in drifts if d.kind != "precision_changed" or not any(_overlaps(d.retelling_span, s) for s in changed)]


# Bodies a bare definite description names ("the office said", "the authority said"): the article
# named them in full before ("the public prosecutor's office", "the Food Safety Authority").
_BODIES = frozenset("""office ministry agency authority company firm department service council court union
    group bank board commission committee network consortium federation association institute operator
    organisation organization regulator watchdog club party inspectorate zoo museum school college airport
    port coastguard hospital university""".split())
_NOT_MODIFIER = frozenset("""the a an this that these those its their his her our of for by from in on at to
    with and or but as than said says told has have had is are was were be been will would also its no any every
    each another other such""".split())


def resolve_descriptions(claims: list[Claim]) -> list[Claim]:
    """The claims with a speaker that is a bare body noun ("office", "the authority") read as the
    fuller name the article gave that body last before ("public prosecutor's office", "Food Safety
    Authority"); every other claim as it is. A description with no fuller mention stays as written."""
    out = list(claims)
    for i, c in enumerate(claims):
        att = c.attribution
        if att is None or not att.speaker or att.resolved_from:
            continue
        if (full := _full_name(att.speaker, claims[:i])) is not None:
            out[i] = replace(c, attribution=replace(att, speaker=full))  # "Mr Whitby" / "Alan": Alan Whitby
            continue
        head = att.speaker.strip().lower()
        head = head[4:] if head.startswith("the ") else head
        if head not in _BODIES:
            continue
        if (own := _own_named_subject(c)) is not None:
            out[i] = replace(c, attribution=replace(att, speaker=own))  # "NHS Blood and Transplant has issued ..., the
            continue  # service announced": the body the sentence is about
        # a body sentence names the body before it; a headline ("..., union says") in the body
        before = reversed(claims[:i]) if c.role != "headline" else (x for x in claims if x.role != "headline")
        for prev in before:
            full = _fuller_mention(prev.text, head)
            if full:
                out[i] = replace(c, attribution=replace(att, speaker=full))
                break
    return out


def _own_named_subject(claim: Claim) -> str | None:
    """The body a sentence names as its subject before a trailing bare credit ("NHS Blood and Transplant has
    issued an alert ..., the service announced"), when that name says no kind of body of its own (not
    "Police arrested two men, the ministry said", nor a person's name)."""
    from retold.attribution import _person_like
    from retold.drift import _GENERIC_ORG_HEADS, _INSTITUTION_HEADS, singular

    actor, att = claim.actor, claim.attribution
    if not actor or att.speaker_start is None or not claim.text.startswith(actor) or att.speaker_start < len(actor):
        return None
    words = [w for w in actor.split() if w.lower() not in ("and", "of", "the", "for", "&")]
    last = singular(words[-1].lower()) if words else ""
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or _person_like(actor) \
            or last in _GENERIC_ORG_HEADS | _INSTITUTION_HEADS | _BODIES:
        return None
    return actor


_ONE_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?P<n>[A-Z][a-z’'-]+)$")


def _full_name(speaker: str, before: list[Claim]) -> str | None:
    """The full name the article gave a person it now calls by one name ("Mr Whitby", "Alan"): the last
    "Alan Whitby" before, when one is there."""
    from retold.attribution import _person_like
    from retold.drift import _GENERIC_ORG_HEADS, _INSTITUTION_HEADS, singular

    m = _ONE_NAME.match(speaker.strip())
    if m is None:
        return None
    n = re.escape(m.group("n"))
    titled = speaker.strip() != m.group("n")  # "Mr Whitby" is a surname; "Alan" a first name, or else a surname
    patterns = [rf"\b[A-Z][a-z’'-]+\s+{n}\b"] if titled else [rf"\b{n}(?:\s+[A-Z][a-z’'-]+){{1,2}}\b", rf"\b[A-Z][a-z’'-]+\s+{n}\b"]
    # (a name of three words, "Velcor Gas Networks", is a body's, and is let go below)
    for prev in reversed(before):
        found = [x.group() for rx in patterns for x in re.finditer(rx, prev.text)][:1]
        found = [f for f in found if not f.split()[0] in ("The", "A", "An", "In", "On", "At", "Mr", "Mrs", "Ms", "Dr")
                 and _person_like(f) and len(f.split()) == 2
                 and singular(f.split()[-1].lower()) not in _INSTITUTION_HEADS | _GENERIC_ORG_HEADS]
        # (two words, the last no kind of body: "Alan Whitby", not "Velcor Gas Networks")
        if found:
            return found[-1]
    return None


def _fuller_mention(text: str, head: str) -> str | None:
    """The last mention of ``head`` in ``text`` with a modifier: "the public prosecutor's office",
    "the Food Safety Authority" (-> "Food Safety Authority"), "the Bank of Valmora"."""
    import re

    found = None
    for m in re.finditer(rf"\b{head}\b", text, re.I):
        words = text[:m.start()].split()[-4:]
        mods = []
        for w in reversed(words):
            bare = w.strip(",;:“”\"()")
            if bare != w or not bare or bare.lower() in _NOT_MODIFIER or bare[:1].isdigit():
                break
            if bare.islower() and bare.endswith(("ed", "ing", "ly")):
                break
            mods.insert(0, bare)
        of = re.match(r"\s+of\s+((?:[A-Z][\w’'-]*\s?){1,3})", text[m.end():])
        if mods:
            found = " ".join(mods + [m.group()])
        elif of:
            found = f"{m.group()} of {of.group(1).strip()}"
    return found


def _credited_nearby(drift: Drift, claim: Claim | None, retelling: list[Claim],
                     counterparts: dict | None = None) -> bool:
    """A dropped attribution that the next or previous retelling sentence carries ("It happened at
    11.40pm. ..., the company said."): the retelling moved it, it did not drop it. But a neighbour
    whose own source sentence credits someone else carries that credit, not this one ("..., the
    judge said. According to the prosecution, he earned ..." -> "..., a prosecutor said. He earned
    ..."), and a neighbour whose own source sentence gave it the credit keeps its own: "A, the unit said.
    B, the unit said." -> "A, the unit said. B." drops B's (twenty blind labels across fourteen sets read
    it so)."""
    if drift.kind != "attribution_changed" or drift.direction != "dropped" or claim is None:
        return False
    counterparts = counterparts or {}
    from retold.drift import ACCUSATION_AS_FACT, _credits_someone, _is_vague_entity, _mentions, _proper_tokens, same_entity

    if drift.explanation == ACCUSATION_AS_FACT:
        return False  # who blames is told in the sentence that makes the charge or nowhere

    body = [c for c in retelling if c.role == claim.role]
    idx = next((k for k, c in enumerate(body) if c.id == claim.id), None)
    if idx is None:
        return False
    mine = {c.id for c in counterparts.get(claim.id, ())}
    # the credit dropped is the one of the sentence this one retells, not of one it merged in
    main_source = bool(counterparts.get(claim.id)) and counterparts[claim.id][0].attribution is not None
    for k in (idx - 1, idx + 1):
        if not 0 <= k < len(body):
            continue
        # the neighbour's own source sentences that credit someone
        credited = [c for c in counterparts.get(body[k].id, ())
                    if c.attribution is not None and c.attribution.speaker and c.id not in mine]
        if not _mentions(body[k].text, drift.from_ or "") and any(
                _other_speaker(c.attribution.speaker, drift.from_) for c in credited):
            continue  # the neighbour's credit is its own source sentence's, another speaker's
        own = credited or [c for c in counterparts.get(body[k].id, ()) if c.id not in mine and body[k].attribution is not None
                           and _mentions(c.text, body[k].attribution.speaker or "")]
        if k == idx + 1 and body[k].attribution is not None and own:
            continue  # the next sentence's credit is its own source sentence's (a credit there, or the one
            # who did it there: "Detectives are investigating" / "..., detectives said"): it stayed there, and
            # a credit reaches back over a sentence only when it moved there
        if body[k].attribution is None and _credits_someone(body[k]) and _mentions(body[k].text, drift.from_ or ""):
            return True  # "..., and police believe the gang ...": credited with a verb the stage does not read
        if k == idx - 1 and body[k].attribution is None and same_entity(drift.from_, body[k].actor) \
                and _goes_on_with_the_deed(claim.text):
            return True  # "The agency has opened twelve clinics. More than 3,400 doses have been given." (not
            # "The education ministry paid for the study. National guidance will not change.": a new matter)
        if body[k].attribution is not None:
            other = body[k].attribution.speaker or ""
            same = same_entity(drift.from_, other)
            if same or same is None and _mentions(other, drift.from_ or "", strict=_is_vague_entity(other)):
                if main_source and any(_credits_its_own(c, other, body[k]) for c in credited):
                    continue  # the neighbour's credit is its own source sentence's: this one's was dropped
                return True  # a vaguer voice ("officials said") carries no named one's ("a court official")
            if same is None and not _is_vague_entity(drift.from_) and not _is_vague_entity(other) \
                    and _speaker_kind(drift.from_) == _speaker_kind(other) \
                    and bool(_proper_tokens(drift.from_)) != bool(_proper_tokens(other)) \
                    and _bare(other if not _proper_tokens(other) else drift.from_):
                return True  # "the company" and "Eastern Coal": a description may name the same speaker
    return False


def _credits_its_own(source: Claim, speaker: str, neighbour: Claim) -> bool:
    """The neighbour's credit (``speaker``) is the one its own source sentence gives: the same speaker, or a
    bare description of the one the neighbour names ("Hebridean Spirits will spend ..., the company announced")."""
    from retold.drift import _mentions, same_entity

    theirs = source.attribution.speaker if source.attribution is not None else None
    if not theirs:
        return False
    return bool(same_entity(theirs, speaker) or _mentions(theirs, speaker) or _mentions(speaker, theirs)
                or _bare(speaker) and _mentions(neighbour.text, theirs))


_PRONOUN_SUBJECT = re.compile(r"(?:(?:Earlier|Later)\s+(?:in\s+the\s+day|that\s+day|on)\b[^,]{0,12},?\s+)?"
                              r"(?P<p>It|They|He|She|it|they|he|she)\s+(?!(?:is|was|are|were)\s+(?:not\s+)?(?:thought|believed|said|expected|"
                              r"likely|unclear|clear|understood|feared|hoped|possible|known|too|the|a|an)\b)")


def _pronoun_doer_drifts(source: Claim, retelling: Claim, claims: list[Claim]) -> list[Drift]:
    """actor_changed when the source's doer is a pronoun ("It", "They", "He", "She") for the one the
    sentence before named ("The health board inspected the unit ... It has ordered the hospital to produce a
    plan"; "Pritchard ... Earlier in the day he knocked out the champion") and the retelling gives the deed
    to another ("The health ministry has given the hospital 28 days", "Smit knocked out the champion")."""
    from retold.actors import plural_name
    from retold.attribution import _person_like
    from retold.drift import actor_drifts

    m = _PRONOUN_SUBJECT.match(source.text)
    if m is None or source.attribution is not None or (m.start("p") == 0 and m.group("p").islower()):
        return []
    before = _claim_before(source, claims)
    if before is None:
        return []
    # the one who spoke before, else the one who acted ("The board said photographs had been shared ... It
    # has cancelled the results": the board)
    named = next(iter(_named_in(before, speaker_first=True)), None)
    if not named or _mentions(retelling.text, named):
        return []
    pronoun = m.group("p")
    if pronoun.lower() in ("he", "she") and (plural_name(named) or not (_person_like(named) or re.fullmatch(r"[A-Z][a-z’'-]+", named))):
        return []  # "he" is one person, named before as one ("Pritchard", "Dr Amal Haddad")
    read = replace(source, text=source.text[:m.start("p")] + named + source.text[m.end("p"):], actor=named)
    found = [d for d in actor_drifts(read, retelling) if d.kind == "actor_changed"]
    if not found:
        return []
    d = found[0]
    return [replace(d, source_text=source.text, summary=f"actor changed: {pronoun} ({named}) -> {d.to}",
                    source_span=m.span("p"))]


# (a perfect needs its "been": "The tool had answered 46,000 questions" is no passive)
_AGENTLESS_PASSIVE = re.compile(r"\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?been|was|were|is|are|been|being)\s+(?:\w+ly\s+)?"
                                r"[a-z]+(?:ed|en|wn|ne)\b(?![^.;]*\bby\b)")


def _goes_on_with_the_deed(text: str) -> bool:
    """A sentence that goes on telling the deed before it: its doer a pronoun ("They examine the footage")
    or untold ("More than 3,400 doses have been given")."""
    first = (text.split() or [""])[0].lower()
    return first in ("it", "they", "he", "she", "its", "their") or bool(_AGENTLESS_PASSIVE.search(text))


def _own_subject_credited(drift: Drift, claim: Claim | None, source: list[Claim]) -> bool:
    """A credit added to a source sentence whose subject is a pronoun for that very speaker ("The
    council said ... It was not aware of any previous incidents" / "The council admitted there had been
    earlier incidents"): the sentence told it as the speaker's own, the retelling only names it."""
    if drift.kind != "attribution_changed" or drift.direction != "added" or claim is None or not drift.to:
        return False
    from retold.drift import _mentions, same_entity

    subject = claim.actor or (claim.text.split() or [""])[0]  # the stage reads no pronoun as a doer
    if subject.strip().lower() not in ("it", "they"):
        return False
    before = _claim_before(claim, source)
    if before is None:
        return False
    named = _named_in(before, speaker_first=False)
    return any(same_entity(drift.to, x) is True for x in named) or (not named and _mentions(before.text, drift.to))


def _claim_before(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The claim of the same role just before ``claim``, None for the first."""
    body = [c for c in claims if c.role == claim.role]
    idx = next((k for k, c in enumerate(body) if c.id == claim.id), None)
    return body[idx - 1] if idx else None


def _named_in(claim: Claim, *, speaker_first: bool) -> list[str]:
    """Who ``claim`` names, no pronoun: its speaker and its doer, in the order asked."""
    from retold.drift import _PRONOUNS

    spk = claim.attribution.speaker if claim.attribution else None
    both = (spk, claim.actor) if speaker_first else (claim.actor, spk)
    return [x for x in both if x and x.strip().lower() not in _PRONOUNS]


def _other_speaker(a: str, b: str | None) -> bool:
    """Surely not one speaker: two bodies or people ``same_entity`` tells apart."""
    from retold.drift import _mentions, same_entity

    if not b or _mentions(a, b):
        return False
    return same_entity(a, b) is False


def _bare(description: str) -> bool:
    """A description that can refer back to a name: a generic noun of a body or a role, maybe with a
    vague modifier ("the company", "the local firm", "the minister"); "the local chamber of
    commerce" or "police" name a body of their own."""
    from retold.drift import _ENTITY_WORD, _GENERIC_ORG_HEADS, _ROLES, _STOP, _VAGUE_MODIFIERS, singular

    content = [w.lower() for w in _ENTITY_WORD.findall(description or "") if w.lower() not in _STOP
               and w.lower() not in _VAGUE_MODIFIERS]
    return len(content) == 1 and (singular(content[0]) in _GENERIC_ORG_HEADS or singular(content[0]) in _ROLES)


def _speaker_kind(name: str | None) -> str:
    """"person" for a person's name ("chief engineer Irena Dvorak"), "group" for a plural of people
    ("analysts"), else "body": a description may name a speaker of its own kind only."""
    from retold.attribution import _ORG_HEADS, _person_like
    from retold.drift import _GENERIC_ORG_HEADS, _INSTITUTION_HEADS, singular

    name = (name or "").strip()
    if any(w in _ORG_HEADS or w in _GENERIC_ORG_HEADS or w in _INSTITUTION_HEADS for w in name.split() if w.islower()):
        return "body"  # "the operator Eastern Coal"
    if _person_like(name):
        return "person"
    last = name.split()[-1].lower() if name else ""
    if last.endswith("s") and singular(last) != last and last not in ("police", "news"):
        return "group"
    return "body"


def _headline_amounts(headline: Claim, matched: list[Claim], source: list[Claim]) -> list[Drift]:
    """A headline amount its matched source claim does not count is set against the whole source
    ("floods wreck 18,000 homes" over a source headline with no number and a body with 1,800)."""
    hqs = amounts(headline)
    counted_there = {id(r) for m in matched for _, r in match_quantities(amounts(m), hqs)}
    # the very amount the matched headline gives, as it gives it ("kills 38" / "leaves 38 dead"), or the same
    # vague amount ("as thousands flee" / "thousands on the move")
    theirs = [q for m in matched for q in amounts(m)]
    counted_there |= {id(r) for r in hqs if any(
        q.approx == r.approx and ((q.low, q.high) == (r.low, r.high) if r.approx == "vague"
                                  else r.value is not None and q.value == r.value and (q.unit or None) == (r.unit or None))
        for q in theirs)}
    out = []
    body = [c for c in source if c.role != "headline"]
    for hq in hqs:
        if id(hq) in counted_there:
            continue
        found, drift, _ = amount_against_body(hq, headline, body)
        if drift is not None:
            out.append(drift)
        elif found:
            out += _headline_precision(hq, headline, body)
    out += _headline_dates(headline, matched, body)
    return out


def _headline_precision(hq: Quantity, headline: Claim, body: list[Claim]) -> list[Drift]:
    """A headline amount that the body gives with another exactness, and never with its own
    ("3,500 dockers strike" over "about 3,500 dockworkers"), is precision_changed."""
    same = [(c, bq) for c in body for bq in amounts(c) if _quantity_match_score(bq, hq) >= 3
            and (intervals_overlap(bq, hq) or bq.value is not None and bq.value == hq.value)]  # "more than 300" / "300"
    if not same:
        # "Dozens of birds" over "Thirty-one swans": one kind counted under a general word; "Hundreds stranded"
        # over "About 240 passengers": a headline's bare vague count of the people the body counts
        same = [(c, bq) for c in body for bq in amounts(c) if not bq.unit and not hq.unit and bq.counted and (
                    hq.counted and kind_of(bq.counted, hq.counted) or _people_told_bare(hq, bq))
                and intervals_overlap(bq, hq)]
        if len({_counted_concepts(bq.counted)[0] for _, bq in same}) != 1 \
                or not all(_classes_differ(bq, hq) for _, bq in same):
            return []  # counts of more than one kind, or the body says it the headline's way somewhere
        return [_precision_changed(c, bq, headline, hq) for c, bq in same if not _rounded(bq, hq)][:1]
    found = []
    for c, bq in same:
        drifts = [d for d in number_drifts(c, headline) if d.kind == "precision_changed" and d.retelling_span == _span(hq)]
        if not drifts:
            return []  # the body says it the headline's way somewhere
        found.append(drifts[0])
    return found[:1]


def _body_says_so(drift: Drift, headline: Claim, body: list[Claim]) -> bool:
    """A headline's precision change against the source headline that the source body does not
    make: the body gives the amount the retelling's way ("around 4%" for "about 4 percent")."""
    if drift.kind != "precision_changed" or drift.retelling_span is None:
        return False
    hq = next((q for q in amounts(headline) if _span(q) == drift.retelling_span), None)
    if hq is None:
        return False
    return any(_quantity_match_score(bq, hq) >= 2 and intervals_overlap(bq, hq) and not _classes_differ(bq, hq)
               and not _rounded(bq, hq) for c in body for bq in amounts(c))


def _credit_from_body(drift: Drift, headline: Claim, body: list[Claim]) -> bool:
    """A headline that names who says it when the source headline does not ("..., scientists say"):
    the source body credits the claim the headline tells (its amount) to a speaker of that kind
    ("..., researchers said")."""
    if drift.kind != "attribution_changed" or drift.direction != "added" or not drift.to:
        return False
    from retold.drift import _token_set, same_entity

    hqs = amounts(headline)
    if any(c.attribution is not None and c.attribution.speaker and match_quantities(amounts(c), hqs)
           and not _other_speaker(c.attribution.speaker, drift.to)
           and _speaker_kind(c.attribution.speaker) == _speaker_kind(drift.to) for c in body):
        return True
    # ... or the body's first claim, the one a headline sums up, is credited to that very speaker ("Pharmacies
    # are running short of fever syrups, the Federal Union of German Associations of Pharmacists said" under
    # "Germany faces shortage of fever syrups, pharmacists say")
    first = next((c for c in body if c.attribution is not None and c.attribution.speaker), None)
    return first is not None and first is body[0] and same_entity(first.attribution.speaker, drift.to) is True \
        and len(_token_set(first.text) & _token_set(headline.text)) >= 2


def _headline_dates(headline: Claim, matched: list[Claim], body: list[Claim]) -> list[Drift]:
    """A headline date more precise than anything its matched claim says ("19 May" over "moved to
    May") is set against the body's dates of the same precision within two months of it."""
    out = []
    for hd in headline.dates:
        hiv = date_interval(hd.value)
        if not hiv:
            continue
        if any(d.granularity == hd.granularity and date_interval(d.value) for m in matched for d in m.dates):
            continue  # the pair's own date comparison covers it
        near = []
        for c in body:
            for d in c.dates:
                iv = date_interval(d.value)
                if iv and d.granularity == hd.granularity and _yearless(d, hd) and d.value[:4] != hd.value[:4]:
                    iv = date_interval(hd.value[:4] + d.value[4:])  # neither says its year: the year was guessed
                if iv and d.granularity == hd.granularity and abs((iv[0] - hiv[0]).days) <= 62:
                    near.append((c, d, iv))
        if not near or any(_dates_agree(hiv, iv) for _, _, iv in near):
            continue
        c, d, _ = min(near, key=lambda x: abs((x[2][0] - hiv[0]).days))
        out.append(Drift(kind="date_changed", summary=f"{d.text} -> {hd.text} ({d.value} -> {hd.value})",
                         source_text=c.text, retelling_text=headline.text, from_=d.value, to=hd.value,
                         source_span=_span(d), retelling_span=_span(hd), source_claim=c.id,
                         retelling_claim=headline.id))
    return out


def pair_drifts(source: Claim | None, retelling: Claim | None, extras: list[Claim] = ()) -> list[Drift]:
    """The drifts of one aligned pair; ``extras`` are further source claims merged into the
    retelling claim, whose quantities, dates, hedges and quotes count as the source's too."""
    if source is None and retelling is None:
        return []
    if source is None:
        return [Drift(kind="added", summary="no counterpart in the source", source_text=None,
                      retelling_text=retelling.text, retelling_span=(0, len(retelling.text)),
                      retelling_claim=retelling.id)]
    if retelling is None:
        return [Drift(kind="omitted", summary="left out of the retelling", source_text=source.text,
                      retelling_text=None, source_span=(0, len(source.text)), source_claim=source.id)]
    if not extras:
        return claim_drifts(source, retelling)
    merged, pieces = _merge(source, list(extras), retelling)
    drifts = [_unmerge(d, pieces) for d in claim_drifts(merged, retelling)]
    # a doer a merged sentence names is no new doer: "said the agreement ignored scientific advice" +
    # "Ministers have once again chosen ..." told as "said ministers had ignored the science"
    drifts = [d for d in drifts if d.kind != "actor_changed"
              or not any(_mentions(e.text, d.to or "", strict=True) for e in extras)]
    # a "not" the retelling says is set against the one source sentence that states its clause
    # (below), not against the sentences joined
    drifts = [d for d in drifts if d.kind != "negation_flipped" or d.source_span is not None]
    if not any(d.kind == "negation_flipped" for d in drifts):
        drifts += [d for d in negation_drifts(source, retelling) if d.source_span is None]
    # The main claim answers for the pair's negation (a "not" of a merged sentence is often what
    # the retelling left out); but a retelling "not" that a merged sentence also says is no flip.
    negated_extras = [e for e in extras if e.negated]
    if retelling.negated and not source.negated and negated_extras:
        drifts = [d for d in drifts if d.kind != "negation_flipped"
                  or not any(_negation_matches(e, retelling) for e in negated_extras)]
    if not any(d.kind == "negation_flipped" for d in drifts):
        # a "not" (or "refused to") the retelling says to what a merged sentence states: "The
        # council apologised." merged into "..., and the council has refused to apologise"
        # ... or a merged sentence's own "not" dropped from the very verb it negated ("... but would
        # not be expelled" merged into "... and will be expelled")
        for e in extras:
            flips = negation_drifts(e, retelling)
            if not flips:
                continue
            d = flips[0]
            if (d.retelling_span is not None and not e.negated) or (
                    d.source_span is not None and not retelling.negated and _verb_kept(e.text, d.source_span, retelling.text)):
                drifts.append(d)
                break
    return drifts


def _verb_kept(text: str, span: tuple[int, int], other: str) -> bool:
    """The word a negation cue negates first ("not [expelled]") is in ``other``."""
    from retold.drift import _head_words, _share_stem, _token_set

    return _share_stem(set(_head_words(text, span[1], 1)), _token_set(other))


def _negation_matches(extra: Claim, retelling: Claim) -> bool:
    """Both say "not" to the same thing: no flip between them."""
    return not negation_drifts(replace(extra, negated=False), retelling)


_SEP = " "


def _merge(main: Claim, extras: list[Claim], retelling: Claim) -> tuple[Claim, list[tuple[int, Claim]]]:
    """One claim standing for several source claims: texts joined, parts shifted by offset."""
    text = main.text
    pieces = [(0, main)]
    qs, ds, hs, quotes = list(main.quantities), list(main.dates), list(main.hedges), list(main.quotes)
    for extra in extras:
        off = len(text) + len(_SEP)
        text = text + _SEP + extra.text
        pieces.append((off, extra))
        qs += [replace(q, start=q.start + off, end=q.end + off) for q in extra.quantities]
        ds += [replace(d, start=d.start + off, end=d.end + off) for d in extra.dates]
        hs += [replace(h, start=h.start + off, end=h.end + off) for h in extra.hedges]
        quotes += list(extra.quotes)
    negated = main.negated  # the main claim says what the retelling sentence answers
    attribution = main.attribution
    if attribution is None and retelling.role != "headline":
        # a body sentence merging two source sentences owes the credit either gives; a headline
        # that takes the words of a quoted body sentence does not owe its "... said"
        attribution = next((c.attribution for _, c in pieces if c.attribution), None)
    merged = replace(main, text=text, quantities=tuple(qs), dates=tuple(ds), hedges=tuple(hs),
                     quotes=tuple(quotes), negated=negated, negations=main.negations, attribution=attribution)
    return merged, pieces


def _unmerge(d: Drift, pieces: list[tuple[int, Claim]]) -> Drift:
    """Point a drift computed on a merged claim back at the one source claim its span falls in."""
    owner_off, owner = pieces[0]
    if d.source_span is not None:
        for off, claim in pieces:
            if d.source_span[0] >= off:
                owner_off, owner = off, claim
    span = None
    if d.source_span is not None:
        span = (d.source_span[0] - owner_off, d.source_span[1] - owner_off)
    return replace(d, source_text=owner.text, source_claim=owner.id, source_span=span)


# --- the headline against its own body --------------------------------------------------------

_SUPPORT_MIN = 0.2  # least similarity for a body claim to count as the headline's support
_STRONG_SUPPORT = 0.3


def check_headline(headline: Claim, body: list[Claim]) -> HeadlineCheck:
    """Check a headline claim against the article's own body.

    A headline amount is set against every body amount counting the same thing: when none of
    them overlaps it, the nearest is reported as number_changed. A hedge of the best-matching
    body claim that the headline drops is certainty_changed, a date that disagrees with it
    date_changed. Verdict: "overstated" for an inflated number or a dropped hedge,
    "unsupported" when nothing in the body matches, else "supported"."""
    body = [c for c in body if c.role != "headline"]
    if not body:
        return HeadlineCheck(text=headline.text, verdict="unsupported", claim=headline)
    sim, contain = _DEFAULT_ALIGNER.scores(body, [headline])
    row = sim[0]
    order = sorted(range(len(body)), key=lambda j: -row[j])
    support = [j for j in order[:3] if row[j] >= _SUPPORT_MIN or contain[0, j] >= 0.6]
    matches: list[str] = [body[j].id for j in support]

    drifts: list[Drift] = []
    quantity_support = False
    for hq in amounts(headline):
        found, drift, owner = amount_against_body(hq, headline, body, rank=row)
        quantity_support |= found and drift is None
        if drift is not None:
            drifts.append(drift)
        if owner is not None and owner not in matches:
            matches.append(owner)

    strong = [body[support[0]]] if support and row[support[0]] >= _STRONG_SUPPORT else []
    if strong:
        drifts += _headline_certainty(strong[0], headline)
        drifts += date_drifts(strong[0], headline)
    drifts += _headline_dates(headline, strong, body)

    if any(d.kind == "number_changed" and d.direction == "inflated" for d in drifts) or any(
            d.kind == "certainty_changed" and d.direction == "strengthened" for d in drifts):
        verdict = "overstated"
    elif not support and not quantity_support and not drifts:
        verdict = "unsupported"
    else:
        verdict = "supported"
    return HeadlineCheck(text=headline.text, drifts=tuple(drifts), verdict=verdict, claim=headline,
                         matches=tuple(matches))


def _people_told_bare(hq: Quantity, bq: Quantity) -> bool:
    """A headline's "Hundreds" or "Dozens" standing alone ("Hundreds stranded ...") over a body count of
    people ("About 240 passengers")."""
    return _bare_vague(hq) and not hq.unit and bool(bq.counted) and not bq.unit \
        and _person_noun(_counted_concepts(bq.counted)[0] or "")


_SHORT_MONEY = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:k|m|bn)$", re.I)


def _counted_loosely(hq: Quantity, bq: Quantity) -> bool:
    """A headline count and a body count of people under two nouns ("fans" / "people"), or of the people
    a bare headline count stands for ("Hundreds stranded" / "About 240 passengers")."""
    return not bq.unit and not hq.unit and bool(bq.counted) and bool(
        hq.counted and _loose_counted(bq.counted, hq.counted) or _people_told_bare(hq, bq))


def amount_against_body(hq: Quantity, headline: Claim, body: list[Claim], *, rank=None):
    """Set one headline amount against every body amount counting the same thing.

    Returns (found, drift, claim id): found is True when the body counts the same thing at all;
    drift is number_changed against the nearest body amount when none of them overlaps; claim id
    names the body claim that supports or contradicts it."""
    candidates = []
    for j, c in enumerate(body):
        for bq in amounts(c):
            if _quantity_match_score(bq, hq) < 2 and hq.unit and (bq.unit or "").startswith(hq.unit + " per "):
                bq = replace(bq, unit=hq.unit)  # "14.20 euros" over "14.20 euros an hour": a headline drops the rate
            if _quantity_match_score(bq, hq) >= 2:
                candidates.append((c, bq, j))
    loose = [(c, bq, j) for j, c in enumerate(body) for bq in amounts(c) if _counted_loosely(hq, bq)]
    if not candidates:
        # "Fifty holidaymakers" over a body whose only count of people is "at least 23 people"
        concepts = {_counted_concepts(bq.counted.split(" and ")[0])[0] for _, bq, _ in loose}
        candidates = loose if len(concepts) == 1 else []  # all of them count one kind of people
    if not candidates and not hq.unit and _SHORT_MONEY.search(hq.text or ""):
        # "in 250k raid" over "worth about 180,000 pounds": a headline's sum with no currency is the body's money
        currencies = unit_names().currency_names
        money = [(c, bq, j) for j, c in enumerate(body) for bq in amounts(c) if bq.unit in currencies]
        candidates = money if len({bq.unit for _, bq, _ in money}) == 1 else []
    if not candidates:
        return False, None, None
    for c, bq, _ in candidates:
        if intervals_overlap(bq, hq):
            return True, None, c.id
    if hq.value is not None and (c := next((c for c, bq, _ in loose if bq.value is not None and intervals_overlap(bq, hq)),
                                           None)):
        return True, None, c.id  # "2.4 million fans queue" over "About 2.4 million people joined"
    c, bq, _ = min(candidates, key=lambda x: (_log_distance(x[1], hq), -(rank[x[2]] if rank is not None else 0)))
    if bq.value is not None and hq.value is not None and (abs(bq.value - hq.value) <= 1e-9 * max(1.0, abs(bq.value))
                                                          or _rounded(bq, hq)):
        return True, None, c.id  # "more than 300" / "300": the same figure with another bound, a precision matter
    same = next((x for x in body for q in amounts(x) if q.counted is None and (q.unit or None) == (hq.unit or None)
                 and q.value is not None and q.value == hq.value and q.approx == hq.approx), None)
    if same is not None:
        return True, None, same.id  # "about 2,400 nursery places short" over "has about 2,400 fewer nursery places":
        # the body gives the very figure, counting it in words the extractor did not tie to it
    return True, number_changed(c, bq, headline, hq), c.id


def _headline_certainty(body_claim: Claim, headline: Claim) -> list[Drift]:
    """A hedge of the body claim ("may", "suggests") that the headline drops."""
    hedges = [h for h in body_claim.hedges if h.kind != "booster"]
    if not hedges or any(h.kind != "booster" for h in headline.hedges):
        return []
    h = hedges[0]
    return [Drift(kind="certainty_changed", summary=f"the body hedges ('{h.text}'), the headline does not",
                  source_text=body_claim.text, retelling_text=headline.text, direction="strengthened",
                  from_=sorted({x.text.lower() for x in hedges}), to=None,
                  source_span=(h.start, h.end) if h.end > h.start else None, retelling_span=None,
                  source_claim=body_claim.id, retelling_claim=headline.id)]
