"""Loads the versioned reference files in resources/reference/ into the database (idempotent seeding)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import String, inspect, select
from sqlalchemy.orm import Session

from app.models import (
    Base,
    Branch,
    Ek1Criterion,
    Ek1Version,
    FacilityType,
    Province,
    ReferenceDataset,
    UshArea,
)
from app.textfold import fold
from app.workflows.admin import competence_reference

_RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def resources_dir() -> Path:
    """The repository's resources folder (a function so tests can point it at a copy)."""
    return _RESOURCES


# --- value converters: raise ValueError on bad input --------------------------------------------------------------

def _text(value: str) -> str:
    if not value:
        raise ValueError("boş")
    return value


def _code(value: str, allowed: str = "_") -> str:
    # ASCII only: codes go into exports and file names, where Turkish letters cause mismatches.
    if not re.fullmatch(rf"[A-Za-z0-9{re.escape(allowed)}]+", value):
        raise ValueError(f"kod yalnızca ASCII harf, rakam ve {' '.join(allowed)} içerebilir")
    return value


def _bool(value: str) -> bool:
    # Strict on purpose: "evet"/"1" typed by hand should fail loudly, not load as False.
    if value.lower() not in ("true", "false"):
        raise ValueError("true veya false olmalı")
    return value.lower() == "true"


@dataclass(frozen=True)
class _CsvSpec:
    model: type[Base]
    columns: dict[str, Callable[[str], Any]]  # CSV column -> converter
    to_fields: Callable[[dict[str, Any]], dict[str, Any]] = dict  # converted row -> ORM attributes


_CSV_SPECS: dict[str, _CsvSpec] = {
    "provinces": _CsvSpec(
        Province, {"plate": int, "name": _text},
        lambda r: {"id": r["plate"], "name": r["name"], "name_fold": fold(r["name"])},
    ),
    "facility_types": _CsvSpec(FacilityType, {"code": _code, "name": _text, "ex_officio_allowed": _bool}),
    "branches": _CsvSpec(Branch, {"code": _code, "name": _text}),
    "ush_areas": _CsvSpec(UshArea, {
        "code": _code, "name": _text, "description": str, "basis": str,
        "needs_ministry_permission": _bool, "valid_from": dt.date.fromisoformat, "sort_order": int,
    }),
}


@dataclass
class _Dataset:
    name: str  # ReferenceDataset.name
    sha256: str
    rows: list[dict[str, Any]] = field(default_factory=list)  # ORM attributes, one dict per row
    header: dict[str, Any] | None = None  # Ek-1 version attributes


def _check_lengths(model: type[Base], fields: dict[str, Any], where: str, errors: list[str]) -> None:
    """SQLite ignores String(n) but PostgreSQL rejects overlong values; report them here in Turkish instead."""
    columns = model.__table__.c
    for key, value in fields.items():
        col_type = columns[key].type
        if isinstance(value, str) and isinstance(col_type, String) and col_type.length:
            if len(value) > col_type.length:
                errors.append(f"{where}: '{key}' en çok {col_type.length} karakter olabilir ({len(value)} karakter).")


def _read_csv(path: Path, name: str, spec: _CsvSpec, errors: list[str]) -> _Dataset | None:
    if not path.is_file():
        errors.append(f"{path.name} bulunamadı.")
        return None
    data = path.read_bytes()
    dataset = _Dataset(name, hashlib.sha256(data).hexdigest())
    try:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        header = reader.fieldnames or []
        missing = [c for c in spec.columns if c not in header]
        if missing:
            errors.append(f"{path.name}: eksik sütun(lar): {', '.join(missing)}.")
            return None
        key_col = next(iter(spec.columns))  # the first column is the key
        seen: dict[Any, int] = {}
        for raw in reader:
            line = reader.line_num
            row: dict[str, Any] = {}
            for col, convert in spec.columns.items():
                value = (raw.get(col) or "").strip()
                try:
                    row[col] = convert(value)
                except ValueError as exc:
                    errors.append(f"{path.name} satır {line}: '{col}' değeri geçersiz ({value!r}): {exc}.")
            if len(row) < len(spec.columns):
                continue
            key = row[key_col]
            if key in seen:
                errors.append(f"{path.name} satır {line}: '{key}' anahtarı tekrar ediyor (ilk: satır {seen[key]}).")
                continue
            seen[key] = line
            fields = spec.to_fields(row)
            _check_lengths(spec.model, fields, f"{path.name} satır {line}", errors)
            dataset.rows.append(fields)
    except (UnicodeDecodeError, csv.Error) as exc:
        errors.append(f"{path.name} okunamadı (UTF-8 CSV olmalı): {exc}.")
        return None
    return dataset


