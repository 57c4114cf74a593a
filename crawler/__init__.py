"""The crawler: sources, link discovery, CMS profiles and the Scrapy spider.

Only ``crawler.spider`` and ``crawler.run`` import Scrapy; ``crawler.sources``
is light (the CLI's ``sources`` command uses it).
"""
