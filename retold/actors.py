"""Actors: the acting subject of a sentence's main clause, without a parser.

``find_actor("On Tuesday the council approved the plan, officials said.")`` is
"the council": a reporting frame ("officials said", "according to X") is peeled
off, since who says it is attribution, not the actor; leading adverbials ("On
Tuesday,", "After a long debate,") are skipped; a passive with a by-agent ("the
plan was approved by the council") gives the agent. The subject is the noun
phrase before the first finite verb, found from auxiliaries, a compact list of
common verbs and verb endings.

Policy: a sentence whose subject cannot be read (no verb in sight, a pronoun-less
fragment) gives None; no input raises.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["find_actor", "find_action", "strip_reporting_frame"]

_CUES = (r"said|says|say|told|tells|stated|states|announced|announces|added|adds|claimed|claims|claim|"
         r"alleged|alleges|insisted|insists|confirmed|confirms|reported|reports|explained|explains|"
         r"noted|notes|wrote|writes|warned|warns|argued|argues|revealed|reveals|admitted|admits|"
         r"maintained|maintains|suggested|suggests|believes|believed|thinks|thought|estimated|estimates|"
         r"acknowledged|acknowledges|denied|denies|insisted|stressed|stresses|emphasised|emphasized|"
         r"complained|complains|conceded|concedes|cautioned|cautions|observed|observes|lamented|laments|"
         r"boasted|boasts|contended|contends|asserted|asserts|declared|declares|predicted|predicts|"
         r"concluded|concludes|recalled|recalls|replied|replies|responded|responds|clarified|clarifies|"
         r"communicated|communicates|mentioned|mentions|disclosed|discloses|"
         # a plural speaker's present: "Shipping analysts at Corbell Maritime estimate that ..."
         r"estimate|warn|argue|insist|predict|"
         r"according")
_SPEAKER = r"[A-Z\"“']?[^,;:\"“”]{1,70}?"
_APPOSITIVE = r"(?:,\s[^,;:\"“”]{1,70},)?"
# "X said (on Tuesday) (that) Y"
_LEAD_FRAME = re.compile(
    rf"^(?P<speaker>{_SPEAKER}){_APPOSITIVE}\s+(?:has\s+|have\s+|had\s+)?(?:{_CUES})(?:\s+(?:on|in|last|this|late|early)\s+\w+)?"
    rf"(?:\s+(?:reporters|journalists|the\s+\w+|\w+))??"
    rf"(?:\s+(?:in|on|at|to|during|via|through|before|after|with)(?:\s+[\w’'-]+){{1,5}}?)?\s*,?\s+(?:that\s+)(?P<rest>.+)$")
_LEAD_FRAME_NOTHAT = re.compile(
    rf"^(?P<speaker>{_SPEAKER}){_APPOSITIVE}\s+(?:has\s+|have\s+|had\s+)?(?:{_CUES})\s*(?:,|:)?\s+(?P<rest>.+)$")
# "Y, X said." / "Y, said X." / "Y, according to X."
_TRAIL_FRAME = re.compile(
    rf"^(?P<rest>.+?)[,;]\s*[\"”']?\s*(?:(?:{_SPEAKER})\s+(?:has\s+|had\s+)?(?:{_CUES})|(?:said|says|added|adds|told|explained|wrote|claimed|claims)\s+(?:[A-Z]|the\s|an?\s)[^,]{{0,60}}|"
    rf"according\s+to\s+[^,]{{1,70}})(?:\s+(?:on|in|last)\s+\w+)?\s*[.!]?[\"”']?\s*$")
_ACCORDING_LEAD = re.compile(r"^according\s+to\s+[^,]{1,80},\s*(?P<rest>.+)$", re.I)
# "On Tuesday, ..." "After the vote, ..." "However, ..."
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:on|in|at|after|before|during|since|following|despite|while|when|as|although|though|"
    r"because|if|by|with|without|under|amid|for|over|last|earlier|later|meanwhile|however|yet|"
    r"instead|still|also|now|then|today|yesterday|separately|overall|in\s+addition|by\s+contrast|"
    r"earlier\s+this|late\s+on|early\s+on|across|throughout|within|beyond|outside|inside|around)\b[^,]{0,90},\s*"
    # one adverb and its comma: "Nationally,", "Locally,", "Unusually,"
    r"|[a-z]{2,}(?:ally|ately|ently|antly|ously|ively|ibly|ably|arly|ssly)\s*,\s*)", re.I)
_LEAD_ADVERB_NOCOMMA = re.compile(
    r"^(?:on|in|at|last|earlier|this)\s+(?:(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|morning|evening|night|week|month|year|weekend|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?|\d{4})\s*)+"
    r"(?=the\b|a\b|an\b|[A-Z])", re.I)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\.\-]*|\d(?:[\d,\.]*\d)?%?|[,;:()]")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Col|Gen|Lt|Sgt|Capt|Maj|Prof|Sen|Rep|Gov|St)\.$")
_AUX = frozenset("""is are was were be been being am has have had do does did will would shall should
    can could may might must won't can't didn't doesn't don't isn't aren't wasn't weren't hasn't haven't
    hadn't wouldn't couldn't shouldn't""".split())
_VERBS = frozenset("""said says say told tells made makes took takes gave gives got gets went goes came
    comes found finds saw sees knew knows know thought thinks think became becomes kept keeps held holds
    brought brings began begins ran won wins lost loses paid pays met meets sent sends built builds spent
    spends fell falls rose rises put puts led leads sold sells bought buys struck strikes fled flees
    seized seizes wants needs plans agrees denies approved approves rejected rejects announced announces
    ordered orders killed kills launched launches left let lets broke chose drove flew grew hid rode rang
    sank shook spoke stole swore threw tore woke wore wrote drew withdrew understood stood sat slept fought
    sought taught caught felt dealt meant lent dug stuck hung swung spun shone fed bled lit quit overtook
    undertook forgot forbade became shut hit spread burst hurt used owed runs""".split())
# Past forms that are also nouns ("a cut", "a set"): a verb only after a subject word.
_BARE_PAST = frozenset("cut set".split())
_NOT_VERB_ED = frozenset("""red bed need seed speed feed creed hundred shed bred breed deed greed
    indeed steed weed united limited based armed""".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your some many most "
                         "several few all both each every no any".split())
_PREPOSITIONS = frozenset("of and or for in on at with from by to into than as".split())
_ADJECTIVE_ENDINGS = ("y", "al", "ic", "ous", "ive", "ful", "ern", "ish", "ian", "an", "ese", "ent", "ant")
_PRONOUN_SUBJECTS = frozenset("he she it they we i you".split())
_RELATIVE = frozenset("who which that whose whom".split())
_NOUNISH_S = frozenset("""news series species politics economics physics officials forces members
    residents citizens workers people police troops authorities families relatives children
    fighters militants students patients doctors nurses prices rates sales figures numbers
    jobs homes houses schools hospitals states nations countries cities towns villages
    areas regions groups parties companies firms banks markets shares services units teams
    lawmakers ministers leaders investors analysts experts scientists researchers""".split())


# What follows "told" when it gives an order, not news: "has told students to pay through its portal".
INSTRUCTION_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}?to\s+(?!be\b|have\b)[a-z]+")
_TOLD = re.compile(r"\b(?:told|tells|tell)\b")


def _instruction(text: str) -> bool:
    """``text`` tells someone to do something ("told students to pay")."""
    return any(INSTRUCTION_AFTER.match(text, m.end()) for m in _TOLD.finditer(text))


def strip_reporting_frame(sentence: str) -> str:
    """The reported clause of a sentence: "Officials said the dam held." -> "the dam held."."""
    s = sentence.strip().strip("\"“”'")
    if _CUE_WORDS.isdisjoint(_LOWER_WORDS.findall(s.lower())):
        return s  # every frame needs a cue word: skip the scans
    for k in range(2):
        if k and s.split(None, 1)[0].lower() in _PRONOUN_SUBJECTS:
            break  # "the union said [it had warned the company ...]": the speaker's own act, not a frame
        if m := _ACCORDING_LEAD.match(s):
            s = m.group("rest")
            continue
        if _may_trail(s) and (m := _TRAIL_FRAME.match(s)):
            s = m.group("rest").strip().strip("\"“”'")
            continue
        if "that" in s and (m := _LEAD_FRAME.match(s)) and not _looks_like_clause(m.group("speaker")):
            s = m.group("rest")
            continue
        if (m := _LEAD_FRAME_NOTHAT.match(s)) and len(_RELATIVE_TAIL.split(m.group("speaker"), 1)[0].split()) <= 6 \
                and not _looks_like_clause(m.group("speaker")) and not _instruction(s[:m.start("rest") + 40]):
            s = m.group("rest")
            continue
        break
    return s


_CUE_WORDS = frozenset(_CUES.split("|"))
_LOWER_WORDS = re.compile(r"[a-z]+")


def _may_trail(s: str) -> bool:
    """Whether _TRAIL_FRAME can match: what follows its comma or semicolon holds no comma, so the
    frame starts at the last comma (or a semicolon after it) and its cue, a lower-case word, is there."""
    comma = s.rfind(",")
    if comma < 0 and ";" not in s:
        return False
    return not _CUE_WORDS.isdisjoint(_LOWER_WORDS.findall(s, max(comma, 0)))


_RELATIVE_TAIL = re.compile(r"\s+who\s+")


def _looks_like_clause(text: str) -> bool:
    """True when a would-be speaker already holds a verb (so it is a clause, not a name); a relative
    clause describing the speaker ("a researcher who asked not to be named") does not count."""
    words = _RELATIVE_TAIL.split(text, 1)[0].split()
    if any(w.lower() in _AUX for w in words):
        return True
    # (a capitalised word after a capitalised one is a name's: "Local MP Sarah Fell")
    return any(w.lower() in _VERBS and not (w[:1].isupper() and words[k][:1].isupper())
               or (w.lower().endswith("ed") and w.lower() not in _NOT_VERB_ED and not w[:1].isupper())
               for k, w in enumerate(words[1:]))


_SUBORDINATORS = frozenset("when while as although though because if since after before once until".split())


def _is_opener(text: str) -> bool:
    """An adverbial opener: a subordinate clause ("When the storm hit,") or a phrase with no verb
    ("After a long debate,"); not a main clause that runs up to a comma."""
    words = text.rstrip(", ").split()
    if words and words[0].lower() in _SUBORDINATORS:
        return len(words) <= 14
    if len(words) > 8:
        return False
    return not any(_is_verb(w, words[k - 1] if k else None, k) for k, w in enumerate(words) if k)


_LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet)\s+(?=[A-Za-z])")


def _skip_adverbials(s: str) -> str:
    s = s[m.end():] if (m := _LEAD_CONJUNCTION.match(s)) else s  # "But UK Anti-Doping threw out ...": the doer follows
    for _ in range(3):
        m = _LEAD_ADVERBIAL.match(s)
        if m and not _is_opener(m.group()):
            m = None
        if not m:
            m = _LEAD_ADVERB_NOCOMMA.match(s)
            if not m or m.end() == 0:
                break
        s = s[m.end():]
    return s


_COUNT = re.compile(r"^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    r"fifty|hundred|hundreds|thousand|thousands|dozens|scores)$")


def _is_verb(word: str, prev: str | None, index: int) -> bool:
    w = word.lower().replace("’", "'").rstrip(".")
    if prev is not None and prev.lower() in _DETERMINERS:
        return False
    if w in _AUX or w in _VERBS:
        return True
    if index == 0:
        return False
    if w in _BARE_PAST:
        return True  # "Firefighters cut through the poles"; "The tax cut was" is caught by the auxiliary after it
    if w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED and not word[0].isupper():
        return not (prev and prev.lower() in _DETERMINERS)
    if (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and len(w) > 3
            and not word[0].isupper() and w not in _NOUNISH_S and prev is not None):
        p = prev.lower().replace("’", "'")
        if p in _DETERMINERS or p in _PREPOSITIONS or p.endswith("'s") or p.endswith("s'"):
            return False
        if _COUNT.match(p):
            return False  # "18 volunteers set out", "Two boats": a count before what it counts
        if index == 1 and p.endswith(_ADJECTIVE_ENDINGS):
            return False  # "Heavy rains", "Local officials", "Syrian forces"
        if prev[:1].isupper() and len(p) > 5 and p.endswith(("ian", "ican", "ean", "ish", "ese")) and w not in _SAYS_FORMS:
            return False  # "The number of African penguins", "two British climbers": a nationality before its noun
        if w.endswith("ings") and w not in _INGS_VERBS:
            return False  # "Crocodile sightings", "Bank earnings", "Hotel bookings": a noun in -ings, no verb
        if index == 1 and p.endswith("ing") and len(p) > 5 and w not in _SAYS_FORMS:
            return False  # "Kitesurfing clubs", "Fishing boats", "Housing associations" (not "Polling suggests")
        if p in _NOUN_MODIFIERS:
            return False  # "Police officers", "Army engineers", "Animal rescue officers"
        if prev.isupper() and len(prev) >= 2 and prev.isalpha() and w not in _SAYS_FORMS:
            return False  # "RNLI crews", "NHS trusts": an acronym names whose they are ("BBC reports" still reports)
        return True
    return False


_INGS_VERBS = frozenset("brings sings rings stings springs swings clings flings wrings slings".split())
_SAYS_FORMS = frozenset("says reports claims warns notes confirms denies adds shows finds reveals insists "
                        "announces estimates suggests states argues".split())
# Nouns that name whose people follow: "Police officers", "Army engineers", "Security guards"
_NOUN_MODIFIERS = frozenset("police army fire rescue security border coastguard prison hospital council".split())
_TIME_PREPS = frozenset("on last this next early late earlier later".split())
_TIME_NOUNS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week month year morning
    afternoon evening night weekend january february march april may june july august september october
    november december""".split())
