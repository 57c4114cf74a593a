"""Point the snapshot ``sources.toml`` at the ports the local server chose."""
from __future__ import annotations

import re
from pathlib import Path

_ENTRY = re.compile(r"^\s*\[\[source\]\]\s*$")
_NAME = re.compile(r"^\s*(?:name|snapshot)\s*=\s*\"([^\"]+)\"")


def resolve(snapshot_sources: Path, bases: dict[str, str], out: Path) -> Path:
    """Write ``out``: ``snapshot_sources`` with each entry's ``{base}`` replaced.

    An entry's base is looked up by its ``snapshot`` key (else its ``name``);
    a single-site ``bases`` is used for every entry. Entries whose site is not
    being served are dropped, so a crawl never points at a dead port.
    """
    text = Path(snapshot_sources).read_text(encoding="utf-8")
    header: list[str] = []
    entries: list[list[str]] = []
    for line in text.splitlines():
        if _ENTRY.match(line):
            entries.append([line])
        elif entries:
            entries[-1].append(line)
        else:
            header.append(line)
    kept: list[str] = list(header)
    for entry in entries:
        keys = {}
        for line in entry:
            m = re.match(r"^\s*(name|snapshot)\s*=\s*\"([^\"]+)\"", line)
            if m:
                keys[m.group(1)] = m.group(2)
        site = keys.get("snapshot") or keys.get("name")
        base = bases.get(site) if site else None
        if base is None and len(bases) == 1:
            base = next(iter(bases.values()))
        if base is None:
            continue
        kept.extend(line.replace("{base}", base.rstrip("/")) for line in entry)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text("\n".join(kept) + "\n", encoding="utf-8")
    tmp.replace(out)
    return out
