"""The published art. 20 criteria and personnel scales (resources/reference/yetkinlik/*.json), read and checked
like the Ek-1 versions and upserted by `reference_data.load_reference_data`. A version is never edited in
place: a new year's text is a new file with a new code (past evaluations keep the version they were scored by)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CompetenceCriteriaVersion

FOLDER = "yetkinlik"
KINDS = ("technical", "personnel")


def _items(kind: str, items: Any, where: str, errors: list[str]) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not items:
        errors.append(f"{where}: 'items' boş olmayan bir liste olmalı.")
        return []
    out: list[dict[str, Any]] = []
    keys = ("number", "title", "max_points") if kind == "technical" else ("min_staff", "points")
    seen: set[int] = set()
    for i, item in enumerate(items, start=1):
        try:
            row = {k: item[k] for k in keys}
        except (KeyError, TypeError) as exc:
            errors.append(f"{where}: {i}. madde geçersiz (eksik alan {exc}).")
            continue
        numbers = [v for k, v in row.items() if k != "title"]
        if any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in numbers):
            errors.append(f"{where}: {i}. maddenin sayısal alanları negatif olmayan tam sayı olmalı.")
            continue
        key = row[keys[0]]
        if key in seen:
            errors.append(f"{where}: {keys[0]} = {key} tekrar ediyor.")
        seen.add(key)
        if kind == "personnel" and row["points"] > 100:
            errors.append(f"{where}: {i}. bandın puanı 100'den büyük olamaz.")
        out.append(row)
    return out


def read_versions(reference: Path, errors: list[str]) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(dataset name, SHA-256, version attributes, items) of every file; problems go to `errors` in Turkish."""
    out = []
    codes: dict[str, str] = {}
    for path in sorted((reference / FOLDER).glob("*.json")):
        where = f"{FOLDER}/{path.name}"
        data = path.read_bytes()
        try:
            doc = json.loads(data.decode("utf-8-sig"))
            header = {
                "code": str(doc["code"]),
                "kind": str(doc["kind"]),
                "title": str(doc["title"]).strip(),
                "effective_from": dt.date.fromisoformat(doc["effective_from"]),
                "effective_until": dt.date.fromisoformat(doc["effective_until"]) if doc.get("effective_until")
                else None,
                "note": str(doc.get("note") or ""),
            }
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            errors.append(f"{where}: okunamadı ya da sürüm bilgisi geçersiz ({exc}).")
            continue
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,40}", header["code"]) or header["kind"] not in KINDS:
            errors.append(f"{where}: 'code' (en çok 40 harf, rakam, _ - .) ya da 'kind' ({', '.join(KINDS)}) "
                          f"geçersiz.")
            continue
        if header["code"] in codes:
            errors.append(f"{where}: '{header['code']}' sürüm kodu {codes[header['code']]} dosyasında da var.")
            continue
        codes[header["code"]] = path.name
        items = _items(header["kind"], doc.get("items"), where, errors)
        out.append((f"{FOLDER}:{header['code']}", hashlib.sha256(data).hexdigest(), header, items))
    return out


def upsert(session: Session, header: dict[str, Any], items: list[dict[str, Any]]) -> int:
    """Insert the version, or bring a changed file's version up to date; returns the rows changed (0 or 1)."""
    version = session.scalars(select(CompetenceCriteriaVersion)
                              .where(CompetenceCriteriaVersion.code == header["code"])).one_or_none()
    if version is None:
        session.add(CompetenceCriteriaVersion(**header, items=items))
        return 1
    changed = 0
    for key, value in {**header, "items": items}.items():
        if getattr(version, key) != value:
            setattr(version, key, value)
            changed = 1
    return changed
