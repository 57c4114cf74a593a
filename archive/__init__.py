"""The archive: one SQLite file holding raw pages, cleaned articles and crawl state.

It sits between the crawler (which writes it) and the index (which reads it);
see ``archive.store.Archive``.
"""
from archive.store import Archive, ArchiveError, ArticleRecord

__all__ = ["Archive", "ArchiveError", "ArticleRecord"]
