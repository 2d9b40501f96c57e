"""Hedges and negation: how sure a sentence is, and whether it says "not".

``find_hedges`` marks the words that weaken or strengthen a claim, each with a
kind: "modal" (may, might, could, would likely), "evidential" (reportedly,
allegedly, apparently, appears to, is believed to, suggests, claimed,
unconfirmed, is estimated to), "hedge" (likely, likeliest, unlikely, possibly, probably, perhaps, it is
unclear) and "booster" (confirmed, clearly, undoubtedly, definitely, certainly).
Look-alikes are left out: the month "May" ("in May", "May 12") and the name
("Theresa May"), "might" the noun ("military might"), "could not" (a negated
ability, not a possibility), "claimed the title" (no clause follows).

``find_negations`` lists the negation cues as written: not, n't, never, no,
none, nobody, no one, nothing, neither, nor, without, no longer, failed to.
``is_negated`` is True when one of them negates the claim's main predicate or,
in a reported sentence, the predicate of what is reported ("officials said
the dam did not break"; a quote "We will not retreat," the general said). Our
policy: "no one was hurt" / "there were no casualties" are negated (a negative
subject or object negates the clause); "failed to" negates; "denied" does not
(the denial is the reported act, the cue is the speaker's). Not negated:
a cue inside a subordinate or relative clause ("the man, who was not named,
...", "if it does not rain"), "without" (an adverbial), and the idioms "not
only", "not just", "not least", "no doubt", "nothing but", "no later than",
"no more/less/fewer than", "whether or not", "if not", "no matter", "not to
mention".

Policy on bad input: any string is read; an empty one has no hedges and is not
negated.
"""

from __future__ import annotations

import re

from retold.models import Hedge

__all__ = ["find_hedges", "find_negations", "is_negated", "main_negation"]

_B = r"(?<![\w’'-])"  # word start
_E = r"(?![\w’'-])"  # word end
_RULED_OUT = r"(?:rul(?:e|es|ed|ing)\s+out|exclud(?:e|ed))"  # "not ruled out", "not excluded"

