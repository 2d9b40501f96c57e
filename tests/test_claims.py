"""Sentence splitting and claim assembly."""

import pytest

from retold.claims import extract_claims, is_statement, split_sentences
from retold.models import Article


def sentences(text):
    return [text[a:b] for a, b, _ in split_sentences(text)]


def test_titles_initials_and_acronyms_do_not_end_a_sentence():
    text = ("Col. Ryan Dillon said four fighters left. Dr. Amal Haddad of the U.N. agency disagreed. "
            "The U.S. and U.K. forces were present, J. Smith wrote on Oct. 12 in No. 10 Downing Street.")
    assert sentences(text) == [
        "Col. Ryan Dillon said four fighters left.",
        "Dr. Amal Haddad of the U.N. agency disagreed.",
        "The U.S. and U.K. forces were present, J. Smith wrote on Oct. 12 in No. 10 Downing Street.",
    ]


def test_acronym_followed_by_a_sentence_opener_ends_the_sentence():
    assert sentences("Talks were held in the U.S. The ministry said nothing.") == [
        "Talks were held in the U.S.", "The ministry said nothing."]


def test_closing_quotes_stay_with_their_sentence():
    text = "“They are the ones fighting,” he said. “We will not retreat.” The talks ended."
    assert sentences(text) == ["“They are the ones fighting,” he said.", "“We will not retreat.”",
                               "The talks ended."]


def test_offsets_point_into_the_text_and_paragraphs_are_counted():
    text = "First paragraph here. Second sentence.\n\nA new paragraph starts."
    spans = split_sentences(text)
    assert [text[a:b] for a, b, _ in spans] == ["First paragraph here.", "Second sentence.",
                                                "A new paragraph starts."]
    assert [p for *_, p in spans] == [0, 0, 1]


@pytest.mark.parametrize("sentence,expected", [
    ("Why was the deal kept secret?", False),           # a question states nothing
    ("How the deal took place", False),                 # a heading
    ("164 views", False),                               # a fragment
    ("Read more here.", False),                         # a link label, not a statement
    ("30 people died.", True),                          # short, but an amount and a verb
    ("Nobody was hurt.", True),
    ("The council approved the plan on Tuesday.", True),
    ("About 250 fighters left the city, witnesses said.", True),
])
def test_what_counts_as_a_statement(sentence, expected):
    assert is_statement(sentence) is expected


def test_claims_of_an_article_read_their_parts():
    art = Article(
        title="Floods destroy thousands of homes",
        text=("Floods destroyed about 1,800 homes in the valley on 3 March, officials said.\n\n"
              "Why did the river rise?\n\n"
              "The dam did not fail, the ministry said."),
        published="2024-03-05",
    )
    claims = extract_claims(art)
    assert [c.role for c in claims] == ["headline", "body", "body"]
    head, first, last = claims
    assert head.id == "h" and head.text == art.title
    assert art.text[first.start:first.end] == first.text
    assert any(q.value == 1800 for q in first.quantities)
    assert first.dates and first.dates[0].value == "2024-03-03"
    assert first.attribution is not None and "official" in first.attribution.speaker.lower()
    assert last.negated
    assert first.checkworthiness >= 0.6
