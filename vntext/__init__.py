"""Vietnamese text knowledge shared by the cleaner, the index and the CLI.

Pure Python with no third-party imports, so that every stage (and the fast
search path) can use it without pulling in Scrapy or BeautifulSoup.
"""