# (pattern, kind), each pattern read from a word start (_B) and case-insensitively, written in lower case.
# Order matters only for overlaps: earlier and longer wins.
_HEDGE_PATTERNS: list[tuple[str, str]] = [
    (r"(?:it\s+(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:still\s+)?"
     r"(?:unclear|not\s+(?:yet\s+)?(?:clear|known))|unclear|not\s+yet\s+(?:clear|known)|still\s+not\s+(?:clear|known)|"
     r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:unknown|a\s+mystery))" + _E,
     "hedge"),
    # "investigators were examining whether a scooter started the blaze": the cause is an open question
    (r"(?:examin|investigat|check|assess|determin|establish|prob|look(?:s|ed|ing)?\s+(?:into|at))[a-z]*"
     r"\s+(?:whether|if)" + _E, "hedge"),  # ("will investigate if the safety rules were broken")
    (r"(?:would|will|could|may|might)\s+(?:most\s+|very\s+)?(?:likely|probably|possibly)" + _E, "modal"),
    # "had not ruled out bringing in water", "cannot rule out", "it is not excluded that": a possibility
    # left open, not a "not"
    (r"(?:not|never|cannot|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|"
     r"(?:did|does|do|has|have|had|would|will|could|can|is|are|was|were|wo|ca)n[’']t)\s+"
     r"(?:yet\s+|entirely\s+|completely\s+)?(?:be\s+|been\s+)?" + _RULED_OUT + _E, "hedge"),
    # "a suspected broken arm", "the suspected gunman": a diagnosis or identity not yet established
    (r"(?:a|an|the|his|her|their|its|two|three|several|over|amid|after|on)\s+suspected(?!\s+(?:of|that|to|by)" + _E + ")" + _E, "hedge"),
    (r"(?:is|are|was|were|been|be|being)\s+(?:not\s+)?(?:widely\s+|generally\s+)?"
     r"(?:believed|thought|understood|said|reported|rumou?red|alleged|feared|suspected|presumed|estimated)"
     r"\s+to" + _E, "evidential"),
    # "who are suspected of collecting the prizes", "officers, who suspect him of passing documents":
    # a suspicion, not a fact
    (r"(?:(?:(?:is|are|was|were|been|be|being)\s+)?(?:suspected|accused)\s+of|(?:on|under|with)\s+(?:the\s+)?suspicion\s+of)" + _E, "evidential"),
    (r"suspect(?:s|ed)?\s+(?:him|her|them|it|the\s+\w+)\s+of" + _E, "evidential"),
    (r"(?:appears?|appeared|appearing|seems?|seemed|seeming)\s+to" + _E, "evidential"),
    # "with what looked like a handgun", "it looks as if the roof gave way": how it seemed, not what it was
    (r"(?:(?<=\bwhat\s)(?:looks?|looked|sounds?|sounded|seems?|seemed|appears?|appeared)\s+like|"
     r"it\s+(?:looks|looked|sounds|sounded)\s+(?:like|as\s+(?:if|though)))" + _E, "evidential"),
    # "serious but not thought to be life-threatening": the doubt kept under its "not"
    (r"not\s+(?:thought|believed|considered)\s+to" + _E, "evidential"),
    # "the bear, believed to be a female with cubs,": a reduced "which is believed to be"
    (r"(?<=,\s)(?:believed|thought|understood|reported|said|presumed)\s+to\s+(?:be|have)" + _E, "evidential"),
    # "Road traffic, estimated to kill up to 100,000 hedgehogs a year,": a reduced "which is estimated to"
    (r"(?<=,\s)estimated\s+to(?=\s+[a-z])" + _E, "evidential"),
    # "were feared trapped", "is presumed dead": the state told as feared, with no "to be"
    (r"(?:(?:is|are|was|were|been|being)\s+(?:now\s+)?(?:feared|believed|presumed|thought)|"
     r"(?<=[a-z] )(?<!\bnot )(?:feared|believed|presumed))(?=\s+"
     r"(?:dead|trapped|killed|missing|drowned|lost|injured|buried)" + _E + ")", "evidential"),  # ("six miners feared trapped")
    # ... or with no commas, straight after its noun: "an ice core in Antarctica thought to hold ice"
    (r"(?<=[A-Za-z] )(?<!\b(?:is|be|he|we|it|no) )(?<!\b(?:are|was|she|you|who|had|has|not|and|but) )"
     r"(?<!\b(?:were|been|they|that|have|also|once) )(?<!\b(?:being|which|never|first|still) )"
     r"(?:believed|thought)\s+to\s+(?:be|have|hold|contain|date|number|include|come|originate|stem)\b" + _E, "evidential"),
    # (not "it appears from the annual report": where it is told, a credit, no doubt)
    (r"it\s+(?:appears|appeared|seems|seemed|would\s+seem)" + _E + r"(?!\s+from\b)", "evidential"),
    # "where, it was said, she finds herself in stable state": the hearsay told in an aside
    (r"(?<=,\s)it\s+(?:is|was|has\s+been)\s+said(?=\s*,)", "evidential"),
    # "will almost certainly negotiate": very likely, still not certain (the word is the hedge's, read with its "almost")
    (r"(?<=almost\s|nearly\s)certain(?:ly)?" + _E, "hedge"),
    # ("could no longer find", "could not reach": what someone was unable to do, not a doubt)
    (r"(?:may|might|could(?!\s+(?:not|no\s+longer|never)\b)|maybe|perhaps|possibly|probably|(?:un)?likel(?:y|ier|iest)|potentially|"
     r"presumably|conceivably|arguably|possible)" + _E, "hedge"),
    (r"(?:reportedly|allegedly|apparently|seemingly|supposedly|purportedly|ostensibly|"
     r"alleged|unconfirmed|unverified|rumou?red|suggests?|suggested|suggesting|indicates?|"
     r"claim(?:s|ed|ing)?)" + _E, "evidential"),
    # "Cops are certain that four men were involved": sure of it, not believing it
    (r"(?:(?:is|are|was|were|am)\s+(?:now\s+|absolutely\s+|completely\s+)?(?:certain|sure|convinced)\s+that)" + _E, "booster"),
    (r"(?:confirmed|clearly|undoubtedly|definitely|certainly|surely|indisputably|"
     r"unquestionably|undeniably|no\s+doubt|without\s+(?:a\s+)?doubt|beyond\s+doubt)" + _E,
     "booster"),
]
_MODALS = frozenset("may might could".split())
_WORDS = re.compile(r"[A-Za-z’']+")
# All patterns in one alternation after the word start they share, one named group per pattern: a
# single left-to-right scan; at a given position the earlier (longer) pattern wins.
_ALL_HEDGES = re.compile(_B + "(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(_HEDGE_PATTERNS)) + ")",
                         re.I)
