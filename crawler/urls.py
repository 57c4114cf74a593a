"""URL canonicalisation and crawl scope.

Queries are kept in their original order: DotNetNuke, Joomla and
``index.php?...`` sites need them as written. Only fragments, default ports,
tracking parameters and session ids are dropped.
"""
from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|"
                       r"phpsessid|jsessionid|sessionid|sid|aspsessionid\w*|cfid|cftoken)$", re.I)
ATTACHMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)$", re.I)
MEDIA_EXT = re.compile(r"\.(jpe?g|png|gif|bmp|webp|svg|ico|mp3|mp4|avi|wmv|flv|css|js|woff2?|ttf|eot)$",
                       re.I)


def canonical_url(url: str) -> str:
    """One spelling per page: no fragment, lower-case host, no default port, no tracking params."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = parts.path or "/"
    if "/." in path:
        trailing = path.endswith("/")
        path = posixpath.normpath(path)
        if trailing and not path.endswith("/"):
            path += "/"
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    query = parts.query
    if query:
        kept = [p for p in query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0])]
        query = "&".join(kept)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def same_site(url: str, start: str) -> bool:
    """Same host (``www.`` ignored) and same port."""
    a, b = urlsplit(url), urlsplit(start)
    return host_of(url) == host_of(start) and (a.port or 0) == (b.port or 0)


def section_prefix(start: str) -> str:
    """The path a section crawl stays in: the start URL's folder.

    ``/tin-tuc/`` -> ``/tin-tuc/``; ``/tin-tuc/index.html`` -> ``/tin-tuc/``;
    ``/category/tin-tuc`` -> ``/category/tin-tuc``; ``/`` or ``/index.php`` -> ``/``.
    """
    path = urlsplit(start).path or "/"
    last = path.rsplit("/", 1)[-1]
    if "." in last:   # a file such as index.html, Default.aspx, index.php
        path = path[: len(path) - len(last)]
    return path or "/"


# Download endpoints that serve documents from addresses with no file extension: DotNetNuke's
# LinkClick.aspx?fileticket=..., "/tai-ve/123", "Download.aspx?id=7", "GetFile.ashx?id=".
# Whole path segments only, so an article slug such as "tai-ve-mau-bao-cao" is not one.
DOWNLOAD_SEGMENT = re.compile(
    r"(?:^|/)(?:linkclick\.aspx|downloads?(?:\.aspx|\.php|\.ashx)?|tai-?ve|getfile(?:\.aspx|\.ashx)?"
    r"|file\.ashx|dinhkem)(?:/|$)", re.I)


def is_attachment(url: str) -> bool:
    path = urlsplit(url).path
    return bool(ATTACHMENT_EXT.search(path) or DOWNLOAD_SEGMENT.search(path))


def is_media(url: str) -> bool:
    return bool(MEDIA_EXT.search(urlsplit(url).path))
