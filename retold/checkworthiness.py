"""Check-worthiness: how much a sentence states something a fact-checker could check.

A transparent additive score in 0..1 from named features (``FEATURES`` holds
the weights): a number, a date, an attribution, a named entity, a factual
event verb raise it; opinion and advice words, rhetorical or direct
questions, first-person musing and very short sentences lower it;
boilerplate ("Subscribe to our newsletter", "Read more", "Click here",
cookie and copyright notices) is floored to near zero. A sentence with a
number, a date-bound event or an attributed statement scores at least 0.6;
opinion, questions and boilerplate stay under 0.4.

``explain`` returns the features that fired, so a score can be read.

Policy on bad input: any string scores; an empty one scores 0.
"""

from __future__ import annotations

import re

__all__ = ["checkworthiness", "explain", "FEATURES"]

FEATURES: dict[str, float] = {
    "base": 0.25,
    "quantity": 0.4,  # states an amount
    "date": 0.35,  # places an event in time
    "attributed": 0.35,  # someone is on record saying it
    "named_entity": 0.1,  # a capitalised name after the first word
    "event_verb": 0.1,  # killed, approved, rose, arrested ...
    "hedged": 0.0,  # uncertain, but still a claim someone made
    "opinion": -0.3,  # should, must, I think, beautiful ...
    "question": -0.5,
    "first_person": -0.15,
    "short": -0.15,  # under six words
    "boilerplate": -1.0,
}

# Boilerplate and opinion: single words looked up in a set, phrases by regex only when a word of
# theirs is there (a set lookup is much cheaper than a long alternation over every sentence).
_BOILER_WORDS = frozenset("subscribe subscribers newsletter newsletters copyright cookie cookies advertisement "
                          "©".split())
_BOILER_PHRASES = re.compile(
    r"\b(?:sign\s+up|read\s+more|click\s+here|follow\s+us|all\s+rights\s+reserved|privacy\s+policy|"
    r"terms\s+of\s+(?:use|service)|share\s+this|related\s+(?:stories|articles)|most\s+read|"
    r"watch\s+(?:the\s+)?video|download\s+(?:our|the)\s+app|support\s+(?:our|independent)\s+journalism|"
    r"get\s+in\s+touch|contact\s+us|listen\s+to\s+the\s+podcast|"
    r"this\s+article\s+(?:was|has\s+been)\s+(?:amended|updated))", re.I)
_BOILER_TRIGGERS = frozenset("sign read click follow rights privacy terms share related most watch download "
                             "support touch contact podcast amended updated".split())
_OPINION_WORDS = frozenset("""should ought must arguably frankly sadly shameful disgraceful wonderful beautiful
    terrible awful amazing brilliant best worst deserve deserves surely outrageous absurd ridiculous imagine
    let's""".split())
_OPINION_PHRASES = re.compile(r"\b(?:need\s+to|i\s+think|i\s+believe|we\s+believe|in\s+(?:my|our)\s+view|"
                              r"let\s+us|of\s+course|it\s+is\s+time|high\s+time)\b", re.I)
_OPINION_TRIGGERS = frozenset("need think believe view let course time".split())
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me)\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_EVENT_VERBS = frozenset("""killed died injured wounded arrested charged convicted sentenced approved rejected
    passed voted signed announced launched rose fell increased decreased dropped grew shrank cut raised hit
    struck collapsed destroyed damaged evacuated fled seized captured won lost beat scored fined banned closed
    opened resigned elected appointed fired sacked hired recorded reported confirmed found discovered published
    released filed sued ruled acquitted raided attacked bombed shot crashed erupted flooded spread infected
    vaccinated tested admitted treated paid spent earned invested borrowed owed sold bought""".split())
_NAME = re.compile(r"(?<=\s)(?:[A-Z][a-z]+|[A-Z]{2,})\b")
_WORD = re.compile(r"[\w’']+")


def explain(sentence: str, *, quantities: int, dates: int, attributed: bool, hedged: bool) -> dict[str, float]:
    """The features that fired for ``sentence`` and their weights."""
    s = sentence.strip()
    fired: dict[str, float] = {"base": FEATURES["base"]}
    if not s:
        return {}
    words = _WORD.findall(s.lower())
    wordset = set(words)
    if "©" in s or not _BOILER_WORDS.isdisjoint(wordset) or (
            not _BOILER_TRIGGERS.isdisjoint(wordset) and _BOILER_PHRASES.search(s)):
        fired["boilerplate"] = FEATURES["boilerplate"]
    if quantities:
        fired["quantity"] = FEATURES["quantity"]
    if dates:
        fired["date"] = FEATURES["date"]
    if attributed:
        fired["attributed"] = FEATURES["attributed"]
    if hedged:
        fired["hedged"] = FEATURES["hedged"]
    if _NAME.search(s):
        fired["named_entity"] = FEATURES["named_entity"]
    if not _EVENT_VERBS.isdisjoint(wordset):
        fired["event_verb"] = FEATURES["event_verb"]
    if s.rstrip("\"'”’) ").endswith("?"):
        fired["question"] = FEATURES["question"]
    if not attributed and (not _OPINION_WORDS.isdisjoint(wordset) or
                           (not _OPINION_TRIGGERS.isdisjoint(wordset) and _OPINION_PHRASES.search(s))):
        fired["opinion"] = FEATURES["opinion"]
    if not attributed and _FIRST_PERSON.search(_QUOTED.sub(" ", s) if "“" in s or '"' in s else s):
        fired["first_person"] = FEATURES["first_person"]
    if len(words) < 6:
        fired["short"] = FEATURES["short"]
    return fired


def checkworthiness(sentence: str, *, quantities: int, dates: int, attributed: bool, hedged: bool) -> float:
    """A score in 0..1: high for numbers, dated events and attributed statements; low for opinion,
    questions and boilerplate."""
    fired = explain(sentence, quantities=quantities, dates=dates, attributed=attributed, hedged=hedged)
    return round(min(1.0, max(0.0, sum(fired.values()))), 3)
