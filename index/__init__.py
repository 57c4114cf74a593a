"""The search index: every Whoosh import of edunews lives in this package.

Public surface (engine-neutral): ``index.api`` (request/result types),
``index.build.update_index`` and ``index.search.Searcher``.
"""
