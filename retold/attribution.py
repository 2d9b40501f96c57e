"""Attribution: who says a sentence's claim, with which verb, in whose words.

``Attributor()(sentences)`` reads the sentences of one article in order and
gives each an :class:`Attribution` or None. It finds a reporting cue outside
quoted words ("said", "says", "has said", "told", "according to", "claimed",
"warned", "added", "confirmed", "reported", "announced", "wrote", "tweeted" ...)
and the speaker next to it:

- before the cue: "The ministry said", "Col. Ryan Dillon, a spokesman for the
  coalition, said" (the name wins over the apposition), "Police have confirmed";
- after the cue, when the frame trails a quote or clause: "..., said Col. Ryan
  Dillon", "“We will not retreat,” the general said";
- after "according to": "according to the BBC", "according to a UN report".

Speaker policy (the gold set follows it): the noun phrase as written, titles
kept ("Col. Ryan Dillon", "Defense Secretary Lloyd Austin", "a spokesman for
the ministry"), an apposition after a name dropped, a leading "the" dropped
("the BBC" -> "BBC"). A pronoun speaker ("he said") is resolved to the last
person named in an earlier sentence ("it said", "they said" to the last
organisation or person); then ``speaker`` is the name, ``resolved_from`` the
pronoun and the offsets are None. ``kind`` is "quote" when the sentence quotes
the speaker's words (``quote`` holds them), "according_to" for "according to X",
else "reported". A second cue inside the reported clause ("the BBC reported
that officials said ...") becomes a nested Attribution. A quote opened in one
sentence and closed in a later one shares the attribution found in the
sentences it spans.

Verbs that also have a non-reporting sense ("added two goals", "claimed the
title", "reported a profit") count only when a clause, a quote or a colon
follows, when they trail a quote ("..., he added."), or when a speaker-like
subject (a name, an authority, an outlet) announces, confirms, denies or
reports something. Passives ("it was reported", "is said to") are hedges, not
attributions.

Policy on bad input: any list of strings is read; an empty or cue-less sentence
gives None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retold.actors import INSTRUCTION_AFTER, find_actor
from retold.models import Attribution

__all__ = ["Attributor", "find_quotes", "attribute"]

# --- quotes ------------------------------------------------------------------------------------

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_ANY_QUOTE = re.compile(r"[“”«»„\"‘]")


def find_quotes(sentence: str) -> list[tuple[int, int]]:
    """Spans of the quoted passages of ``sentence`` (inside the marks).

    Curly and straight double quotes and single curly quotes; an apostrophe
    (a ’ between letters, "workers’ ") is not a closing quote. A quote left open
    runs to the end of the sentence; a closing mark with no opening one closes
    a quote that began in an earlier sentence, so its span starts at 0."""
    if not _ANY_QUOTE.search(sentence):
        return []
    spans: list[tuple[int, int]] = []
    i, n = 0, len(sentence)
    first_open = None
    while i < n:
        ch = sentence[i]
        if ch == '"' and first_open is None and not spans and _closes_earlier(sentence, i):
            spans.append((0, i))  # 'win," Otieno said.': closes a quote opened in an earlier sentence
            first_open = i
            i += 1
            continue
        if ch in _OPEN_CLOSE or ch == '"' or (ch == "‘" and _single_opens(sentence, i)):
            close = _OPEN_CLOSE.get(ch, '"' if ch == '"' else "’")
            j = _find_close(sentence, i + 1, close)
            if first_open is None:
                first_open = i
            if j < 0:
                if sentence[i + 1:].strip():
                    spans.append((i + 1, n))
                break
            if j > i + 1:
                spans.append((i + 1, j))
            i = j + 1
            continue
        if ch in "”»" and first_open is None and not spans:
            spans.append((0, i))  # closes a quote opened in an earlier sentence
            first_open = i
        i += 1
    return spans


def _closes_earlier(s: str, i: int) -> bool:
    """A straight double quote that ends a quote rather than opening one: it follows a word or a
    mark with no space ('mortar," she said'), and no other straight quote comes after it to close."""
    return (i > 0 and not s[i - 1].isspace() and (i + 1 == len(s) or s[i + 1].isspace() or s[i + 1] in ",.;:!?")
            and s.count('"', i + 1) % 2 == 0)


def _single_opens(s: str, i: int) -> bool:
    return i == 0 or not s[i - 1].isalnum()


def _find_close(s: str, start: int, close: str) -> int:
    if close != "’":
        return s.find(close, start)
    for k in range(start, len(s)):
        if s[k] == "’":
            nxt = s[k + 1] if k + 1 < len(s) else ""
            if not nxt.isalpha():
                return k
    return -1


def _mask(sentence: str, spans: list[tuple[int, int]]) -> str:
    chars = list(sentence)
    for a, b in spans:
        for k in range(a, b):
            chars[k] = " "
    return "".join(chars)


# --- cues --------------------------------------------------------------------------------------

_STRONG = r"said|says|say|saying|told|tells|tell|telling"
# How a tabloid tells the way a quote was said ('"...," she fumed'): a cue only right after the quote,
# where nothing else can be meant ("the fire raged", "the agency blasted the plan" are deeds).
_QUOTE_VERBS = (r"fumed|raged|blasted|gushed|beamed|sobbed|wept|joked|quipped|snapped|yelled|shouted|screamed|"
                r"exclaimed|whispered|muttered|thundered|sighed|laughed|chuckled|roared|barked|vented|seethed|"
                r"stormed|raved|hissed|growled|cried|pleaded|begged|demanded|scoffed|sneered|hit\s+out")
_AFTER_QUOTE = re.compile(r"[,!?]\s*[”\"’]\s*(?:[\w’'.-]+\s+){0,4}$")
_WEAK = (r"claim(?:s|ed|ing)?|admit(?:s|ted|ting)?|den(?:y|ies|ied|ying)|stat(?:es|ed|ing)|"
         r"warn(?:s|ed|ing)?|add(?:s|ed|ing)?|confirm(?:s|ed|ing)?|report(?:s|ed|ing)?|"
         r"announc(?:e|es|ed|ing)|wr(?:ote|ites|iting)|tweet(?:s|ed|ing)?|posted|insist(?:s|ed|ing)?|"
         r"argu(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|explain(?:s|ed|ing)?|not(?:es|ed)|"
         r"acknowledg(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)|reveal(?:s|ed|ing)?|stress(?:es|ed)|"
         r"declar(?:e|es|ed)|predict(?:s|ed)|conclud(?:e|es|ed)|maintain(?:s|ed)|recall(?:s|ed)|"
         r"observ(?:es|ed)|inform(?:s|ed)|communicat(?:es|ed)|indicat(?:es|ed)|caution(?:s|ed)|complain(?:s|ed)|lament(?:s|ed)|conced(?:es|ed)|boast(?:s|ed)|urg(?:es|ed)|advis(?:es|ed)(?=\s+that\b|\s*[.,;]|\s*$)|(?:(?<=court\s)|(?<=jury\s)|(?<=inquest\s)|(?<=tribunal\s)|(?<=hearing\s))heard|recommend(?:s|ed)(?=\s+that\b)|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)|"
         r"believ(?:e|es)|fear(?:s|ed)|suspect(?:s|ed)|describ(?:es|ed)|contend(?:s|ed)|assert(?:s|ed)|clarif(?:y|ies|ied)|replied|responded|attribut(?:es|ed)(?=\s[^.;:]{0,60}\bto\b)|"
         r"(?<=,\shas\s)referred(?![^.;:]*\bto\b)|"  # ", has referred the civil protection": a stilted "reported"
         r"made\s+known(?=\s+(?:that\b|the\b|[A-Z]))|"  # ", have made known the Italian authorities": a stilted "announced"
         rf"{_QUOTE_VERBS}")
# The first four letters of every cue form (a cheap look before the scans).
_CUE_STEMS = frozenset("""said says say sayi told tell clai admi deny deni stat warn add adds adde addi conf repo
    anno wrot writ twee post insi argu esti expl note ackn alle reve stre decl pred conc main reca obse caut
    comp lame boas urge urgi cont asse clar repl resp vow vows vowe pled prom thre beli fear susp desc
    acco Acco attr advi reco hear fume rage blas gush beam sobb wept joke quip snap yell shou scre excl whis
    mutt thun sigh laug chuc roar bark vent seet stor rave hiss grow crie plea begg dema scof snee hit""".split())
# Cue forms whose first four letters would let too many other words through ("committee", "industry").
_CUE_WHOLE = frozenset("informed informs communicated communicates indicates indicated referred known per".split())
_WORD_RX = re.compile(r"[A-Za-z]+")
_CUE = re.compile(rf"(?<![\w’'-])(?P<cue>{_STRONG}|{_WEAK})(?![\w’'-])")
_ACCORDING = re.compile(r"(?<![\w’'-])(?P<cue>[Aa]ccording\s+to|[Aa]s\s+per)\s+"  # ("As per farmers' organisations,")
                        r"(?!(?:the\s+|its\s+|their\s+)?(?:plans?|schedule|timetable|programme|law|rules?)\b)")
# ("shall according to the plan open in the autumn": as planned, no one's word)
_AUX_BEFORE = re.compile(
    r"(?:(?<![\w’'])(?:has|have|had|will|would|is|are|was|were|be|been|also|later|previously|repeatedly|"
    r"earlier|since|then|further|again|publicly|privately|separately|recently|once|often|always|never|"
    r"did|does|do|not|reportedly|allegedly|flatly|strongly|firmly|quickly|initially|originally|first|"
    r"subsequently|had\s+previously|would\s+later)\s+)+$")
_AUX_INVERTED = re.compile(r",\s+(?:has|have|had)\s+$")
_PASSIVE_AUX = re.compile(r"(?<![\w’'])(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_DET_BEFORE = re.compile(r"(?<![\w’'&.-])(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|no|"
                         r"any|such|whose|first|latest|new|previous|initial|unconfirmed|unverified|conflicting|media|news|"
                         r"press|local|early|initial|false|several|many|some|both|two|three)\s+$", re.I)
_PREP_BEFORE = re.compile(r"(?<![\w’'&.-])(?:to|of|for|by|with|from|in|on|at|as|after|before|about)\s+$")
_TIME_AFTER = (r"(?:\s+(?:on|in|at|late|early|last|this|during|via|over|through)\s+"
               r"(?:[\w’'.-]+\s+){0,3}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
               r"statement|interview|letter|post|briefing|conference|report|speech|filing|night|morning|"
               r"evening|week|weekend|month|year|Twitter|X|Facebook|Instagram|Telegram|television|radio|"
               r"broadcast|message|email|video|court|parliament|Parliament|Congress|hearing|tweet)\.?)?")
_CLAUSE_AFTER = re.compile(
    rf"(?:(?:\s+[\w’'.-]+){{0,8}}?\s+that\b)|{_TIME_AFTER}\s*(?:,?\s*that\b|:|,|;|\.|!|\?|[“”\"‘’]|—|–|\s-\s|$|\s+(?:it|he|she|they|we|I|there|"
    rf"this|the\s+\w+\s+(?:was|were|is|are|had|has|would|will|could|did|may|might|can|should)\b))")
_NP_OBJECT_CUES = frozenset("""confirmed confirms confirm denied denies deny announced announces announce
    reported reports warned warns admitted admits revealed reveals estimated estimates predicted predicts
    alleged alleges acknowledged acknowledges described describes attributed attributes""".split())
_TO_CUES = frozenset("vowed vows pledged pledges promised promises threatened threatens urged urges".split())

_TRAILING_AFTER = re.compile(r"(?:\s+(?:on|in|at|last|this|during|via|through|to|from|after|before)\b[^,;:“”\"]{0,40})?"
                             r"\s*[.!]?\s*[”\"’]?\s*$")
# What may follow an inverted speaker at the end of its frame: "..., said the ministry." and
# "..., said the ministry of agriculture on Tuesday."
_SPEAKER_END = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early|during|yesterday|today|earlier)\b[^,;:“”\"]{0,30})?"
                          r"\s*(?:[,.;!]|[”\"’]|$)")
_NEGATED_CUE = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+ly\s+|yet\s+|publicly\s+)?$|"
                          r"\b(?:declined|refused|failed|yet)\s+to\s+$", re.I)
_NOUN_LIKE_CUES = frozenset("reports claims states notes estimates tweets warns says fears vows pledges promises "
                            "suspects".split())
_NOUN_USE_AFTER = re.compile(r"\s+(?:suggest|suggested|say|said|show|showed|shown|indicate|indicated|are|were|have|"
                             r"had|of|from|about|on|in|by|to|and|or|were)\b")
_DETERMINERS = frozenset("""the a an his her its their our my your this that these those one two three four
    several some many most both each every other another""".split())
_ADVERBIAL_OPENERS = frozenset("""in on at after before during since following despite while when as although
    though because if by with without under amid for over last earlier later meanwhile however yet speaking
    asked writing""".split())
_SUBORDINATORS = frozenset("after before when whenever while because since although though if as until unless "
                           "once whereas".split())
_CONCESSIVES = frozenset("although though whereas".split())

# --- speakers ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9’'&.\-]*[A-Za-z0-9]|[A-Za-z0-9]\.?|[,;:()“”\"‘’—–]")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Col|Gen|Lt|Sgt|Capt|Maj|Cmdr|Adm|Brig|Cpl|Sen|Rep|Gov|Pres|"
                    r"Supt|Insp|Det|Cllr|Rev|Fr|Hon|St|Jr|Sr)\.?$")
_SPEAKER_NOUNS = frozenset("""official officials source sources spokesman spokeswoman spokesperson
    spokespeople police ministry government minister president witness witnesses resident residents
    authorities authority agency department company firm statement report study survey data group army
    military council court judge prosecutor prosecutors doctor doctors scientist scientists researcher
    researchers expert experts analyst analysts lawyer lawyers attorney attorneys team club manager coach
    newspaper channel broadcaster outlet paper office commission committee organisation organization
    union board bank campaigners activists officer officers commander chief director head secretary
    leader leaders mayor governor ambassador envoy diplomat diplomats website letter filing documents
    figures regulator regulators operator owner owners family families relatives neighbour neighbours
    neighbor neighbors coroner inquiry inquest investigators investigator prosecution defence defense
    staff spokesmen insiders observers monitor monitors monitoring organisers organizers fans player
    players captain chairman chairwoman chair ceo founder executive executives economist economists
    historian official's sheriff detective detectives paramedics firefighters rescuers troops soldiers
    general colonel sergeant lieutenant major admiral commissioner senator congressman congresswoman
    lawmaker lawmakers legislator legislators mp mps candidate candidates party parties survivors victim
    victims mother father son daughter wife husband brother sister friend friends colleague colleagues
    teacher teachers students student nurse nurses worker workers union unions employer employers
    institute university hospital school agency's ministry's charity charities ngo ngos panel tribunal body
    watchdog review inquiry""".split())
_PRONOUNS = frozenset("he she they it we i".split())
# Words that end a speaker phrase when walking back from the cue.
_STOP_BACK = frozenset("""that which who whom whose when while after before as because since if although
    though but and or so than then where what how why said says told also has have had will would is
    are was were be been not did does do once until unless whether there here this these those""".split())
_HEARERS = frozenset("the a an reporters journalists his her their its local state".split())
_STOP_FORWARD = frozenset("""that which who whom whose when while after before as because since if
    although though but on in at during last this yesterday today earlier later adding saying and told
    was were is are had has have who's""".split())