def _check_provinces(dataset: _Dataset, errors: list[str]) -> None:
    plates = {r["id"] for r in dataset.rows}
    if len(dataset.rows) != 81 or plates != set(range(1, 82)):
        missing = sorted(set(range(1, 82)) - plates)
        extra = sorted(plates - set(range(1, 82)))
        errors.append(
            f"provinces.csv: 1..81 plaka kodlu 81 il olmalı; {len(dataset.rows)} satır var"
            f" (eksik plaka: {missing or '-'}, fazla plaka: {extra or '-'})."
        )
    names: dict[str, int] = {}
    for r in dataset.rows:
        if r["name"] in names:
            errors.append(f"provinces.csv: '{r['name']}' il adı tekrar ediyor (plaka {names[r['name']]} ve {r['id']}).")
        names[r["name"]] = r["id"]


def _read_ek1(path: Path, errors: list[str]) -> _Dataset | None:
    where = f"ek1/{path.name}"
    data = path.read_bytes()
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        errors.append(f"{where} okunamadı (UTF-8 olmalı): {exc}.")
        return None
    except json.JSONDecodeError as exc:
        errors.append(f"{where}: JSON biçimi bozuk (satır {exc.lineno}, sütun {exc.colno}): {exc.msg}.")
        return None
    try:
        header = {
            "code": _code(str(doc["code"]), allowed="_-."),
            "title": _text(str(doc["title"]).strip()),
            "effective_from": dt.date.fromisoformat(doc["effective_from"]),
            "effective_until": dt.date.fromisoformat(doc["effective_until"]) if doc.get("effective_until") else None,
            "note": str(doc.get("note") or ""),
        }
        criteria = doc["criteria"]
        if not isinstance(criteria, list) or not criteria:
            raise ValueError("'criteria' boş olmayan bir liste olmalı")
    except (KeyError, TypeError, ValueError) as exc:
        label = f"eksik alan {exc}" if isinstance(exc, KeyError) else str(exc)
        errors.append(f"{where}: sürüm bilgisi geçersiz ({label}).")
        return None
    if header["effective_until"] and header["effective_until"] < header["effective_from"]:
        errors.append(f"{where}: 'effective_until' tarihi 'effective_from' tarihinden önce olamaz.")
    _check_lengths(Ek1Version, header, where, errors)

    dataset = _Dataset(f"ek1:{header['code']}", hashlib.sha256(data).hexdigest(), header=header)
    seen: set[int] = set()
    for i, item in enumerate(criteria, start=1):
        try:
            number = item["number"]
            if not isinstance(number, int) or isinstance(number, bool) or number < 1:
                raise ValueError("'number' pozitif bir tam sayı olmalı")
            fields = {
                "number": number,
                "title": _text(str(item["title"]).strip()),
                "check_text": str(item.get("check_text") or ""),
                "basis": str(item.get("basis") or ""),
            }
        except (KeyError, TypeError, ValueError) as exc:
            label = f"eksik alan {exc}" if isinstance(exc, KeyError) else str(exc)
            errors.append(f"{where}: {i}. madde geçersiz ({label}).")
            continue
        if number in seen:
            errors.append(f"{where}: {number} numaralı madde tekrar ediyor.")
            continue
        seen.add(number)
        _check_lengths(Ek1Criterion, fields, f"{where} madde {number}", errors)
        dataset.rows.append(fields)
    return dataset


