"""Sources: outlets and documents an article credits, with links and evidence."""

from retold.models import Article, Link
from retold.sources import extract_sources, outlet_from_host


def sources(text, links=(), url="https://www.example-news.com/story/1"):
    art = Article(title="", text=text, url=url, links=tuple(Link(u, t) for u, t in links))
    return [(s.name, s.url) for s in extract_sources(art, [])]


def test_link_whose_anchor_names_a_report():
    url = "https://www.bbc.co.uk/news/uk-123"
    assert sources("The bridge closed.\nRead the full BBC report HERE.",
                   [(url, "Read the full BBC report HERE")]) == [("BBC", url)]


def test_outlet_named_only_in_text():
    assert sources("Inflation slowed, according to Reuters.") == [("Reuters", None)]
    assert sources("A senior diplomat told CNN that the talks had collapsed.") == [("CNN", None)]
    assert sources("The minister resigned, the Guardian reported.") == [("Guardian", None)]


def test_several_outlets_deduplicated_with_first_evidence_and_link_url():
    url = "https://www.bbc.com/news/world-1"
    text = ("The ceasefire collapsed, according to the BBC.\nThe BBC also reported that convoys were turned "
            "back.\nSpeaking to Sky News, a minister denied it.")
    art = Article(title="", text=text, links=(Link(url, "original BBC story"),))
    found = extract_sources(art, [])
    assert [(s.name, s.url) for s in found] == [("BBC", url), ("Sky News", None)]
    assert found[0].evidence == "The ceasefire collapsed, according to the BBC."
    assert text[found[0].start:found[0].end] == found[0].evidence


def test_documents():
    assert sources("A study published in The Lancet found no link.") == [("The Lancet", None)]
    assert sources("A UN report found that 2 million people faced hunger.") == [("UN report", None)]
    assert sources("A report by Amnesty International accused both sides.") == [("Amnesty International", None)]


def test_no_source_at_all():
    links = [("https://twitter.com/share?u=x", "Share"), ("https://www.example-news.com/weather", "Weather"),
             ("mailto:desk@example-news.com", "Email us"), ("https://www.facebook.com/examplenews", "Follow us")]
    assert sources("Police said the suspect was released.\nResidents were told to stay indoors.", links) == []


def test_outlet_from_host():
    assert outlet_from_host("https://www.bbc.co.uk/news/x") == "BBC"
    assert outlet_from_host("https://www.reuters.com/world/") == "Reuters"
    assert outlet_from_host("https://www.nytimes.com/2024/x.html") == "The New York Times"
    assert outlet_from_host("not a url") is None


def test_a_single_word_that_reported_something_is_not_an_outlet():
    assert sources("Oil fell after China reported weaker trade data.") == []
    assert sources("Apple reported record profits.") == []
    assert sources("Al Jazeera reported that the talks had failed.") == [("Al Jazeera", None)]


def test_a_linked_host_the_table_spells_names_the_outlet():
    url = "https://www.nytimes.com/2024/03/10/world/story.html"
    assert sources("Cases rose.", [(url, "as the Times first reported")]) == [("The New York Times", url)]
