"""Reference data: the shipped files are valid, seeding is idempotent, changed files update in place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, insert, select
from sqlalchemy.orm import Session

import app.models  # noqa: F401  (registers every table)
import app.storage.audit  # noqa: F401  (registers the audit listener, as in the running app)
from app.models import (
    AuditEntry,
    AuditHead,
    Base,
    Branch,
    Ek1Criterion,
    Ek1Version,
    FacilityType,
    Province,
    ReferenceDataset,
    UshArea,
)
from app.workflows.admin import reference_data
from app.workflows.admin.reference_data import load_reference_data, validate_reference_files

MODELS = (Province, FacilityType, Branch, UshArea, Ek1Version, Ek1Criterion, ReferenceDataset)


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:  # the chain's head row, as the initial migration creates it
        conn.execute(insert(AuditHead).values(id=1, last_hash=app.storage.audit.GENESIS, entries=0))
    # The audit listener (added later) requires an actor on every write session.
    with Session(engine, info={"actor": (None, "sistem")}) as s:
        yield s
    engine.dispose()


@pytest.fixture
def resources_copy(tmp_path, monkeypatch) -> Path:
    """A writable copy of resources/, with resources_dir() pointed at it."""
    shutil.copytree(reference_data.resources_dir() / "reference", tmp_path / "reference")
    monkeypatch.setattr(reference_data, "resources_dir", lambda: tmp_path)
    return tmp_path / "reference"


def counts(session: Session) -> dict[str, int]:
    return {m.__name__: session.scalar(select(func.count()).select_from(m)) for m in MODELS}


def test_shipped_files_are_valid():
    assert validate_reference_files() == []


def test_load_counts_and_turkish_names(session):
    result = load_reference_data(session)
    session.commit()

    assert result["provinces"] == 81
    assert session.scalar(select(func.count()).select_from(Province)) == 81
    assert session.get(Province, 34).name == "İstanbul"
    assert session.get(Province, 34).name_fold == "istanbul"
    assert session.get(Province, 76).name == "Iğdır"
    assert session.get(Province, 76).name_fold == "ığdır"
    names = set(session.scalars(select(Province.name)))
    assert {"Adana", "Afyonkarahisar", "Şanlıurfa", "Kahramanmaraş", "Çanakkale", "Muğla", "Düzce"} <= names
    assert not any("Ã" in n or "Ä" in n or "?" in n for n in names)  # no mojibake

    ex_officio = set(session.scalars(select(FacilityType.code).where(FacilityType.ex_officio_allowed)))
    assert ex_officio == {"bakanliga_bagli"}
    assert session.get(FacilityType, "ozel").name == "Özel"
    assert session.get(Branch, "DAHILIYE").name == "Dahiliye (İç Hastalıkları)"
    assert session.scalar(select(func.count()).select_from(Branch)) >= 25

    needs_permission = set(session.scalars(select(UshArea.code).where(UshArea.needs_ministry_permission)))
    assert needs_permission == {"GIRISIMSEL"}
    assert session.scalar(select(func.count()).select_from(UshArea)) == 11


def test_ek1_working_version_has_12_items(session):
    load_reference_data(session)
    session.commit()
    version = session.scalars(select(Ek1Version).where(Ek1Version.code == "2022-calisma-1")).one()
    assert version.title == "Ek-1 (çalışma sürümü, resmî metinle doğrulanmadı)"
    assert [c.number for c in version.criteria] == list(range(1, 13))
    assert version.criteria[0].title == "Başvuru dilekçesi / formu"
    assert all(c.check_text and c.basis for c in version.criteria)
    record = session.get(ReferenceDataset, "ek1:2022-calisma-1")
    assert record.rows == 12 and len(record.sha256) == 64 and record.version == record.sha256[:12]


def test_second_load_changes_nothing(session):
    load_reference_data(session)
    session.commit()
    before = counts(session)

    audit_before = session.scalar(select(func.count()).select_from(AuditEntry))

    result = load_reference_data(session)
    session.commit()
    assert set(result.values()) == {0}
    assert counts(session) == before
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before  # nothing written


def test_changed_file_updates_only_that_row(session, resources_copy):
    load_reference_data(session)
    session.commit()
    before = counts(session)

    path = resources_copy / "provinces.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("30,Hakkari", "30,Hakkâri"), encoding="utf-8")
    result = load_reference_data(session)
    session.commit()

    assert result["provinces"] == 1
    assert all(v == 0 for k, v in result.items() if k != "provinces")
    assert session.get(Province, 30).name == "Hakkâri"
    assert session.get(Province, 30).name_fold == "hakkâri"
    assert session.get(Province, 34).name == "İstanbul"
    assert counts(session) == before
    # Loaded through the ORM, so the change is in the audit trail.
    audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()
    assert [(e.table_name, e.row_id, e.after["name"]) for e in audited if e.table_name == "provinces"] == [
        ("provinces", "30", "Hakkâri")
    ]


def test_new_ek1_version_is_added_and_items_are_never_deleted(session, resources_copy):
    load_reference_data(session)
    session.commit()

    ek1 = resources_copy / "ek1"
    old = (ek1 / "ek1-2022-calisma-1.json").read_text(encoding="utf-8")
    # A published successor with fewer items; the old version file loses an item too.
    (ek1 / "ek1-2027-1.json").write_text(old.replace('"2022-calisma-1"', '"2027-1"'), encoding="utf-8")
    head, _, _ = old.rpartition(',\n    {\n      "number": 12')
    (ek1 / "ek1-2022-calisma-1.json").write_text(head + "\n  ]\n}\n", encoding="utf-8")
    result = load_reference_data(session)
    session.commit()

    assert result["ek1:2027-1"] == 13  # the version row and its 12 items
    assert result["ek1:2022-calisma-1"] == 0  # nothing to insert or update, and nothing deleted
    assert session.scalar(select(func.count()).select_from(Ek1Version)) == 2
    assert session.scalar(select(func.count()).select_from(Ek1Criterion)) == 24
    assert session.get(ReferenceDataset, "ek1:2022-calisma-1").rows == 11


def test_duplicate_plate_is_reported(session, resources_copy):
    path = resources_copy / "provinces.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("81,Düzce", "80,Düzce"), encoding="utf-8")

    errors = validate_reference_files()
    assert any("provinces.csv" in e and "tekrar ediyor" in e for e in errors)
    assert any("81 il olmalı" in e for e in errors)
    with pytest.raises(ValueError, match="Referans dosyaları geçersiz"):
        load_reference_data(session)
    assert not session.new


def test_malformed_json_is_reported(resources_copy):
    (resources_copy / "ek1" / "ek1-bozuk.json").write_text('{"code": "bozuk",', encoding="utf-8")
    errors = validate_reference_files()
    assert len(errors) == 1
    assert "ek1/ek1-bozuk.json" in errors[0] and "JSON biçimi bozuk" in errors[0]


def test_duplicate_ek1_item_number_is_reported(resources_copy):
    path = resources_copy / "ek1" / "ek1-2022-calisma-1.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"number": 12', '"number": 11'), encoding="utf-8")
    assert validate_reference_files() == [
        "ek1/ek1-2022-calisma-1.json: 11 numaralı madde tekrar ediyor."
    ]
