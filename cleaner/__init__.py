"""Article extraction: from the bytes of a department web page to a clean record.

Import ``cleaner.extract`` for the work; ``cleaner.model`` holds the record
type and is light enough for the archive and the index to import.
"""
