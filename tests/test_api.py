"""The public API is short and pinned (like httpx's tests/test_exported_members.py)."""

import retold


def test_public_api_is_pinned():
    assert sorted(retold.__all__) == sorted([
        "Analysis", "Analyzer", "Article", "Attribution", "Claim", "Comparison", "DateRef", "Drift",
        "Failure", "Hedge", "HeadlineCheck", "Link", "Pair", "Quantity", "RetoldError", "Source",
        "Stance", "__version__", "analyze", "analyze_many", "compare",
    ])
    for name in retold.__all__:
        assert getattr(retold, name) is not None


def test_models_are_immutable():
    import dataclasses

    import pytest

    art = retold.Article(title="t", text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.title = "changed"