# The same, case-sensitive, for a sentence with its ASCII capitals lower-cased (same offsets, same
# matches): a case-sensitive alternation skips a word whose first letter starts none of its branches,
# which re.I cannot. Not for a sentence with one of the four letters re.I also takes for an ASCII one.
_ALL_HEDGES_LOW = re.compile(_ALL_HEDGES.pattern)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ and the Kelvin sign


def _lowered(sentence: str) -> str | None:
    """``sentence`` with its ASCII capitals lower-cased, for a case-sensitive pattern written in lower
    case to match as its re.I twin does on ``sentence``; None when the two could differ."""
    if sentence.isascii():
        return sentence.lower()
    if _FOLDS_TO_ASCII.isdisjoint(sentence):
        return sentence.translate(_ASCII_LOWER)
    return None
_KINDS = {f"p{i}": kind for i, (_, kind) in enumerate(_HEDGE_PATTERNS)}
# Every hedge pattern contains one of these words.
_TRIGGERS = frozenset("""unclear clear known would will could may might likely likelier likeliest unlikelier
    unlikeliest probably possibly believed thought estimated
    understood said reported rumoured rumored alleged feared suspected presumed appears appear appeared appearing
    seems seem seemed seeming looks looked sounds sounded maybe perhaps unlikely potentially presumably conceivably arguably possible
    reportedly allegedly apparently seemingly supposedly purportedly ostensibly unconfirmed unverified suggest
    suggests suggested suggesting indicate indicates claim claims claimed claiming confirmed clearly undoubtedly
    definitely certainly surely indisputably unquestionably undeniably doubt rule rules ruled ruling unknown
    whether suspect suspects accused suspicion exclude excluded certain sure convinced mystery""".split())
_MONTH_NEXT = re.compile(r"\s*(?:\d|,\s*\d|and\b|or\b|to\b|through\b|until\b|last\b|this\b|next\b)")
_NOT_AFTER = re.compile(r"\s+(?:not|never|n’t|n't)\b|n[’']t\b", re.I)
_MIGHT_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|his|her|its|their|our|my|your|all|full|own|military|economic|naval|industrial|"
    r"financial|sheer|whose|with)\s+|[’']s\s+)$", re.I)
_CLAIM_CLAUSE_AFTER = re.compile(
    r"\s*(?:that\b|to\b|,|\.|;|:|[\"”’]|$|\s+(?:on|in|last)\s+\w+\s+that\b)|"
    r"\s+(?:the|a|an|this|it|he|she|they|there|his|her|its|their)\b(?:\s+[\w’'-]+){0,3}?\s+"
    r"(?:would|will|was|were|is|are|had|has|have|could|may|might|did)\b")