def _read_all(reference: Path) -> tuple[list[_Dataset], list[str]]:
    errors: list[str] = []
    datasets: list[_Dataset] = []
    for name, spec in _CSV_SPECS.items():
        dataset = _read_csv(reference / f"{name}.csv", name, spec, errors)
        if dataset:
            if name == "provinces":
                _check_provinces(dataset, errors)
            datasets.append(dataset)
    ek1_files = sorted((reference / "ek1").glob("*.json"))
    if not ek1_files:
        errors.append("ek1/ klasöründe hiç Ek-1 sürüm dosyası (*.json) yok.")
    ek1_codes: dict[str, str] = {}
    for path in ek1_files:
        dataset = _read_ek1(path, errors)
        if dataset:
            code = dataset.header["code"]  # type: ignore[index]
            if code in ek1_codes:
                errors.append(f"ek1/{path.name}: '{code}' sürüm kodu {ek1_codes[code]} dosyasında da var.")
                continue
            ek1_codes[code] = path.name
            datasets.append(dataset)
    for name, sha, header, items in competence_reference.read_versions(reference, errors):   # art. 20 criteria
        datasets.append(_Dataset(name, sha, items, header))
    return datasets, errors


def validate_reference_files() -> list[str]:
    """Checks every reference file; returns Turkish error messages (empty when all is well)."""
    return _read_all(resources_dir() / "reference")[1]


# --- loading ------------------------------------------------------------------------------------------------------

def _apply(obj: Base, fields: dict[str, Any]) -> bool:
    """Sets only the attributes that differ, so the audit trail records real changes only."""
    changed = False
    for key, value in fields.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def _upsert_table(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> int:
    pk = inspect(model).primary_key[0].key
    existing = {getattr(obj, pk): obj for obj in session.scalars(select(model))}
    changed = 0
    for fields in rows:
        obj = existing.get(fields[pk])
        if obj is None:
            session.add(model(**fields))
            changed += 1
        elif _apply(obj, fields):
            changed += 1
    return changed


def _upsert_ek1(session: Session, dataset: _Dataset) -> int:
    header = dataset.header or {}
    version = session.scalars(select(Ek1Version).where(Ek1Version.code == header["code"])).one_or_none()
    changed = 0
    if version is None:
        version = Ek1Version(**header)
        session.add(version)
        changed += 1
    elif _apply(version, header):
        changed += 1
    # Upsert by item number and never delete: checklist answers of past applications point at these rows.
    criteria = {c.number: c for c in version.criteria}
    for fields in dataset.rows:
        criterion = criteria.get(fields["number"])
        if criterion is None:
            session.add(Ek1Criterion(ek1_version=version, **fields))
            changed += 1
        elif _apply(criterion, fields):
            changed += 1
    return changed


def load_reference_data(session: Session) -> dict[str, int]:
    """Seeds or updates the reference tables from resources/reference/; returns changed rows per dataset.

    Files whose SHA-256 is already recorded are skipped. Does not commit: the caller owns the transaction.
    Raises ValueError (Turkish messages, one per line) if any file is invalid; nothing is written then.
    """
    datasets, errors = _read_all(resources_dir() / "reference")
    if errors:
        raise ValueError("Referans dosyaları geçersiz:\n" + "\n".join(errors))
    result: dict[str, int] = {}
    for dataset in datasets:
        record = session.get(ReferenceDataset, dataset.name)
        if record is not None and record.sha256 == dataset.sha256:
            result[dataset.name] = 0
            continue
        if dataset.name.startswith(competence_reference.FOLDER + ":"):
            result[dataset.name] = competence_reference.upsert(session, dataset.header or {}, dataset.rows)
        elif dataset.header is not None:
            result[dataset.name] = _upsert_ek1(session, dataset)
        else:
            result[dataset.name] = _upsert_table(session, _CSV_SPECS[dataset.name].model, dataset.rows)
        meta = {"version": dataset.sha256[:12], "sha256": dataset.sha256, "rows": len(dataset.rows)}
        if record is None:
            session.add(ReferenceDataset(name=dataset.name, **meta))
        else:
            _apply(record, meta)
    return result
