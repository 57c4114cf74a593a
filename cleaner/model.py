"""The cleaned article record that flows from the cleaner into the archive."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("so-ket", "tong-ket", "quan-triet", "dai-hoi", "other")


@dataclass
class Article:
    """One cleaned article. Text fields are NFC; ``published`` is YYYY-MM-DD."""

    url: str
    title: str
    text: str
    published: str | None = None
    author: str | None = None
    province: str | None = None
    unit: str | None = None
    captions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    kind: str = "other"
    # Anything the cleaner wants to flag (legacy encoding repaired, etc.).
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})