_SUGGEST_NOUN_BEFORE = re.compile(r"(?:\b(?:a|the|no|any|his|her|their|its|our|this|that|these|those)|[’']s|s[’'])\s+$",
                                  re.I)


_INVERTED_END = re.compile(r"[^,;:]{0,120}[.!]?\s*$")


def _keep(sentence: str, start: int, end: int, kind: str) -> bool:
    """False for look-alikes of a hedge word: the month May, might the noun, could not, claimed + object."""
    text = sentence[start:end]
    word = text.lower()
    before, after = sentence[:start], sentence[end:]
    if word == "may" and text[0] == "M":
        # "May" capitalised: the month or a name unless it opens the sentence as a modal.
        if start > 0 and not re.search(r"(?:^|[.!?“\"]\s*)$", before):
            return False
        if _MONTH_NEXT.match(after) or re.match(r"\s+(?:was|is|has|had|saw|brought|marked|will\s+see|also\s+saw)\b",
                                                after):
            return False  # "May 12", "May was the wettest month"
    if word == "might" and (_MIGHT_NOUN_BEFORE.search(before) or re.match(r"\s+of\b", after)):
        return False
    if word == "could" and _NOT_AFTER.match(after):
        return False  # "could not" is a negated ability, handled by negation
    if word.startswith("claim") and not _CLAIM_CLAUSE_AFTER.match(after):
        return False  # "claimed the title", "claims of fraud"
    if word.startswith(("claim", "suggest", "indicat")) and _SUGGEST_NOUN_BEFORE.search(before):
        return False  # "a claim", "the suggestion"
    if word.startswith("indicat") and re.search(r",\s*$", before) and re.match(r"\s+(?:a|an|the)\s", after) \
            and _INVERTED_END.match(after):
        return False  # "..., indicates a study published on Thursday.": who says it, put after, as "said" is
    if word in ("suggests", "suggest", "indicates", "indicate") and re.match(r"\s+(?:a|an)\s", after):
        return kind == "evidential"
    if word == "possible" and (re.search(r"\b(?:as|made|make|makes|making|where|when|if|(?:as|if|when|where)\s+it\s+(?:is|was)|"
                                         r"wherever|whenever|everything|all|best|soon|quickly)\s+$", before, re.I)
                               or re.match(r"\s+(?:to|for)\b", after)):
        return False  # "as soon as possible", "made it possible", "possible to reach": no doubt about a claim
    if word == "confirmed" and re.search(r"\bun$", before):
        return False
    if word in ("likely", "unlikely") and re.search(r"\b(?:more|less|least|as|twice|times)\s+$", before, re.I) \
            and (word != "likely" or not re.match(r"\s+(?:that|than\s+not)\b", after)):
        return False  # "women were more likely than men to say": a comparison of how often, not a doubt
    return True


def find_hedges(sentence: str) -> list[Hedge]:
    """The hedges and boosters in ``sentence``, in order, offsets relative to it."""
    found: list[Hedge] = []
    if _TRIGGERS.isdisjoint(_WORDS.findall(sentence.lower())):
        return found  # no word any hedge pattern needs: skip the long scan
    low = _lowered(sentence)
    matches = _ALL_HEDGES.finditer(sentence) if low is None else _ALL_HEDGES_LOW.finditer(low)
    for m in matches:
        kind = _KINDS[m.lastgroup]
        start, end = m.span()
        if not _keep(sentence, start, end, kind):
            continue
        text = sentence[start:end]
        k = "modal" if kind == "hedge" and text.lower() in _MODALS else kind
        found.append(Hedge(text=text, kind=k, start=start, end=end))
    return found


# --- negation ----------------------------------------------------------------------------------

_NEG = re.compile(
    _B + r"(?:no\s+longer|no\s+one|failed\s+to|fails\s+to|fail\s+to|not|never|nobody|nothing|nowhere|"
    r"none|neither|nor|without|no|cannot)" + _E + r"|(?<=\w)n[’']t" + _E,
    re.I)
