"""Article extraction: from the bytes of a department web page to a clean record.

Import ``cleaner.extract`` for the work; ``cleaner.model`` holds the record
type and is light enough for the archive and the index to import.

Modules, in pipeline order:

* ``decode``      bytes -> NFC text (BOM, header, meta, UTF-8, cp1258, detection)
* ``legacy``      TCVN3 (ABC) and VNI font encodings -> Unicode
* ``metadata``    headline, date near the headline, byline; ``dates`` parses every date form
* ``content``     which element holds the body (explicit markers, else density descent)
* ``boilerplate`` furniture by tag/class/id, and by text (``patterns`` holds the labels)
* ``blocks``      a DOM subtree -> ordered text blocks (paragraphs, items, cells, captions)
* ``authors``     byline and closing-signature lines
* ``kind`` / ``pagekind``  meeting kind; article vs listing vs other
* ``places``      province and unit for sources without one
* ``profiles``    per-CMS selectors (optional sharpening)
* ``evaluate``    the quality gate against the gold pages
"""