# A participle after the speaker's noun starts what is said of it ("according to an internal review
# released on Monday"), unless it names who made it ("a survey published on Thursday by the Institute").
_PARTICIPLE_AFTER = frozenset("published released issued presented unveiled commissioned conducted compiled".split())
_LEADING_JUNK = frozenset("""yesterday today meanwhile however but and also then later earlier separately
    now still yet so on in at last this monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    speaking asked even only just""".split())
_NP_WORDS_LOWER_OK = frozenset("""of for at from in with to the a an and de la von van der da al el bin""".split())
_ORG_HEADS = frozenset("""ministry department police agency council party bank company university court army
    force forces union organisation organization office commission committee times news post service
    association institute group corporation inc ltd authority government nations states republic kingdom
    bbc cnn reuters ap afp guardian telegraph journal herald tribune press network channel club fc team
    board administration parliament congress senate cabinet assembly federation league foundation fund
    hospital school college centre center agency's ministry's police's security affairs health defence
    defense rights watch monitor mission office institute programme program initiative alliance coalition
    front movement network council charity firm operator carrier airline consortium regulator watchdog
    inspectorate coastguard zoo museum trust society bureau""".split())
_PERSON = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Col|Gen|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Judge|President|Minister|Secretary|"
    r"Chancellor|Mayor|Governor|Senator|Coach|Captain|Commissioner|Chief|Inspector|Detective|Bishop|Pope|"
    r"King|Queen|Prince|Princess|Sheikh|Rabbi|Imam)\.?\s+)?"
    r"(?<![\w’'])[A-Z][a-z’'\-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z’'\-]+){1,4}(?![\w’'])")