_NEG_LOW = re.compile(_NEG.pattern)  # for a sentence _lowered
# Idioms that contain a negation word but do not negate.
_IDIOM = re.compile(
    _B + r"(?:not\s+only|not\s+just|not\s+merely|not\s+least|not\s+to\s+mention|no\s+doubt|nothing\s+but|"
    r"no\s+(?:later|earlier|more|less|fewer|sooner)\s+than|no\s+sooner|whether\s+or\s+not|if\s+not|"
    r"no\s+matter|not\s+(?:far|long)\s+(?:from|after|before|ago)|none\s+other|never\s+before\s+seen|"
    r"it\s+(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:clear|known)|"
    r"not\s+yet\s+(?:clear|known)|still\s+not\s+(?:clear|known)|"
    r"not\s+unlike|no\s+fewer|no\s+more|no\s+less|or\s+not|no\.(?=\s*\d)|"
    r"(?:not|never|cannot)\s+(?:yet\s+|entirely\s+|completely\s+)?(?:be\s+)?" + _RULED_OUT + ")" + _E +
    r"|(?<=\w)n[’']t\s+(?:yet\s+|entirely\s+|completely\s+)?(?:be\s+)?" + _RULED_OUT + _E, re.I)
_SUBORDINATORS = frozenset("""if whether although though because unless while whilst when whenever after
    before since until till once who which whom whose where lest""".split())
_COMPLEMENT_VERBS = frozenset("""said says say told tells added adds warned warns claimed claims stated
    states insisted insists argued argues believe believes believed think thinks thought know knows knew
    found finds show shows showed shown suggest suggests suggested confirmed confirms announced announces
    reported reports admitted admits denied denies noted notes wrote writes explained explains revealed
    reveals acknowledged acknowledges estimated estimates concluded concludes stressed stresses hope hopes
    hoped fear fears feared expect expects expected ruled rules predicted predicts agreed agree agrees
    clear sure certain likely unlikely possible adding saying claiming insisting warning noting stressing
    arguing explaining confirming""".split())
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()\[\]“”\"]|\s-\s")  # not the comma of "250,000"
_WORDS = re.compile(r"[A-Za-z’']+")
_GERUND_AFTER = re.compile(r"\s+[a-z]+ing\b")
_PREP_BEFORE = re.compile(r"\b(?:for|with|of|to|in|at|on|from|by|as|under|into|over)\s+$", re.I)


def _has_negation(sentence: str) -> bool:
    low = _lowered(sentence)
    return (_NEG.search(sentence) if low is None else _NEG_LOW.search(low)) is not None


def find_negations(sentence: str) -> list[str]:
    """The negation cues of ``sentence`` as written ("not", "n't", "never", "no one" ...), idioms left out."""
    if not _has_negation(sentence):
        return []
    idioms = [m.span() for m in _IDIOM.finditer(sentence)]
    return [m.group() for m in _NEG.finditer(sentence)
            if not any(a <= m.start() < b for a, b in idioms)]


def in_adverbial_clause(sentence: str, pos: int) -> bool:
    """True when the word at ``pos`` sits in an adverbial clause ("because the stocks are not
    sufficient", "if it does not rain"), a relative clause not counted."""
    brk = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, pos):
        brk = m.end()
    for w in reversed(_WORDS.findall(sentence[brk:pos])):
        w = w.lower()
        if w in ("but", "yet", "and", "that"):
            return False
        if w in _ADVERBIAL:
            return True
    return False


_COORDINATED_AUX = frozenset("would will could should can may might must has have had".split())
_ADVERBIAL = frozenset("if whether although though because unless while whilst when whenever after before since "
                       "until till once lest".split())


_FINITE_AUX = frozenset("""will would can could should must may might shall cannot is are was were has have had
    do does did won't can't""".split())
_PRONOUNS_BEFORE_AUX = frozenset("i you he she it we they this that there".split())


