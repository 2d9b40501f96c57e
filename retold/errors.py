"""retold's exceptions.

Every error retold raises for bad input derives from :class:`RetoldError` and
carries a message meant for the user: what went wrong with which input, and
what to do about it. The command line prints ``retold: INPUT: message`` and
exits non-zero; in a batch the input is recorded as failed and the rest go on.

    RetoldError
    ├── InputError            the input cannot be read as an article
    │   ├── MissingInput      no such file
    │   ├── EmptyInput        nothing in it
    │   ├── BinaryInput       not text (an image, an archive, a PDF ...)
    │   ├── TooLarge          over the size limit
    │   ├── DecodeError       no encoding reads it
    │   ├── NoArticle         it reads, but holds no article text
    │   └── MalformedInput    a JSONL line or record that is not what it should be
    ├── FetchError            a URL could not be fetched
    │   └── BlockedAddress    the URL resolves to a loopback/private/link-local address
    └── ModelError            an optional model could not be loaded
"""

from __future__ import annotations


class RetoldError(Exception):
    """Base of every error retold raises on purpose."""

    def __init__(self, message: str, *, input: str | None = None):
        super().__init__(message)
        self.message = message
        self.input = input

    def __str__(self) -> str:
        return f"{self.input}: {self.message}" if self.input else self.message


class InputError(RetoldError):
    """The input cannot be read as an article."""


class MissingInput(InputError):
    """No file at that path."""


class EmptyInput(InputError):
    """The input holds nothing (or only white space)."""


class BinaryInput(InputError):
    """The input is not text."""


class TooLarge(InputError):
    """The input is larger than retold reads."""


class DecodeError(InputError):
    """No encoding reads the input."""


class NoArticle(InputError):
    """The input reads, but has no article text in it."""


class MalformedInput(InputError):
    """A record (a JSONL line, a WARC record) that is not what it should be."""


class FetchError(RetoldError):
    """A URL could not be fetched (no answer, an HTTP error, a redirect loop)."""


class BlockedAddress(FetchError):
    """The URL resolves to an address retold refuses to fetch by default."""


class ModelError(RetoldError):
    """An optional model is missing or could not be loaded."""