_PERSON_ONE = re.compile(r"(?<![\w’'])(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z][a-z’'\-]+")
_CAPWORD = re.compile(r"^[A-Z]")
_NOT_NAMES = frozenset("""The A An It He She They We I This That These Those In On At After Before But And
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December However Meanwhile Police Officials According""".split())


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _is_cap(tok: str) -> bool:
    return bool(_CAPWORD.match(tok)) or tok[:1].isdigit() and False


def _speaker_noun(low: str) -> bool:
    """An authority or people noun, singular or plural ("agency", "agencies", "defendants")."""
    if low in _SPEAKER_NOUNS:
        return True
    if low.endswith("ies") and low[:-3] + "y" in _SPEAKER_NOUNS or low.endswith("s") and low[:-1] in _SPEAKER_NOUNS:
        return True
    return low.endswith(("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees", "ics")) or \
        low.endswith(("er", "or", "ist", "ian", "ant", "ent", "ion", "ity", "ment", "ry", "cil", "cy",
                      "ate", "ce")) and len(low) > 4


def _speaker_like(phrase: str) -> bool:
    """A speaker that can announce, confirm or deny something: a name, a pronoun, an authority."""
    words = phrase.split()
    if words and any(w.lower() in ("of", "for", "at", "from") for w in words[1:]):
        words = words[:next(i for i, w in enumerate(words) if i and w.lower() in ("of", "for", "at", "from"))]
    return bool(words) and (_is_cap(words[-1]) or words[-1].lower() in _PRONOUNS or _speaker_noun(words[-1].lower()))


