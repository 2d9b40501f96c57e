"""Attribution: speakers, cues, quotes, pronouns, nesting; and the floor on the gold set."""

import sys
from pathlib import Path

import pytest

from retold.attribution import Attributor, attribute, find_quotes


def one(sentence):
    [att] = Attributor()([sentence])
    return att


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("The ministry said the dam had held.", "ministry", "said"),
    ("The dam held, the ministry said.", "ministry", "said"),
    ("The dam held, said Col. Ryan Dillon, a spokesman for the coalition.", "Col. Ryan Dillon", "said"),
    ("Sales beat what many investors had feared, said Mark Reid, an analyst at Barclays.", "Mark Reid", "said"),
    ("The union said the firm had been warned in January, a claim Ravena Copper denied.", "union", "said"),
    ("Col. Ryan Dillon, a spokesman for the coalition, said the dam had held.", "Col. Ryan Dillon", "said"),
    ("Defense Secretary Lloyd Austin says the strikes will continue.", "Defense Secretary Lloyd Austin", "says"),
    ("The governor has said repeatedly that taxes will not rise.", "governor", "said"),
    ("A source told Reuters that the talks had stalled.", "A source", "told"),
    ("Police confirmed the death of a 45-year-old man.", "Police", "confirmed"),
    ("The company denied that it had misled investors.", "company", "denied"),
    ("Analysts estimated that output would fall by a fifth.", "Analysts", "estimated"),
    ("Mayor Jane Ortiz tweeted that the roads were closed.", "Mayor Jane Ortiz", "tweeted"),
    ("Witnesses said they heard three explosions.", "Witnesses", "said"),
    ("Aid agencies warned that disease could spread.", "Aid agencies", "warned"),
    ("The ferry sank on Sunday, killing 41 people, the coast guard said.", "coast guard", "said"),
    ("A resident, who asked not to be named, said the first shell hit a row of stalls.", "A resident", "said"),
    ("The interior ministry rejected the report, saying police had acted lawfully.", "interior ministry", "saying"),
    ("Her rival, Rishi Sunak, conceded defeat and said he would support the government.", "Rishi Sunak", "said"),
    ("The army of the Dravan republic, which the governor blamed, denied firing on the town.",
     "army of the Dravan republic", "denied"),
    ("The drugs came from containers that had arrived from South America, a customs spokeswoman, Lotte Berg, "
     "said.", "Lotte Berg", "said"),
    ("Houses caved in in two villages, killing most of the victims, said emergency service director Rafael Ortiz.",
     "emergency service director Rafael Ortiz", "said"),
    ("Army chief Gen. Omar Bashir vowed on state television to retake the town.", "Army chief Gen. Omar Bashir",
     "vowed"),
    ("Its leader, Tom Haines, claimed the plan would add £30bn to the debt.", "Tom Haines", "claimed"),
    ("Nothing in the budget addresses housing, campaigners complained.", "campaigners", "complained"),
    ("Col. Ryan Dillon, spokesman for Operation Inherent Resolve, the coalition against IS, claims that "
     "four fighters left.", "Col. Ryan Dillon", "claims"),
    ("“We are ready,” a spokesman for the army, Maj. Tom Reed, said.", "Maj. Tom Reed", "said"),
    ("In Kyiv, officials, who asked not to be named, said the talks failed.", "officials", "said"),
    ("Even Defense Secretary James Mattis stated that the aim was clear.", "Defense Secretary James Mattis", "stated"),
    ("The harvest will fall by a quarter, said the ministry of agriculture on Tuesday.", "ministry of agriculture",
     "said"),
    ("A cybersecurity researcher who asked not to be named said a file had been offered for sale.",
     "A cybersecurity researcher", "said"),
])
def test_speaker_and_cue(sentence, speaker, cue):
    att = one(sentence)
    assert att is not None
    assert (att.speaker, att.cue) == (speaker, cue)
    assert sentence[att.speaker_start:att.speaker_end] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("According to the BBC, the bridge collapsed.", "BBC"),
    ("The bridge collapsed, according to witnesses at the scene.", "witnesses at the scene"),
    ("The army, according to a UN report, fired first.", "a UN report"),
])
def test_according_to(sentence, speaker):
    att = one(sentence)
    assert (att.speaker, att.cue, att.kind) == (speaker, "according to", "according_to")


def test_direct_quote_around_the_speaker():
    att = one("“We will not retreat,” the general said, “not one step.”")
    assert att.speaker == "general" and att.kind == "quote"
    assert "We will not retreat" in att.quote and "not one step" in att.quote


