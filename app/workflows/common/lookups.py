"""Reference lists and pickers for the forms (read only): provinces, facility types, USH areas, branches,
USBS vendors with their products, facilities by name or ÇKYS code, and the people who sign letters.

Plain dataclasses out; no Qt. Sorting for display (Turkish alphabet) is the screen's job.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.models import Branch, Facility, FacilityType, Province, User, UshArea, Vendor, VendorProduct
from app.textfold import fold
from app.workflows.common.context import AppContext
from app.workflows.common.permissions import can_see_province
from app.workflows.common.vendors import standings
from app.workflows.common.vocabulary import Role, VendorStatus

# Professions a USH professional may have (free text is allowed too; these are the usual ones).
PROFESSIONS = ("uzman hekim", "hekim", "diş hekimi", "psikolog", "diyetisyen", "fizyoterapist", "hemşire", "ebe")


@dataclass(frozen=True)
class Choice:
    """A coded value with its name (code is an int for provinces, a str elsewhere)."""

    code: int | str
    name: str


@dataclass(frozen=True)
class AreaChoice:
    code: str
    name: str
    description: str
    needs_ministry_permission: bool


@dataclass(frozen=True)
class ProductChoice:
    id: int
    name: str
    version: str
    kts_registration_no: str

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}".strip()


@dataclass(frozen=True)
class VendorChoice:
    id: int
    name: str
    status: VendorStatus           # KTS list status on the date asked for
    products: tuple[ProductChoice, ...]


@dataclass(frozen=True)
class FacilityChoice:
    id: int
    ckys_code: str
    name: str
    type_name: str
    province_id: int
    province_name: str
    district: str
    address: str


def provinces(ctx: AppContext) -> list[Choice]:
    with ctx.read() as s:
        return [Choice(p.id, p.name) for p in s.scalars(select(Province).order_by(Province.id))]


def facility_types(ctx: AppContext) -> list[Choice]:
    with ctx.read() as s:
        return [Choice(t.code, t.name) for t in s.scalars(select(FacilityType).order_by(FacilityType.code))]


def branches(ctx: AppContext) -> list[Choice]:
    with ctx.read() as s:
        return [Choice(b.code, b.name) for b in s.scalars(select(Branch).order_by(Branch.code))]


def ush_areas(ctx: AppContext, on: dt.date | None = None) -> list[AreaChoice]:
    """The USH areas valid on a date (today by default), in the reference list's order."""
    day = on or ctx.clock.today()
    with ctx.read() as s:
        rows = s.scalars(select(UshArea).where(UshArea.valid_from <= day)
                         .where(or_(UshArea.retired_on.is_(None), UshArea.retired_on > day))
                         .order_by(UshArea.sort_order, UshArea.code))
        return [AreaChoice(a.code, a.name, a.description, a.needs_ministry_permission) for a in rows]


def vendors(ctx: AppContext, on: dt.date | None = None) -> list[VendorChoice]:
    """Every USBS vendor with its products and its KTS list status on a date (today by default)."""
    day = on or ctx.clock.today()
    with ctx.read() as s:
        products: dict[int, list[ProductChoice]] = {}
        for p in s.scalars(select(VendorProduct).order_by(VendorProduct.vendor_id, VendorProduct.id)):
            products.setdefault(p.vendor_id, []).append(
                ProductChoice(p.id, p.name, p.product_version, p.kts_registration_no or ""))
        statuses = standings(s, day)   # the one answer (recorded and due list changes), all vendors at once
        return [VendorChoice(v.id, v.name, statuses[v.id].status, tuple(products.get(v.id, ())))
                for v in s.scalars(select(Vendor).order_by(Vendor.name_fold, Vendor.id))]


def vendor_statuses(ctx: AppContext, on: dt.date) -> dict[int, VendorStatus]:
    """Each vendor's KTS list status on a date (for relabelling a picker when the received date changes)."""
    with ctx.read() as s:
        return {vid: st.status for vid, st in standings(s, on).items()}


def find_facilities(ctx: AppContext, text: str = "", province_id: int | None = None,
                    limit: int = 100) -> list[FacilityChoice]:
    """Facilities whose name (Turkish case-folded) or ÇKYS code contains `text`, at most `limit`."""
    key = fold(text)
    stmt = (select(Facility, Province.name, FacilityType.name)
            .join(Province, Facility.province_id == Province.id)
            .join(FacilityType, Facility.type_code == FacilityType.code))
    if key:
        stmt = stmt.where(or_(Facility.name_fold.contains(key, autoescape=True),
                              Facility.ckys_code.icontains(text.strip(), autoescape=True)))
    if province_id is not None:
        stmt = stmt.where(Facility.province_id == province_id)
    stmt = stmt.order_by(Facility.name_fold, Facility.id).limit(limit)
    with ctx.read() as s:
        return [FacilityChoice(f.id, f.ckys_code, f.name, type_name, f.province_id, province, f.district,
                               f.address) for f, province, type_name in s.execute(stmt)]


def facility(ctx: AppContext, facility_id: int) -> FacilityChoice | None:
    with ctx.read() as s:
        row = s.execute(select(Facility, Province.name, FacilityType.name)
                        .join(Province, Facility.province_id == Province.id)
                        .join(FacilityType, Facility.type_code == FacilityType.code)
                        .where(Facility.id == facility_id)).first()
    if row is None:
        return None
    f, province, type_name = row
    return FacilityChoice(f.id, f.ckys_code, f.name, type_name, f.province_id, province, f.district, f.address)


def signers(ctx: AppContext, province_id: int | None) -> list[tuple[str, str]]:
    """(name, title) of the İSM's people who may sign a letter: managers first, then officers (an İSM user: only
    their own province's)."""
    if province_id is None or not can_see_province(ctx.actor, province_id):
        return []
    with ctx.read() as s:
        users = s.scalars(select(User).where(User.province_id == province_id, User.active.is_(True),
                                             User.role.in_([Role.ISM_MANAGER.value, Role.ISM_OFFICER.value]))
                          .order_by(User.role, User.full_name))   # ism_manager sorts before ism_officer
        return [(u.full_name, u.title or "") for u in users]


def user_title(ctx: AppContext, user_id: int | None) -> str:
    if user_id is None:
        return ""
    with ctx.read() as s:
        u = s.get(User, user_id)
        return u.title if u is not None else ""