def _head_ok(tok: str) -> bool:
    """A word that can end a speaker phrase: a name, a pronoun, an authority or people noun, a plural."""
    low = tok.lower()
    if _is_cap(tok) or low in _PRONOUNS or _speaker_noun(low):
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous")) and len(low) > 3


def _np_head(phrase: str) -> str:
    """The head word of a noun phrase: its last word, or the word before "of"/"for" ("the ministry
    of agriculture", "a spokesman for the army")."""
    words = phrase.split()
    for k, w in enumerate(words[1:], 1):
        if w.lower() in ("of", "for"):
            return words[k - 1]
    return words[-1]


_RELATIVE_BEFORE_CUE = re.compile(
    r"\s+who\s+(?:asked|requested|declined|spoke|did\s+not\s+want|was\s+not\s+authori[sz]ed|is\s+not\s+authori[sz]ed)"
    r"\b[^,;:“”\"]{0,60}$")


_ACRONYM_BEFORE = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,11}\)\s*$")


def _speaker_before(text: str, cue_start: int) -> tuple[int, int] | None:
    """The speaker phrase that ends right before the cue (auxiliaries and adverbs skipped)."""
    aux = _AUX_BEFORE.search(text, max(0, cue_start - 100), cue_start)
    end = aux.start() if aux else cue_start
    if acronym := _ACRONYM_BEFORE.search(text, max(0, end - 20), end):
        end = acronym.start()  # "South African National Parks (SANParks) said": the name before its short form
    toks = _tokens(text, 0, end)
    if not toks:
        return None
    # "Name, a spokesman for X, said": skip the apposition back to the name.
    if toks[-1][0] == ",":
        return _apposition_name(text, toks)
    # "A researcher who asked not to be named said": the relative clause describes the speaker.
    rel = _RELATIVE_BEFORE_CUE.search(text, max(0, end - 90), end)
    if rel is not None:
        span = _speaker_before(text, rel.start())
        if span is not None:
            return span
    picked: list[tuple[str, int, int]] = []
    for tok, a, b in reversed(toks):
        low = tok.lower()
        if tok in ",;:()“”\"‘’—–":
            break
        if low in _STOP_BACK and not (low == "and" and picked and _is_cap(picked[-1][0])):
            break
        if not picked and not (_head_ok(tok) or low.isalpha() and not low.endswith(("ly", "ing", "ed"))):
            return None
        if picked and not (_is_cap(tok) or low in _NP_WORDS_LOWER_OK or re.sub(r"[’']", "", low).isalpha()):
            break
        picked.append((tok, a, b))
        if len(picked) >= 9:
            break
    if picked:
        k = next((i for i, t in enumerate(toks) if t[1] == picked[-1][1]), 0)
        if k > 0 and toks[k - 1][0].lower() in _SUBORDINATORS and not (
                toks[k - 1][0].lower() in _CONCESSIVES and k > 1 and toks[k - 2][0] == ","):
            return None  # "after China reported ...": a report inside a subordinate clause (but ", although
            # Vireo said 999 calls could still be connected" credits the clause it opens)
        if not _head_ok(picked[0][0]) and picked[-1][0].lower() not in _DETERMINERS:
            return None  # an unknown head noun needs its determiner: "the coast guard said"
    return _trim_np(picked[::-1])


