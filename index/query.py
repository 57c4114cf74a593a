"""The edunews query language: validation and a recursive-descent parser.

Grammar (default operator AND; operators are upper case)::

    query   := or
    or      := and ("OR" and)*
    and     := unary (["AND"] unary)*
    unary   := "NOT" unary | primary
    primary := "(" or ")" | FIELD ":" value | '"' phrase '"' | word+
    FIELD   := title | province | kind | source | year | ref

Whoosh's own QueryParser never raises: an unclosed quote or a dangling AND is
silently searched as something else. Here every such mistake is a
``QueryError`` with one line naming the problem and the fix, and the parser
builds Whoosh query objects directly, which gives control over:

* the two text fields: a query typed without diacritics searches the folded
  fields only; with diacritics, exact (boosted) OR folded;
* references: a run of words naming a document ("Chỉ thị 05", "CT 05",
  "05/CT-TW") becomes  refs-term OR the phrase of those words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from index.analysis import bigram, exact_words, folded_words
from index.api import QueryError
from vntext.normalize import has_diacritics, nfc

FIELDS = ("title", "province", "kind", "source", "year", "ref")
KINDS = ("so-ket", "tong-ket", "quan-triet", "dai-hoi", "other")
EXACT_BOOST = 2.0
REF_BOOST = 3.0
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u201d": "\u201d"}
_FIELD_RE = re.compile(r"^([A-Za-z_]+):(.*)$", re.S)
_YEAR_RE = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


@dataclass
class Lexeme:
    kind: str          # word | phrase | lpar | rpar | and | or | not | field
    text: str
    start: int
    end: int


@dataclass
class Highlights:
    """What the snippet highlighter should mark: folded words, phrases, reference terms."""

    words: set[str] = field(default_factory=set)
    phrases: list[list[str]] = field(default_factory=list)
    refs: set[str] = field(default_factory=set)


@dataclass
class Parsed:
    query: wq.Query | None          # None: no text query (match every article)
    highlights: Highlights


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def lex(query: str) -> list[Lexeme]:
    out: list[Lexeme] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(Lexeme("lpar" if ch == "(" else "rpar", ch, i, i + 1))
            i += 1
        elif ch in _QUOTES:
            close = query.find(_QUOTES[ch], i + 1)
            if close < 0 and ch != '"':
                close = query.find('"', i + 1)
            if close < 0:
                raise QueryError(f"unbalanced quote in query: {_short(query[i:])} — close the quote or drop it")
            out.append(Lexeme("phrase", query[i + 1:close], i, close + 1))
            i = close + 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in "()" and query[j] not in _QUOTES:
                j += 1
            word = query[i:j]
            m = _FIELD_RE.match(word)
            if word in ("AND", "OR", "NOT"):
                out.append(Lexeme(word.lower(), word, i, j))
            elif word in ("&&", "||"):
                out.append(Lexeme("and" if word == "&&" else "or", word, i, j))
            elif m and m.group(1).lower() in FIELDS:
                name = m.group(1).lower()
                out.append(Lexeme("field", name, i, i + len(m.group(1)) + 1))
                if m.group(2):
                    out.append(Lexeme("word", m.group(2), i + len(m.group(1)) + 1, j))
            elif m and m.group(1).isalpha() and not m.group(2).startswith("/"):
                raise QueryError(f"unknown field '{m.group(1)}:' in query — use one of "
                                 + ", ".join(f + ":" for f in FIELDS) + " or drop the colon")
            else:
                out.append(Lexeme("word", word, i, j))
            i = j
    return out


# -- building Whoosh queries ----------------------------------------------------

def _text_fields(scope: str) -> tuple[list[str], list[str], list[str]]:
    """(exact, folded, bigram) fields for a scope: 'all' or 'title'."""
    if scope == "title":
        return ["title"], ["title_f"], ["title_b"]
    return ["title", "body"], ["title_f", "body_f"], ["title_b", "body_b"]


def _words_query(exact: list[str], folded: list[str], scope: str, diacritics: bool) -> wq.Query:
    """Term (one syllable) or phrase (several) over the folded fields; with
    diacritics, the exact forms of the marked syllables raise the score.

    Matching happens on the folded fields (a superset of exact matches:
    syllables for one word, bigrams for a phrase); the
    exact fields hold only marked syllables, without positions, so they add
    score (``AndMaybe``) rather than decide what matches.
    """
    ex_fields, fo_fields, bi_fields = _text_fields(scope)
    if len(folded) == 1:
        parts: list[wq.Query] = [wq.Term(f, folded[0]) for f in fo_fields]
    else:
        # A phrase of k syllables is a phrase of k-1 adjacent bigrams.
        pairs = [bigram(a, b) for a, b in zip(folded, folded[1:])]
        parts = [wq.Term(f, pairs[0]) if len(pairs) == 1 else wq.Phrase(f, pairs) for f in bi_fields]
    base = parts[0] if len(parts) == 1 else wq.Or(parts)
    marked = list(dict.fromkeys(e for e, f in zip(exact, folded) if e != f))
    if not diacritics or not marked:
        return base
    bonus = [wq.Term(f, e, boost=EXACT_BOOST) for f in ex_fields for e in marked]
    return wq.AndMaybe(base, bonus[0] if len(bonus) == 1 else wq.Or(bonus))


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.lexemes = lex(query)
        self.pos = 0
        self.diacritics = has_diacritics(query)
        self.highlights = Highlights()
        self.negated = 0

    # -- helpers ------------------------------------------------------------
    def peek(self, offset: int = 0) -> Lexeme | None:
        k = self.pos + offset
        return self.lexemes[k] if k < len(self.lexemes) else None

    def take(self) -> Lexeme:
        lx = self.lexemes[self.pos]
        self.pos += 1
        return lx

    def fail(self, message: str) -> None:
        raise QueryError(message)

    # -- grammar ------------------------------------------------------------
    def parse(self) -> wq.Query | None:
        if not self.lexemes:
            return None
        first = self.lexemes[0]
        if first.kind in ("and", "or"):
            self.fail(f"query cannot start with {first.text} — put a word before it or drop it")
        q = self.parse_or()
        if self.peek() is not None:
            lx = self.peek()
            if lx.kind == "rpar":
                self.fail("unmatched ')' in query — drop it or add a '(' before it")
            self.fail(f"unexpected {lx.text!r} in query — check the operators around it")
        return q

    def parse_or(self) -> wq.Query | None:
        parts = [self.parse_and()]
        while self.peek() is not None and self.peek().kind == "or":
            op = self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", "and", "rpar"):
                self.fail(f"dangling {op.text} in query — put a word after it or drop it")
            parts.append(self.parse_and())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def parse_and(self) -> wq.Query | None:
        parts = []
        while True:
            lx = self.peek()
            if lx is None or lx.kind in ("or", "rpar"):
                break
            if lx.kind == "and":
                op = self.take()
                nxt = self.peek()
                if not parts:
                    self.fail(f"dangling {op.text} in query — put a word before it or drop it")
                if nxt is None or nxt.kind in ("or", "and", "rpar"):
                    self.fail(f"dangling {op.text} in query — put a word after it or drop it")
                continue
            parts.append(self.parse_unary())
        if not parts:
            lx = self.peek()
            self.fail("empty query part before " + (repr(lx.text) if lx else "the end")
                      + " — put a word there or drop the operator")
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        positive = [p for p in parts if not isinstance(p, wq.Not)]
        if not positive:
            parts = [wq.Every()] + parts
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def parse_unary(self) -> wq.Query | None:
        lx = self.peek()
        if lx.kind == "not":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", "and", "rpar"):
                self.fail("dangling NOT in query — put a word after it or drop it")
            self.negated += 1
            inner = self.parse_unary()
            self.negated -= 1
            return wq.Not(inner) if inner is not None else None
        return self.parse_primary("all")

    def parse_primary(self, scope: str) -> wq.Query | None:
        lx = self.peek()
        if lx.kind == "lpar":
            self.take()
            if self.peek() is not None and self.peek().kind == "rpar":
                self.fail("empty parentheses in query — put words inside or drop them")
            if self.peek() is None:
                self.fail("unclosed parenthesis in query — add ')' or drop '('")
            inner = self.parse_or_scoped(scope)
            if self.peek() is None or self.peek().kind != "rpar":
                self.fail("unclosed parenthesis in query — add ')' or drop '('")
            self.take()
            return inner
        if lx.kind == "field":
            return self.parse_field()
        if lx.kind == "phrase":
            self.take()
            return self.phrase_query(lx, scope)
        if lx.kind == "word":
            run = [self.take()]
            while self.peek() is not None and self.peek().kind == "word":
                run.append(self.take())
            return self.words_query(run, scope)
        self.fail(f"unexpected {lx.text!r} in query — check the operators around it")
        return None

    def parse_or_scoped(self, scope: str) -> wq.Query | None:
        saved = self.scope_override if hasattr(self, "scope_override") else None
        self.scope_override = scope
        try:
            return self.parse_or()
        finally:
            self.scope_override = saved

    # -- text -----------------------------------------------------------------
    def _scope(self, scope: str) -> str:
        override = getattr(self, "scope_override", None)
        return override if override and scope == "all" else scope

    def _note(self, folded: list[str]) -> None:
        if self.negated:
            return
        if len(folded) == 1:
            self.highlights.words.add(folded[0])
        elif folded:
            self.highlights.phrases.append(folded)

    def text_query(self, text: str, scope: str) -> wq.Query | None:
        exact, folded = exact_words(text), folded_words(text)
        if not exact:
            return None
        self._note(folded)
        return _words_query(exact, folded, self._scope(scope), self.diacritics)

    def ref_query(self, terms: list[str], text: str, scope: str) -> wq.Query:
        if not self.negated:
            self.highlights.refs.update(terms)
        alts: list[wq.Query] = [wq.Term("refs", t, boost=REF_BOOST) for t in terms]
        textual = self.text_query(text, scope)
        if textual is not None:
            alts.append(textual)
        return alts[0] if len(alts) == 1 else wq.Or(alts)

    def words_query(self, run: list[Lexeme], scope: str) -> wq.Query | None:
        """A run of bare words: references found in it become refs OR phrase."""
        from vntext.refs import query_terms

        start, end = run[0].start, run[-1].end
        segment = self.query[start:end]
        refs = query_terms(segment) if self._scope(scope) == "all" else []
        parts: list[wq.Query] = []
        claimed: set[int] = set()
        for (rs, re_), terms in refs:
            if not terms:
                continue
            a, b = start + rs, start + re_
            idx = [k for k, lx in enumerate(run) if lx.start < b and lx.end > a]
            if not idx or claimed.intersection(idx):
                continue
            claimed.update(idx)
            parts.append((run[idx[0]].start, self.ref_query(terms, self.query[a:b], scope)))
        for k, lx in enumerate(run):
            if k in claimed:
                continue
            q = self.text_query(lx.text, scope)
            if q is not None:
                parts.append((lx.start, q))
        parts.sort(key=lambda p: p[0])
        queries = [q for _, q in parts]
        if not queries:
            return None
        return queries[0] if len(queries) == 1 else wq.And(queries)

    def phrase_query(self, lx: Lexeme, scope: str) -> wq.Query | None:
        from vntext.refs import query_terms

        content = lx.text
        if not folded_words(content):
            self.fail(f"empty phrase {lx.text!r} in query — put words between the quotes or drop them")
        if self._scope(scope) == "all":
            for (rs, re_), terms in query_terms(content):
                outside = content[:rs] + " " + content[re_:]
                if terms and not folded_words(outside):
                    return self.ref_query(terms, content, scope)
        return self.text_query(content, scope)

    # -- field:value ------------------------------------------------------------
    def parse_field(self) -> wq.Query | None:
        name_lx = self.take()
        name = name_lx.text
        value = self.peek()
        adjacent = value is not None and value.start == name_lx.end
        if not adjacent or value.kind not in ("word", "phrase", "lpar"):
            self.fail(f"empty value for {name}: in query — write {name}:word or {name}:\"a phrase\"")
        if name == "title":
            return self.parse_title()
        if value.kind == "lpar":
            self.fail(f"{name}: takes one value — write {name}:\"two words\" or use OR between fields")
        self.take()
        text = value.text
        if name == "province":
            return self.province_query(value)
        if name == "kind":
            return kind_filter([text])
        if name == "source":
            return wq.Term("source", text)
        if name == "year":
            return year_query(text)
        if name == "ref":
            from vntext.refs import query_terms

            found = [t for _, terms in query_terms(text) for t in terms]
            if not found:
                self.fail(f"not a document reference: ref:{_short(text)} — write e.g. ref:05-CT/TW or ref:\"Chỉ thị 05\"")
            if not self.negated:
                self.highlights.refs.update(found)
            terms = list(dict.fromkeys(found))
            return wq.Or([wq.Term("refs", t) for t in terms]) if len(terms) > 1 else wq.Term("refs", terms[0])
        self.fail(f"unknown field '{name}:' in query")
        return None

    def parse_title(self) -> wq.Query | None:
        lx = self.peek()
        if lx.kind == "word":
            # title:hội nghị → only the first word is the value, as in most search boxes.
            self.take()
            return self.text_query(lx.text, "title")
        return self.parse_primary("title")

    def province_query(self, value: Lexeme) -> wq.Query:
        """province:Sóc Trăng — unquoted names may take the following words too."""
        names = None
        if value.kind == "word":
            words = [value]
            k = 0
            while len(words) < 5 and self.peek(k) is not None and self.peek(k).kind == "word":
                words.append(self.peek(k))
                k += 1
            for size in range(len(words), 0, -1):
                text = " ".join(w.text for w in words[:size])
                try:
                    names = province_names([text])
                except QueryError:
                    continue
                self.pos += size - 1
                break
        if names is None:
            names = province_names([value.text])
        return _any_of("province", names)


# -- filters shared by the query language and QueryRequest ------------------------

def _any_of(fieldname: str, values: list[str]) -> wq.Query:
    values = list(dict.fromkeys(values))
    if len(values) == 1:
        return wq.Term(fieldname, values[0])
    return wq.Or([wq.Term(fieldname, v) for v in values])


def province_names(names: list[str]) -> list[str]:
    """Old province names covered by filter values (old or 2025, any spelling)."""
    from vntext.provinces import expand_filter

    out: list[str] = []
    for name in names:
        try:
            out += expand_filter(name)
        except ValueError as exc:
            raise QueryError(" ".join(str(exc).split())) from None
    return out


def kind_filter(kinds: list[str]) -> wq.Query:
    for k in kinds:
        if k not in KINDS:
            raise QueryError(f"unknown kind: {k} — use one of " + ", ".join(KINDS))
    return _any_of("kind", kinds)


def year_query(text: str) -> wq.Query:
    m = _YEAR_RE.match(text.strip())
    if not m:
        raise QueryError(f"bad year: year:{_short(text)} — write year:2022 or year:2020-2022")
    lo, hi = m.group(1), m.group(2) or m.group(1)
    if lo > hi:
        raise QueryError(f"bad year range: year:{text} — put the earlier year first")
    if lo == hi:
        return wq.Term("year", lo)
    return wq.TermRange("year", lo, hi)


def parse_query(query: str, scoring: bool = True) -> Parsed:
    """Parse a user query into a Whoosh query and what to highlight; raises QueryError.

    ``scoring=False`` (results sorted by date) leaves out the exact-form bonus
    clauses: they change scores, never the set of matches.
    """
    query = nfc(query or "")
    parser = _Parser(query)
    if not scoring:
        parser.diacritics = False
    q = parser.parse()
    if q is None and query.strip():
        raise QueryError(f"nothing to search for in query: {_short(query)} — use words, \"phrases\" or field:value")
    return Parsed(q, parser.highlights)


def validate_query(query: str) -> None:
    """Raise ``QueryError`` with a one-line message if the query is malformed."""
    parse_query(query)