_COST_OBJECT = frozenset("the a an his her their its our them him us me you taxpayers about around nearly almost "
                         "more over at some roughly".split())
_LINKING = frozenset("seems looks appears remains becomes gets feels sounds stays goes comes".split())
# Verbs that take "to" and a verb ("plans to cut", "vows to fight"): before "to", a word ending in -s
# that is none of them is a plural noun, the subject of a headline's infinitive ("Rail drivers to strike").
_TO_VERBS = frozenset("""want need plan agree hope aim seek vow threaten pledge promise intend expect try decide
    refuse fail offer ask urge order tell force allow help begin start continue prepare move look appear seem
    tend struggle manage rush push vote arrange choose claim deserve hesitate learn mean opt pretend propose
    resolve swear wish wait warn advise encourage invite persuade require expect get come go""".split())


def _stem_s(word: str) -> str:
    """'vows' -> 'vow', 'pushes' -> 'push', 'tries' -> 'try'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _past_verb(word: str) -> bool:
    w = word.lower()
    return w in _VERBS and not w.endswith("s") or (w.endswith("ed") and len(w) > 4 and w not in _NOT_VERB_ED)


def find_actor(sentence: str) -> str | None:
    """The acting subject of the main clause ("the council"), or None when it cannot be read."""
    return find_action(sentence)[0]


@lru_cache(maxsize=8192)
def find_action(sentence: str) -> tuple[str | None, str | None]:
    """(actor, main verb as written) of the main clause: ("the council", "approved"); the verb of
    a passive with a by-agent is its participle. (None, None) when no subject can be read.
    Cached: claims, attribution and drift ask about the same sentences."""
    if not sentence or not sentence.strip():
        return (None, None)
    opened = _skip_adverbials(sentence.strip())
    reported = strip_reporting_frame(opened)
    if reported != opened.strip("\"“”'"):
        first = reported.split(None, 1)
        if len(first) == 2 and first[0].lower() in _PRONOUN_SUBJECTS and not _person_for_many(first[0], opened) \
                and not _THING_IT.match(" ".join(first)):
            # "The government said it would release ...": the pronoun stands for the speaker.
            speaker, _ = _subject(opened)
            verb = _main_verb(_WORD.findall(first[1]), 0)
            if speaker and speaker.lower() not in _PRONOUN_SUBJECTS:
                return (speaker, verb)
        actor, verb = _subject(reported)
        if actor is not None and actor.lower() in _PRONOUN_SUBJECTS and not _person_for_many(actor, sentence):
            # "The ministry said it had ...": the pronoun stands for the speaker.
            speaker, _ = _subject(sentence)
            return (speaker, verb) if speaker and speaker.lower() not in _PRONOUN_SUBJECTS else (actor, verb)
        if actor is not None:
            return (actor, verb)
        if len(first) == 2 and first[0].lower() in _PRONOUN_SUBJECTS and (
                _person_for_many(first[0], opened) or _THING_IT.match(" ".join(first))):
            return (None, None)  # "Witnesses said it buckled", "Police said it was the second escaped animal":
            # the doer is neither the speaker nor read
    return _subject(sentence)


_FLOATING = frozenset("each all both".split())
# "it" before a copula and a noun phrase is a thing, not the speaker: "said it was the second escaped animal"
_THING_IT = re.compile(r"it\s+(?:is|was|had\s+been|has\s+been|would\s+be|will\s+be)\s+(?:not\s+)?(?:a|an|the|too|so|very)\b",
                       re.I)
# Words in -ly that are no adverb: "the regional assembly approved", "the family agreed"
_LY_NOT_ADVERBS = frozenset("""assembly family ally rally supply reply anomaly monopoly bully belly jelly lily italy july
    early daily weekly monthly yearly nightly hourly friendly elderly lonely lovely ugly silly costly deadly likely
    only holy jolly woolly melancholy homily""".split())
_PRE_VERB_ADVERBS = frozenset("""also still already just then later again recently finally reportedly allegedly
    currently quickly swiftly promptly subsequently initially first""".split())


def plural_name(name: str | None) -> bool:
    """A name of many ("Prosecutors", "Police"), which "he" or "she" cannot stand for."""
    last = name.split()[-1].lower().strip(".,") if name and name.split() else ""
    return last == "police" or (last.endswith("s") and not last.endswith("ss") and len(last) > 3)


def _person_for_many(pronoun: str, sentence: str) -> bool:
    """"he", "she" or "it" after a plural speaker ("Prosecutors said he accepted", "Witnesses said it
    buckled"): someone or something else, not the speaker ("Police said it ..." may be the force)."""
    low = pronoun.lower()
    if low not in ("he", "she", "it"):
        return False
    speaker = _subject(sentence)[0]
    if low == "it" and speaker and speaker.split()[0].lower().rstrip(".") in _PERSON_TITLES:
        return True  # "Dr Priya Raman said it would be visible": "it" is never the doctor
    return plural_name(speaker) and not (low == "it" and speaker.split()[-1].lower() == "police")


_PERSON_TITLES = frozenset("mr mrs ms miss dr prof professor sir dame".split())


_SKIP_BEFORE_VERB = frozenset("""is are was were be been being am has have had do does did will would shall
    should can could may might must not never also still already just now reportedly allegedly yet ever
    currently finally""".split())


def _main_verb(words: list[str], at: int) -> str | None:
    """The first word from ``at`` that is not an auxiliary, a modal, "not" or an -ly adverb."""
    window = words[at: at + 6]
    for k, w in enumerate(window):
        lw = w.lower().replace("’", "'")
        if lw in _SKIP_BEFORE_VERB or lw.endswith("n't") or (lw.endswith("ly") and len(lw) > 4):
            continue
        if (lw, window[k + 1].lower() if k + 1 < len(window) else "") in _TWO_WORD_ADVERBS or \
                k and (window[k - 1].lower(), lw) in _TWO_WORD_ADVERBS:
            continue  # "have so far removed", "had at first denied"
        if not w[:1].isalpha():
            return None
        return lw
    return None


_TWO_WORD_ADVERBS = frozenset({("so", "far"), ("at", "first"), ("at", "last"), ("of", "course"), ("in", "turn")})


_MAIN_AUX = frozenset("is are was were has have had will would".split())


@lru_cache(maxsize=8192)
def _subject(s: str) -> tuple[str | None, str | None]:
    """(subject, main verb) of a clause read from its start; cached, since a sentence, its clauses and
    its reported part are read by find_action and by drift's clause scan alike."""
    s = _skip_adverbials(s.strip().lstrip("\"“'‘("))
    words = [w.rstrip(".") if len(w) > 2 and w[-1] == "." and not _INITIALS.match(w) else w
             for w in _WORD.findall(s)]
    words = [w for w in words if w]
    headline = not s.rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))  # no stop: a headline's way
    subject: list[str] = []
    i = 0
    while i < len(words) and i < 40 and len(subject) < 14:  # (an apposition or a relative clause skipped counts no subject word)
        w = words[i]
        prev = subject[-1] if subject else None
        if w in {",", ";", ":", "(", ")"}:
            if w == "," and subject:
                # An appositive ("John Smith, the mayor, said") or a relative clause: skip to the next comma.
                j = i + 1
                while j < len(words) and words[j] != ",":
                    j += 1
                if j < len(words) and j - i <= 10:
                    i = j + 1
                    # "Vardholm's finance minister, Sigrun Maalstad, on Wednesday presented": the time
                    # after the apposition is no part of the subject
                    while i + 1 < len(words) and words[i].lower() in _TIME_PREPS and \
                            words[i + 1].lower() in _TIME_NOUNS:
                        i += 2
                    continue
            if w in {";", ":"}:
                break
            i += 1
            continue
        if w.lower() in _RELATIVE and subject and not w.isupper():  # ("the WHO will send": the World Health Organization)
            # a relative clause: skip to a comma
            j = i + 1
            while j < len(words) and words[j] != ",":
                j += 1
            if j >= len(words):
                # ... or, with no comma, to where the main clause's auxiliary comes back in a passive ("Moorings
                # that do not drag on the seabed are being installed by the council")
                k = next((k for k in range(i + 3, min(len(words), i + 14)) if words[k].lower() in _MAIN_AUX
                          and words[k - 1].lower() not in _AUX and words[k - 1].lower() not in ("not", "never")
                          and words[k - 1] not in {",", ";", ":"}), None)
                if k is None or "by" not in (x.lower() for x in words[k + 1:k + 8]):
                    break  # (only a passive's agent is read past it: the subject before is no doer)
                i = k
                continue
            i = j + 1
            continue
        if w.lower() in _SUBORDINATORS and subject:
            subject = []  # "the hour after Weir handled": the clause starts again after "after"
            i += 1
            continue
        if w == "to" and headline and subject and i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1].islower() \
                and words[i + 1] not in _DETERMINERS and words[i + 1] not in _PREPOSITIONS \
                and any(x.lower().endswith("s") and not x.lower().endswith(("ss", "'s", "’s")) for x in subject):
            i += 1  # "Nurses in Aldria to strike for 48 hours": a headline's infinitive is its verb (people
            break  # do it; "Lanmore Hospital to close" is what closes, not who closes it)
        if w.lower() in ("cost", "costs") and subject and i + 1 < len(words) and prev.lower() not in _DETERMINERS \
                and (words[i + 1].lower() in _COST_OBJECT or words[i + 1][:1].isdigit() or words[i + 1][:1] in "$€£¥"):
            break  # "The 11-day recount cost the city 340,000 euros": "cost" is the verb before its object
        if subject and w.lower() in _FLOATING and i + 1 < len(words) and _is_verb(words[i + 1], None, 1) \
                and words[i + 1].lower() not in _AUX:
            i += 1  # "Pupils from two schools each planted a tree": the quantifier floats before the verb
            continue
        if subject and (w.lower() in _PRE_VERB_ADVERBS or w.islower() and w.endswith("ly") and len(w) > 4
                        and w not in _LY_NOT_ADVERBS
                        and i + 1 < len(words) and words[i + 1].islower() and words[i + 1].endswith("ed")) \
                and i + 1 < len(words) and words[i + 1][:1].islower() \
                and words[i + 1].lower() not in _DETERMINERS and words[i + 1].lower() not in _PREPOSITIONS:
            i += 1  # "The government also cut its forecast": an adverb before the verb ends the subject
            break
        if subject and _plural_present(w, subject, words[i + 1:i + 3]):
            break  # "Soldiers of the army carry out the cull", "Police officers patrol the streets"
        if _is_verb(w, prev, len(subject)) and not _attributive_participle(w, subject, words[i + 1:i + 3]):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            guessed = w.lower() not in _AUX and w.lower() not in _VERBS and not w.lower().endswith("ed")
            # "automated cranes would", "estate agents blamed", "Alpine glaciers lost": a word read as a
            # verb by its ending, right before a modal or a plain past-tense verb, is the subject's noun
            after = words[i + 2] if i + 2 < len(words) else ""
            # ("Trading standards officers have removed": a noun before the noun it names, then the verb)
            compound = nxt.endswith("s") and not nxt.endswith(("ss", "'s", "’s")) and nxt not in _AUX \
                and nxt not in _VERBS and (after.lower() in _AUX or _past_verb(after))
            # ("Trading Standards officers and West Mercia Police raided": a noun joined to the next doer's name)
            joined = nxt in ("and", "&") and after[:1].isupper() and prev is not None and prev[:1].isupper()
            if not (guessed and (nxt in _AUX or _past_verb(nxt) and w.lower() not in _LINKING
                                 or nxt == "to" and _stem_s(w.lower()) not in _TO_VERBS or compound or joined)):
                break
            if nxt == "to" and i + 2 < len(words) and words[i + 2][:1].islower():
                subject.append(w)
                i += 2  # "Rail drivers to strike": the headline's infinitive is its verb
                break
        subject.append(w)
        i += 1
    else:
        return (None, None)
    if not subject or len(subject) > 10:
        return (None, None)
    verb_at = i
    # A passive with a by-agent: "the plan was approved by the council"; a participle with one, with
    # no auxiliary: "a demand backed by the Hospital Federation", "Plan rejected by council".
    tail = words[verb_at: verb_at + 10]
    lower = [t.lower() for t in tail]
    reduced = len(lower) > 2 and (lower[1] == "by" or lower[2:3] == ["by"] and lower[1] in ("for", "in", "out", "up", "off")) \
        and _participle(lower[0])  # "Plan rejected by council", "A pest controller called in by the school"
    perfect = lower and lower[0] in {"has", "have", "had"} and (len(lower) < 2 or lower[1] != "been")
    modal_passive = len(lower) > 2 and lower[0] in {"will", "would", "could", "can", "may", "might", "must", "should"} \
        and lower[1] == "be"  # "The pitch will be paid for by the Football Foundation"
    if lower and not perfect and (lower[0] in {"was", "were", "is", "are", "has", "have", "had", "been", "being"}
                                  or reduced or modal_passive):
        if "by" in lower[1:5] or "by" in lower[5:9] and not {",", ";", ":"} & set(lower[1:lower.index("by")]):
            # ("had reached the island by ferry" is no passive: "by" is the means; "was carried out between
            # October and May by an engineering consultancy": the agent after the time)
            k = lower.index("by", 1)
            agent = []
            span = words[verb_at + k + 1: verb_at + k + 11]
            for n, t in enumerate(span):
                named_and = t.lower() in ("and", "&") and agent and agent[-1][:1].isupper() \
                    and n + 1 < len(span) and span[n + 1][:1].isupper()  # "the Health and Safety Executive"
                if t in {",", ";", ":", "(", ")"} or t.lower() in _RELATIVE or t.lower() in {
                        "on", "in", "at", "after", "before", "during", "for", "to", "with", "and", "as", "last", "this",
                        "next", "yesterday", "today", "overnight"} and not named_and:
                    break
                if t.lower() == "from" and agent and agent[-1][:1].isupper():
                    break  # "flown in by UNICEF from the port city": a name says who; "from" says where from
                if agent and _is_verb(t, agent[-1], len(agent)) and not _plural_noun_like(t, agent[-1]):
                    break
                agent.append(t)
            if agent:
                by = re.search(rf"\bby\s+{re.escape(agent[0])}(?![a-z])", s)  # "picked up from a raft by a helicopter"
                return (_clean(_as_written(s, agent, by.start() if by else 0)), _main_verb(words, verb_at))
    phrase = _clean(_as_written(s, subject))
    if not phrase or phrase.lower() in {"there", "it", "this", "that"}:
        return (None, None)
    return (phrase, _main_verb(words, verb_at))