def _apposition_name(text: str, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """``toks`` ends with ", apposition ,": the speaker is the name before the appositions (one or
    more: "Col. Ryan Dillon, spokesman for X, the coalition against Y, said"), or the apposition
    itself when nothing names one ("“...,” a spokesman for the army, said")."""
    segments: list[list[tuple[str, int, int]]] = []
    end = len(toks) - 1  # the comma before the cue
    k = -1
    for _ in range(4):
        k = end - 1
        while k >= 0 and toks[k][0] not in ",;:“”\"()—–":
            k -= 1
        seg = toks[k + 1:end]
        if not seg:
            break
        segments.append(seg)
        if k < 0 or toks[k][0] != ",":
            break
        end = k
    if not segments:
        return None
    quote_bound = k >= 0 and toks[k][0] in "“”\""
    described = len(segments) >= 2
    # Relative clauses and participial phrases describe the speaker; they never are it.
    segments = [seg for seg in segments if not _descriptive(seg)]
    if not segments or len(segments) < 2 and not quote_bound and not described:
        return None
    # The earliest segment that names a person or an organisation is the speaker.
    segments = [seg for seg in segments if seg[0][0].lower() not in _ADVERBIAL_OPENERS]
    if not segments:
        return None
    for seg in reversed(segments):
        words = [t for t in seg if t[0].lower() not in _STOP_BACK]
        picked: list[tuple[str, int, int]] = []
        for tok in reversed(seg):
            if tok[0].lower() in _STOP_BACK:
                break
            picked.append(tok)
        picked = picked[::-1][-7:]
        if words and picked and _head_ok(picked[-1][0]):
            name = _trim_np(picked)
            if name and _person_like(text[name[0]:name[1]]):
                return name
    for seg in reversed(segments[1:]):
        picked = []
        for tok in reversed(seg):
            if tok[0].lower() in _STOP_BACK:
                break
            picked.append(tok)
        picked = picked[::-1][-7:]
        if picked and _head_ok(picked[-1][0]):
            name = _trim_np(picked)
            if name:
                return name
    appos = segments[0]
    if _head_ok(appos[-1][0]) or any(_speaker_noun(t[0].lower()) for t in appos):
        return _trim_np(appos)
    return None


def _descriptive(seg: list[tuple[str, int, int]]) -> bool:
    """A comma segment that describes rather than names: "who asked not to be named", "speaking on
    condition of anonymity", "based on interviews", "45"."""
    first = seg[0][0].lower()
    return (first in ("who", "which", "whose", "whom", "that", "where", "when") or
            first.endswith(("ing", "ed")) and first not in _SPEAKER_NOUNS and not _is_cap(seg[0][0]) or
            all(t[0][:1].isdigit() for t in seg))


def _trim_np(picked: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Drop sentence-opening adverbs, dates and a leading "the" from a speaker phrase."""
    while picked and (picked[0][0].lower() in _LEADING_JUNK or picked[0][0][:1].isdigit()):
        picked = picked[1:]
    while picked and picked[0][0].lower() in ("the",):
        picked = picked[1:]
    if not picked:
        return None
    return picked[0][1], picked[-1][2]


def _speaker_after(text: str, start: int, *, according: bool = False) -> tuple[int, int] | None:
    """The speaker phrase that starts at ``start`` (after an inverted cue or "according to")."""
    toks = _tokens(text, start, len(text))
    picked: list[tuple[str, int, int]] = []
    for k, (tok, a, b) in enumerate(toks):
        low = tok.lower()
        if tok in ",;:()“”\"‘’—–":
            break
        if picked and low in _STOP_FORWARD and not (low in ("in", "at") and according):
            break
        if picked and low == "to" and k + 1 < len(toks) and toks[k + 1][0].lower() in _HEARERS:
            break  # "said she to the broadcaster RUV", "said the mayor to reporters": who heard it (not "the
            # ambassador to France")
        if picked and low in _PARTICIPLE_AFTER and not any(t.lower() == "by" for t, _, _ in toks[len(picked):len(picked) + 6]):
            break
        if tok.endswith(".") and picked and not _TITLE.match(tok) and not re.match(r"^(?:[A-Z]\.)+$", tok):
            picked.append((tok[:-1], a, b - 1))
            break
        picked.append((tok, a, b))
        if len(picked) >= 10:
            break
    if not picked:
        return None
    phrase = " ".join(t[0] for t in picked)
    if not according and not (_is_cap(picked[0][0]) or picked[0][0].lower() in _DETERMINERS or
                              picked[0][0].lower() in _PRONOUNS or _person_like(phrase) or
                              len(picked) <= 3 and _speaker_noun(picked[-1][0].lower())):
        return None
    return _trim_np(picked)


_NAME_PARTICLES = frozenset("de da di van von der den al el bin ibn la le du dos das".split())
_BEFORE_NAME_NOT_PERSON = frozenset("""for of from in at against to with by on into across near the a an
    this that its their his her our""".split())


def _person_like(name: str) -> bool:
    """A person's name, possibly after a title or a role: "Col. Ryan Dillon", "Dr Amal Haddad",
    "Security researcher Lena Fischer"; not an organisation ("Regional Security"), a place after a
    preposition ("arrived from South America") or an acronym."""
    words = name.split()
    if not words or name.isupper():
        return False
    k = len(words)
    while k > 0 and (_is_cap(words[k - 1]) or words[k - 1].lower() in _NAME_PARTICLES and k < len(words)):
        k -= 1
    tail = words[k:]
    if k > 0 and (words[k - 1].lower() in _BEFORE_NAME_NOT_PERSON or words[k - 1].lower().strip(".,") in _ORG_HEADS):
        return False  # "the charity Helvan Relief", "rail operator Railnet": a body's name
    if any(w.lower().strip(".") in _ORG_HEADS for w in tail[-2:]) or any(w in _NOT_NAMES for w in tail[-2:]):
        return False
    if any(w.isupper() and len(w) > 1 for w in tail[-2:]):
        return False
    return len(tail) >= 2 or bool(tail and _PERSON_ONE.fullmatch(" ".join(words[-2:])))


_PERSON_ROLES = frozenset("""official spokesman spokeswoman spokesperson minister director officer chief chairman
    chairwoman chairperson president mayor governor lawyer attorney witness resident doctor surgeon nurse
    engineer manager ranger captain commander general prosecutor judge inspector detective analyst
    executive founder owner teacher driver pilot""".split())


def _one_person_role(name: str) -> bool:
    """One person named by role, not by name: "a senior government official", "the fire chief"."""
    words = name.lower().split()
    return bool(words) and words[-1].strip(".,") in _PERSON_ROLES and not words[-1].endswith("s")


def _is_org(name: str) -> bool:
    words = name.split()
    return bool(words) and (name.isupper() or any(w.lower().strip(".") in _ORG_HEADS for w in words))


# --- one sentence --------------------------------------------------------------------------------


def _quote_text(sentence: str, quotes: list[tuple[int, int]]) -> str | None:
    parts = [sentence[a:b].strip().rstrip(",").strip() for a, b in quotes]
    parts = [p for p in parts if p]
    if sum(len(p.split()) for p in parts) < 2:
        return None  # a scare quote or a single word, not the speaker's sentence
    return " ".join(parts)


def _cue_candidates(sentence: str, masked: str) -> list[tuple[int, int, str, tuple[int, int] | None, str]]:
    """(cue start, cue end, cue text, speaker span, kind) for each reporting cue, in order."""
    out = []
    if not any(w[:4] in _CUE_STEMS or w in _CUE_WHOLE for w in _WORD_RX.findall(masked)):
        return out  # no word that could be a cue: skip the scans
    for m in _ACCORDING.finditer(masked):
        span = _speaker_after(masked, m.end(), according=True)
        if span:
            out.append((m.start(), m.start("cue") + len(m.group("cue")), m.group("cue").lower(), span,
                        "according_to"))
    for m in _CUE.finditer(masked):
        a, b, cue = m.start(), m.end(), m.group("cue")
        before, after = masked[max(0, a - 120):a], masked[b:]  # the tail is all the look-behind needs
        # The looks at `before` are anchored at its end: each is searched from where the last words
        # it can span begin, and one that reads only the last mark reads that.
        last_word = _words_start(before)
        tail = before.rstrip()
        last_mark = tail[-1:]
        if _DET_BEFORE.search(before, last_word) or _PREP_BEFORE.search(before, last_word) or \
                _POSSESSIVE_BEFORE.search(before, last_word):
            continue  # "the report", "a claim", "to say", "of the reports"
        if _PASSIVE_AUX.search(before, _words_start(before, 2)) and not re.match(r"\s+by\b", after):
            continue  # "it was reported", "is said to" (a hedge, not a speaker)
        if cue.endswith("ed") and re.match(r"\s+(?:were|was|is|are)\b", after):
            continue  # "None of the other injuries reported were serious": a participle after its noun
        if cue.lower().startswith("add") and re.match(r"\s+to\s+(?!reporters\b|journalists\b)", after):
            continue  # "The findings add to evidence that ...": a deed, not a statement
        if re.fullmatch(_QUOTE_VERBS, cue) and not _AFTER_QUOTE.search(sentence, max(0, a - 120), a):
            continue  # "the fire raged", "she blasted the agency": a deed, not how a quote was said
        weak = not re.fullmatch(_STRONG, cue)
        trailing = bool(_TRAILING_BEFORE.search(before, _words_start(before, 8))) and \
            bool(_TRAILING_AFTER.match(after))
        inverted = last_mark in _INVERTING_MARKS or bool(_AUX_INVERTED.search(before, last_word - 3 if last_word >= 3 else 0)) \
            and not re.match(r"\s+that\b", after)  # ("Name, the director, has said that ...": the subject speaks)
        # (", has communicated the civil protection.": a stilted inverted frame with its auxiliary)
        if cue.endswith("ing") and last_mark == ",":
            span = _subject_span(sentence, masked, a)
            if span is not None:
                out.append((a, b, cue, span, "reported"))
            continue  # "The ministry rejected the report, saying ...": the subject says it
        comma_before = last_mark == "," and tail[-2:-1] not in _CLOSING_QUOTES
        # (what follows "told" is who heard it, never an inverted speaker: "..., his barrister, Sophie
        # Kendrick, told the court")
        span = _speaker_after(masked, b) if inverted and not cue.lower().startswith(("tell", "told")) else None
        if span is not None:
            phrase = masked[span[0]:span[1]]
            if comma_before and len(phrase.split()) > 5 and not _person_like(phrase):
                span = None  # "A resident, who asked ..., said the first shell hit a row of stalls"
            elif comma_before and not _SPEAKER_END.match(masked, span[1]):
                span = None  # "Name, a spokesman, said the vote ...": what follows is the reported clause
            elif not _head_ok(_np_head(phrase)):
                span = None  # "..., said the talks failed": a clause, not a speaker
        if span is None and inverted and not comma_before:
            continue
        if span is None:
            if _NEGATED_CUE.search(before, _words_start(before, 2)):
                continue  # "has not said", "did not say", "declined to say": no statement made
            span = _speaker_before(masked, a)
            if span is None and _AND_BUT_BEFORE.search(before, last_word):
                span = _subject_span(sentence, masked, a)  # "Smith conceded defeat and said ..."
                if span is not None and not _speaker_like(masked[span[0]:span[1]]):
                    span = None
            if span is None or masked[span[0]:span[1]].lower() in ("nobody", "no one", "none", "no-one"):
                continue
            if weak and not trailing and not _CLAUSE_AFTER.match(after):
                subj = masked[span[0]:span[1]]
                to_clause = cue in _TO_CUES and re.match(r"(?:\s+[\w’'.-]+){0,5}?\s+to\s+[a-z]", after)
                bare = cue.lower() in _CLAUSE_CUES and _BARE_CLAUSE.match(after)  # "claimed bridge strikes cost"
                if not (to_clause or bare or cue in _NP_OBJECT_CUES and _speaker_like(subj)):
                    continue
            if cue in _NOUN_LIKE_CUES and _NOUN_USE_AFTER.match(after):
                continue  # "reports suggest", "claims of fraud": a noun
        if cue.startswith(("tell", "told")) and not inverted and INSTRUCTION_AFTER.match(after):
            continue  # "has told students to pay only through its portal": an instruction, not a statement
        if cue.startswith(("tell", "told")) and not re.match(r"\s+(?:[A-Za-z])", after) and not inverted:
            if not re.match(r"\s*[.,]", after):
                continue
        out.append((a, b, cue, span, "reported"))
    out.sort(key=lambda c: c[0])
    return out


# Cues that take a clause with no "that": "Network Rail claimed bridge strikes cost ...", read when a
# verb follows the clause's subject within a few words.
_CLAUSE_CUES = frozenset("claimed claims insisted insists argued argues maintained maintains alleged alleges "
                         "contended contends warned warns believe believes believed suspect suspects suspected "
                         "fear fears feared".split())
_BARE_CLAUSE = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
                          r"(?:is|are|was|were|had|has|have|would|will|could|can|may|might|cost|costs|caused|causes|did|"
                          r"does|posed|poses|put|puts|[a-z]{2,}ed)\b")
_POSSESSIVE_BEFORE = re.compile(r"(?:[’']s|s[’'])\s+$")
_TRAILING_BEFORE = re.compile(r"[,”\"’]\s*\S*(?:\s+\S+){0,6}\s*$")  # a mark and at most seven words
_AND_BUT_BEFORE = re.compile(r"\b(?:and|but)\s+$")
_INVERTING_MARKS = frozenset(",”\"’:")
_CLOSING_QUOTES = frozenset("”\"’")


def _words_start(text: str, n: int = 1) -> int:
    """Where the white space before the last ``n`` words (runs of non-space) of ``text`` begins, 0 when
    it has no more words: a pattern anchored at the end of ``text`` that spans at most n words can only
    match from there on."""
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


_APPOSED_NAME = re.compile(r",\s*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*)\s*,")


def _subject_span(sentence: str, masked: str, limit: int) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, when it is a plain noun phrase before ``limit``."""
    actor = find_actor(masked[:limit].rstrip(" ,") + ".")
    if actor and "," in actor:
        # "Her rival, Rishi Sunak": the name among the appositions
        parts = [p.strip() for p in actor.split(",") if p.strip()]
        actor = next((p for p in parts if _person_like(p)), parts[0] if parts else None)
    if not actor or len(actor.split()) > 8:
        return None
    start = masked.find(actor)
    if start < 0:
        return None
    named = _APPOSED_NAME.match(masked, start + len(actor))
    if named and _person_like(named.group(1)):
        return named.start(1), named.end(1)  # "Her rival, Rishi Sunak, ...": the name wins
    return _trim_np([(actor, start, start + len(actor))]) if actor.split()[0].lower() != "the" else \
        (start + 4, start + len(actor))


_REACTION_NP = re.compile(r"(?:a|an|the)\s+(?:claims?|allegations?|accusations?|charges?|assertions?|versions?|"
                          r"suggestions?)\s+(?:that\s+|which\s+)?|"
                          # "a move she said would leave households better off": the pronoun speaks
                          r"(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:that\s+|which\s+)?(?=(?:he|she|they|we)\s)", re.I)
_HEARER_TO_END = re.compile(r"(?:\s+[\w’'.-]+){1,5}\s*[.!]?[”\"’]?\s*$")
_APPOSITION_TO_END = re.compile(r"(?:,\s*[^,;:]{1,80})?\s*[.!]?[”\"’]?\s*$")


def attribute(sentence: str) -> Attribution | None:
    """The attribution of one sentence read alone (pronoun speakers left as written)."""
    quotes = find_quotes(sentence)
    masked = _mask(sentence, quotes)
    cands = _cue_candidates(sentence, masked)
    if not cands:
        return None
    # "..., a claim Ravena Copper denied": the company answers the claim, it does not tell the
    # sentence; its name is the speaker of that answer
    reactions = set()
    for k, c in enumerate(cands):
        m = _REACTION_NP.match(masked, c[3][0]) if c[3] else None
        if m and m.end() < c[3][1]:
            cands[k] = (c[0], c[1], c[2], (m.end(), c[3][1]), c[4])
            reactions.add(k)
    # The outermost frame: a trailing ", X reported." wraps what comes before it.
    primary = cands[0]
    last = cands[-1]
    if len(cands) - 1 in reactions:
        pass
    elif len(cands) > 1 and (re.match(r"\s*[.!]?[”\"’]?\s*$", masked[last[1]:]) or last[2].lower().startswith(("told", "tell"))
                             and _HEARER_TO_END.match(masked, last[1])) and \
            re.search(r",\s*$", masked[:min(last[0], last[3][0])]):
        primary = last  # (", a police source told this agency.": the one told, then the end)
    elif len(cands) > 1 and last[3][0] > last[1] and re.search(r",\s*$", masked[:last[0]]) and \
            _APPOSITION_TO_END.match(masked, last[3][1]):
        primary = last  # "..., said Mark Reid, a retail analyst at Barclays.": the inverted frame wraps the rest
    nested = tuple(_make(sentence, c, None) for c in cands if c is not primary and c[0] > primary[0])
    quote = _quote_text(sentence, quotes) if quotes else None
    return _make(sentence, primary, quote, nested)


def _make(sentence, cand, quote, nested=()) -> Attribution:
    a, b, cue, (sa, sb), kind = cand
    if kind != "according_to" and quote:
        kind = "quote"
    return Attribution(speaker=sentence[sa:sb], cue=" ".join(cue.split()), quote=quote if kind == "quote" else None,
                       kind=kind, speaker_start=sa, speaker_end=sb, nested=tuple(nested))


# --- a whole article -----------------------------------------------------------------------------


def _people(sentence: str) -> list[str]:
    names = [m.group() for m in _PERSON.finditer(sentence)
             if not re.search(r"\b(?:of|for|the|and|de)\s+$", sentence[max(0, m.start() - 5):m.start()])]
    names += [m.group() for m in _PERSON_ONE.finditer(sentence)]
    out = []
    for n in names:
        words = n.split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        n = " ".join(words)
        if len(words) >= 1 and _person_like(n) and (len(words) >= 2 or _PERSON_ONE.fullmatch(n)):
            out.append(n)
    return out


def _orgs(sentence: str, att: Attribution | None) -> list[str]:
    out = []
    if att and att.speaker and _is_org(att.speaker):
        out.append(att.speaker)
    return out


def _subject_org(sentence: str) -> str | None:
    """The organisation a sentence with no speaker has as its subject, which a later "it" may stand
    for ("The weather service issued a warning. It said ...")."""
    if not _ORG_HEAD_WORDS.intersection(sentence.lower().split()[:8]):
        return None
    actor = find_actor(sentence)
    if actor and _is_org(actor) and len(actor.split()) <= 6 and actor.split()[0].lower() not in ("its", "their"):
        return actor[4:] if actor.lower().startswith("the ") else actor
    return None


_ORG_HEAD_WORDS = frozenset(w for w in _ORG_HEADS if w.isalpha())
_DOCUMENT_HEADS = frozenset("audit study report survey review inquiry analysis investigation census poll".split())


def _subject_document(sentence: str) -> str | None:
    """The document a sentence has as its subject ("The audit, carried out by ..., found that ..."),
    which a next "It estimated" stands for."""
    actor = find_actor(sentence)
    if not actor or len(actor.split()) > 6:
        return None
    words = [w.lower().strip(",") for w in actor.split()]
    if words[-1] not in _DOCUMENT_HEADS or words[0] in ("its", "their", "his", "her"):
        return None
    return actor[4:] if actor.lower().startswith("the ") else actor


class Attributor:
    """Attribute the sentences of one article, in order (see the module docstring)."""

    def __init__(self):
        pass

    def __call__(self, sentences: list[str]) -> list[Attribution | None]:
        raw = [attribute(s) for s in sentences]
        raw = self._spread_quotes(sentences, raw)
        out: list[Attribution | None] = []
        last_org: str | None = None
        last_org_at = -1
        for i, (s, att) in enumerate(zip(sentences, raw)):
            if att is not None and att.speaker and att.speaker.lower() in _PRONOUNS:
                org = last_org
                if att.speaker.lower() in ("it", "they"):  # a body named as a subject since, looked up now
                    for j in range(i - 1, last_org_at, -1):
                        if out[j] is None and (found := _subject_org(sentences[j])):
                            org = found
                            break
                        if j == i - 1 and att.speaker.lower() == "it" and out[j] is None \
                                and (found := _subject_document(sentences[j])):
                            org = found  # "The audit found that ... It estimated ...": the audit
                            break
                att = self._resolve(att, self._last_person(sentences, out, i), org)
            out.append(att)
            orgs = _orgs(s, att)
            if orgs:
                last_org, last_org_at = orgs[0], i
        return out

    @staticmethod
    def _last_person(sentences: list[str], atts: list[Attribution | None], i: int) -> str | None:
        """The person named last before sentence ``i``: its speaker when that is a person, else the
        first person the sentence names (looked up only when a pronoun needs it)."""
        for j in range(i - 1, -1, -1):
            att = atts[j]
            if att is not None and att.speaker and (_person_like(att.speaker) or _one_person_role(att.speaker)):
                return att.speaker  # a name, or one person told by role ("a senior government official")
            people = _people(sentences[j])
            if people:
                return people[0]
        return None

    @staticmethod
    def _resolve(att: Attribution, person: str | None, org: str | None) -> Attribution:
        pron = att.speaker.lower()
        name = person if pron in ("he", "she") else org or person if pron in ("it", "they") else None
        if pron == "it":
            name = org
        if not name:
            return att
        return replace(att, speaker=name, resolved_from=att.speaker.lower(), speaker_start=None, speaker_end=None)

    @staticmethod
    def _spread_quotes(sentences: list[str], raw: list[Attribution | None]) -> list[Attribution | None]:
        """A quote that spans sentences: each sentence it covers takes the attribution found in any of them."""
        out = list(raw)
        i, n = 0, len(sentences)
        while i < n:
            if not _opens_unclosed(sentences[i]):
                i += 1
                continue
            j = i + 1
            while j < n and not _closes_open(sentences[j]):
                j += 1
            group = range(i, min(j, n - 1) + 1)
            found = next((raw[k] for k in group if raw[k] is not None), None)
            if found is not None:
                for k in group:
                    if out[k] is None:
                        q = _quote_text(sentences[k], find_quotes(sentences[k])) or sentences[k].strip("“”\" ")
                        out[k] = replace(found, quote=q, kind="quote", speaker_start=None, speaker_end=None,
                                         nested=())
            i = max(j, i + 1)
        return out


def _opens_unclosed(s: str) -> bool:
    opens = s.count("“") + s.count("«")
    closes = s.count("”") + s.count("»")
    if opens > closes:
        return True
    return s.count('"') % 2 == 1 and s.lstrip().startswith('"')


def _closes_open(s: str) -> bool:
    opens = s.count("“") + s.count("«")
    closes = s.count("”") + s.count("»")
    if closes > opens:
        return True
    return s.count('"') % 2 == 1 and not s.lstrip().startswith('"')