def test_pronoun_resolves_to_the_last_named_person():
    atts = Attributor()(["Dr Amal Haddad leads the agency's immunisation programme.",
                         "She said uptake had fallen for a fifth year."])
    assert atts[0] is None
    assert atts[1].speaker == "Dr Amal Haddad" and atts[1].resolved_from == "she"
    assert atts[1].speaker_start is None


def test_it_resolves_to_the_last_organisation():
    atts = Attributor()(["The health ministry said 12 people had died.", "It said the toll could rise."])
    assert atts[1].speaker == "health ministry" and atts[1].resolved_from == "it"


def test_it_resolves_to_an_organisation_named_as_the_subject_before():
    atts = Attributor()(["The port authority closed two berths on Friday.", "It said the repairs would take a week."])
    assert atts[1].speaker == "port authority" and atts[1].resolved_from == "it"


def test_quote_spanning_two_sentences_shares_the_speaker():
    atts = Attributor()(["Mayor Jane Ortiz spoke at noon.", "“The fire is contained.",
                         "But more rain is due,” she told reporters."])
    assert atts[1] is not None and atts[2] is not None
    assert atts[1].speaker == atts[2].speaker == "Mayor Jane Ortiz"
    assert atts[1].kind == "quote"


def test_nested_report():
    att = one("The BBC reported that officials said the death toll had risen.")
    assert att.speaker == "BBC" and att.cue == "reported"
    assert [(n.speaker, n.cue) for n in att.nested] == [("officials", "said")]


@pytest.mark.parametrize("sentence", [
    "Smith added two goals in the second half.",
    "The team claimed the title on Sunday.",
    "It was reported that three people died.",
    "Unconfirmed reports suggest cases in two more countries.",
    "Oil prices fell after China reported weaker trade data.",
    "The river flooded the valley.",
    "The new rules apply to the said companies.",
    "The scheme, run through a company called Silverline, promised annual returns of 9%.",
])
def test_non_reporting_uses_are_not_attributions(sentence):
    assert one(sentence) is None


def test_a_document_can_speak():
    assert one("The report said the dam was unsafe.").speaker == "report"


def test_find_quotes_handles_apostrophes_and_marks():
    s = "The workers’ union called it ‘a betrayal’ and said: \"We won't sign.\""
    spans = [s[a:b] for a, b in find_quotes(s)]
    assert spans == ["a betrayal", "We won't sign."]


def test_find_quotes_open_and_close_across_sentences():
    assert find_quotes("“The fire is contained.") == [(1, len("“The fire is contained."))]
    s = "But more rain is due,” she said."
    assert s[slice(*find_quotes(s)[0])] == "But more rain is due,"


def test_a_straight_quote_mark_after_the_words_closes_a_quote_from_before():
    s = 'We are promising homes," she said.'
    assert [s[a:b] for a, b in find_quotes(s)] == ["We are promising homes,"]
    assert one(s).cue == "said"  # the cue is outside the quote
    s = 'He said "we will win" and left.'
    assert [s[a:b] for a, b in find_quotes(s)] == ["we will win"]


def test_attribute_reads_one_sentence_without_resolving_pronouns():
    assert attribute("He said the vote was rigged.").speaker == "He"


# --- the floor on the gold sets ------------------------------------------------------------------

FLOORS = {
    ("all", "speaker", "f1"): 0.98, ("all", "cue", "f1"): 0.98, ("all", "hedges", "f1"): 0.98,
    ("all", "negation", "f1"): 0.98, ("all", "dates", "accuracy"): 0.97,
    ("all", "checkworthiness", "precision_top_half"): 0.97, ("all", "sources", "f1"): 0.97,
    ("all", "sources", "url_accuracy"): 0.97,
    ("heldout", "speaker", "f1"): 0.97, ("heldout", "hedges", "f1"): 0.97, ("heldout", "dates", "accuracy"): 0.95,
}


@pytest.fixture(scope="module")
def scores():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_claims import evaluate
    return evaluate()


@pytest.mark.parametrize("key, floor", list(FLOORS.items()), ids=["/".join(k) for k in FLOORS])
def test_gold_scores_stay_above_their_floor(scores, key, floor):
    split, part, metric = key
    assert scores[split][part][metric] >= floor


@pytest.mark.parametrize("sentence", [
    "The new leader has not said how the plan will be funded.",
    "The company declined to say how many staff were affected.",
    "Nobody has said what caused the fire.",
])
def test_a_statement_not_made_is_not_an_attribution(sentence):
    assert one(sentence) is None


def test_short_quote_before_an_inverted_speaker():
    att = one("“It’s over,” says Anna Kowalski, 34, a teacher.")
    assert (att.speaker, att.kind, att.quote) == ("Anna Kowalski", "quote", "It’s over")