def _main_resumed(words: list[str]) -> bool:
    """After a relative pronoun, its clause's verb and then a second finite verb of the main clause: "Pupils
    who cannot come on the new date [will be offered] ...", "Staff who missed the deadline [would] ..."."""
    low = [w.lower() for w in words]
    for j in range(2, len(low)):
        if low[j] in _FINITE_AUX and low[j - 1] not in _PRONOUNS_BEFORE_AUX | _FINITE_AUX | {"and", "or", "not", "who", "which"}:
            between = low[1:j]
            return not any(x in _COMPLEMENT_VERBS or x in _SUBORDINATORS or x == "that" for x in between)
    return False


def _in_subordinate(sentence: str, pos: int) -> bool:
    """True when the word at ``pos`` sits in a subordinate or relative clause.

    Walk back to the last clause break; a subordinator on the way makes the clause
    subordinate, and "that" is relative unless it follows a reporting or thinking verb; "but"
    and "yet" start a clause of their own."""
    brk = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, pos):
        brk = m.end()
    words = _WORDS.findall(sentence[brk:pos])
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w in ("but", "yet") and i < len(words) - 1:
            return False  # "... since the semi-final but would not blame it": a new main clause
        if w == "and" and i < len(words) - 1 and words[i + 1].lower() in _COORDINATED_AUX:
            return False  # "once fully in place and would be funded without cuts": the main predicate again
        if w in _SUBORDINATORS:
            return not (w in ("who", "which") and _main_resumed(words[i + 1:]))
        if w == "that":
            near = [x.lower() for x in words[max(0, i - 6):i]]
            if near and near[-1] in ("but", "and", "yet"):
                return False  # "said they were investigating ..., but that its directors were not": a
                # second complement of the same verb (or a demonstrative subject), not a relative clause
            return not (i == 0 or near[-1].endswith("ed") or any(x in _COMPLEMENT_VERBS for x in near))
    # A clause opened by a subordinator before a comma: "If it does not rain, ..." is caught above;
    # "..., which did not ..." starts after the comma and is caught above too.
    return False


def is_negated(sentence: str) -> bool:
    """True when the main (or reported) predicate of ``sentence`` is negated."""
    return main_negation(sentence) is not None


def main_negation(sentence: str) -> tuple[int, int] | None:
    """The span of the cue that negates the main (or reported) predicate, None when none does."""
    return next(main_negations(sentence), None)


_NOUN_NOT_YET = re.compile(r"\b(?!(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|could|should|can|may|might|"
                           r"must|shall|and|or|but|that|who|which|it|he|she|they|we|i|you|still|also|just)\s)[a-z]+\s+$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:yet\s+)?[a-z]+(?:ed|en)\b(?!\s+(?:by|to)\b)")


def main_negations(sentence: str):
    """The spans of every cue that negates a main (or reported) clause, in order: "there was no fire
    and no sign that ..." has two."""
    if not _has_negation(sentence):
        return
    idioms = [m.span() for m in _IDIOM.finditer(sentence)]
    for m in _NEG.finditer(sentence):
        if any(a <= m.start() < b for a, b in idioms):
            continue
        cue = m.group().lower()
        if cue == "without":
            continue
        if cue == "no" and _PREP_BEFORE.search(sentence, 0, m.start()):
            continue  # "voted for no change", "with no warning": an adjunct, not the predicate
        if cue == "not" and _PREP_BEFORE.search(sentence, 0, m.start()) and _GERUND_AFTER.match(sentence, m.end()):
            continue  # "did the right thing by not resisting": an adjunct, not the predicate
        if cue == "not" and _NOUN_NOT_YET.search(sentence, 0, m.start()) and _PARTICIPLE_AFTER.match(sentence, m.end()):
            continue  # "to contact every pregnant woman not yet vaccinated": a reduced relative, said of the woman
        if _in_subordinate(sentence, m.start()):
            continue
        yield m.span()
