"""Where the bundled data files live (provinces.tsv, sources.toml, snapshots)."""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The repository's ``data/`` folder, or ``$EDUNEWS_DATA`` when set."""
    override = os.environ.get("EDUNEWS_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "data"
