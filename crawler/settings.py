"""Every crawler default in one place, each with the reason for its value.

Override any of them with ``-s NAME=VALUE`` (strings; converted to the type
of the default). Names are Scrapy's where Scrapy has the setting; the
``EDUNEWS_*`` ones are the crawler's own.
"""
from __future__ import annotations

CONTACT_URL = "https://github.com/edunews/edunews"

DEFAULTS: dict[str, object] = {
    # Identify ourselves honestly; department webmasters can reach us.
    "USER_AGENT": f"edunews/0.1 (+{CONTACT_URL}; research archive of education news)",
    # Respect robots.txt: these are public-sector sites run on small budgets.
    "ROBOTSTXT_OBEY": True,
    # At most two requests in flight per host; many sites run on one small server.
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "CONCURRENT_REQUESTS": 8,
    # A pause between requests to the same host (seconds); AutoThrottle adapts from here.
    "DOWNLOAD_DELAY": 1.0,
    # Vary that pause by ±50% so requests do not arrive in a fixed rhythm.
    "DOWNLOAD_DELAY_JITTER": 0.5,
    # AutoThrottle slows down when the server slows down.
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    # Give slow provincial servers time, but not forever.
    "DOWNLOAD_TIMEOUT": 30,
    # News pages are < 1 MB; anything above 10 MB is not an article.
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
    # Retry transient failures (5xx, timeouts, resets) with exponential backoff.
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 3,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    "EDUNEWS_RETRY_BACKOFF_BASE": 1.0,      # seconds; doubled on each retry
    "EDUNEWS_RETRY_BACKOFF_MAX": 30.0,
    # Redirect chains longer than this are loops or traps.
    "REDIRECT_MAX_TIMES": 5,
    # No cookies: we do not log in, and session cookies only confuse caches.
    "COOKIES_ENABLED": False,
    # The archive is the cache; Scrapy's HTTP cache would duplicate it.
    "HTTPCACHE_ENABLED": False,
    # Keep Scrapy's own telnet console and stats dump out of the way.
    "TELNETCONSOLE_ENABLED": False,
    "STATS_DUMP": False,
    "LOG_ENABLED": False,
    # Scrapy's remote-control HTTP server (code execution on a local port): never wanted here.
    "REMOTE_CONTROL_ENABLED": False,
    # Depth-first along pagination keeps the frontier small.
    "DEPTH_PRIORITY": 0,
    # Stop walking a listing's pagination after this many pages with only known articles.
    "EDUNEWS_STOP_AFTER_KNOWN_PAGES": 1,
    # Deepest pagination followed from a start URL (a safety net against traps).
    "EDUNEWS_MAX_LISTING_DEPTH": 500,
    # Pages per source per run when neither the source nor the command says otherwise (0 = no limit).
    "EDUNEWS_MAX_PAGES": 0,
    # Attachments: only a HEAD request (type and size), never the body.
    "EDUNEWS_FETCH_ATTACHMENTS": True,
    # Keep raw bytes of listings too (for re-parsing after a 304).
    "EDUNEWS_KEEP_LISTING_BODIES": True,
    # Read sitemap.xml (from robots.txt) and RSS/Atom feeds when a site has them.
    "EDUNEWS_USE_SITEMAPS": True,
    "EDUNEWS_USE_FEEDS": True,
    # Processes that clean pages beside the crawl process ("auto": none for a polite crawl, where pages
    # arrive slower than one core cleans them; 2 on a machine with 2+ cores when politeness is off).
    "EDUNEWS_CLEAN_WORKERS": "auto",
}


class SettingsError(ValueError):
    pass


def _convert(name: str, raw: str, default: object) -> object:
    if isinstance(default, bool):
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"-s {name}={raw}: expected true or false")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            raise SettingsError(f"-s {name}={raw}: expected a whole number") from None
    if isinstance(default, float):
        try:
            return float(raw)
        except ValueError:
            raise SettingsError(f"-s {name}={raw}: expected a number") from None
    if isinstance(default, list):
        try:
            return [int(x) for x in raw.split(",") if x.strip()]
        except ValueError:
            raise SettingsError(f"-s {name}={raw}: expected comma-separated numbers") from None
    return raw


def effective_settings(overrides: dict[str, str] | None = None) -> dict[str, object]:
    """DEFAULTS with ``-s`` overrides applied (unknown names pass through to Scrapy as strings)."""
    out = dict(DEFAULTS)
    for name, raw in (overrides or {}).items():
        if not isinstance(raw, str):
            out[name] = raw
        elif name in DEFAULTS:
            out[name] = _convert(name, raw, DEFAULTS[name])
        else:
            out[name] = raw
    return out
