"""The rotating log file ``HOME/logs/edunews.log`` written by crawl, index and update."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_file_log(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating UTF-8 file handler to the root logger; returns it for removal."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z"))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler


def remove_handler(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()