_OBJECT_STARTS = frozenset("the a an their its his her our them it this that these those".split())
_PARTICLES = frozenset("out up off down in on over back".split())


_PLAIN_ADJECTIVES = frozenset("local federal central municipal general special public private joint".split())


def _attributive_participle(word: str, subject: list[str], ahead: list[str]) -> bool:
    """``word`` is a participle used as an adjective inside the noun phrase: "the regional organised crime
    unit" (a determiner and an adjective before it, a noun and more after it)."""
    low = word.lower()
    return low.endswith("ed") and len(subject) >= 2 and subject[-2].lower() in _DETERMINERS \
        and subject[-1].islower() and (subject[-1].endswith(("ional", "ical", "ive", "ous", "ful", "ern", "ish"))
                                       or subject[-1] in _PLAIN_ADJECTIVES) \
        and len(ahead) == 2 and ahead[0].islower() and ahead[0].isalpha() and ahead[0] not in _DETERMINERS \
        and ahead[0] not in _PREPOSITIONS and ahead[0] not in _AUX and not ahead[0].endswith(("ed", "ly"))


def _plural_present(word: str, subject: list[str], ahead: list[str]) -> bool:
    """A bare verb after a plural subject, before its object: "carry" of "Soldiers of the army carry out
    the cull" (a plural subject's present tense has no ending to tell it by)."""
    w = word.lower()
    if not w.isalpha() or not word.islower() or len(w) < 3 or w in _DETERMINERS or w in _PREPOSITIONS \
            or w.endswith(("s", "ed", "ing", "ly", "al", "ous", "ive", "ic", "ful", "est", "er")):
        return False
    # the subject's head: its word before the first preposition ("Kitesurfing clubs in the area": clubs)
    head = next((subject[k - 1] for k in range(1, len(subject)) if subject[k].lower() in _PREPOSITIONS),
                subject[-1]).lower()
    if not (head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")) and len(head) > 3) and head != "police":
        return False
    nxt = [a.lower() for a in ahead]
    return bool(nxt) and (nxt[0] in _OBJECT_STARTS or nxt[0] in _PARTICLES and nxt[1:2] and nxt[1] in _OBJECT_STARTS
                          or w in _PLAIN_VERBS and nxt[0].isalpha() and nxt[0] not in _PREPOSITIONS and nxt[0] not in _AUX)


# Verbs a plural subject uses in the present with no ending, whatever their object opens with
_PLAIN_VERBS = frozenset("run hold offer provide operate own manage organise organize host fund supply".split())


def _plural_noun_like(word: str, prev: str) -> bool:
    """A word read as a verb by its -s only, after a lower-case modifier: "arts" of "the regional arts
    council", which goes on the agent."""
    w = word.lower()
    return w.endswith("s") and w not in _VERBS and w not in _AUX and prev[:1].islower()


def _participle(word: str) -> bool:
    """A past participle: "backed", "paid", "run" (an -ed form or a past form of the verb list)."""
    return (word.endswith("ed") and len(word) > 4 and word not in _NOT_VERB_ED) or word in _PARTICIPLES


_PARTICIPLES = frozenset("""paid made built led held run won sold bought sent brought given taken seen known
    shown found kept left lost met put set told written driven chosen drawn grown thrown spent hit cut
    shut struck caught taught""".split())


def _as_written(s: str, words: list[str], after: int = 0) -> str:
    """The words as the sentence writes them (hyphens and spacing kept), found from first to last, from
    ``after`` on."""
    first = re.compile(rf"(?<![\w’'-]){re.escape(words[0])}(?![a-z])").search(s, max(after, 0))  # a word: "a" is not in "was" nor "and"
    a = first.start() if first else -1
    if a >= 0:
        b = s.find(words[-1], a + len(words[0]) - len(words[-1]) if len(words) == 1 else a + len(words[0]))
        if b >= 0 and b - a < 8 * len(" ".join(words)):
            return s[a:b + len(words[-1])]
    return " ".join(words)


def _clean(phrase: str) -> str | None:
    p = phrase.strip(" ,;:\"“”'‘’").rstrip(".")
    return p or None
