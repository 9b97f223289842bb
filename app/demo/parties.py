"""Demo parties: users, USBS vendors with their KTS history, facilities with their professionals and work permits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.demo import names
from app.demo.common import DAY, Calendar, Reference, local_moment, office_moment, unique_value
from app.demo.writer import BulkWriter
from app.models import (
    Facility,
    Professional,
    User,
    Vendor,
    VendorAudit,
    VendorAuditFinding,
    VendorOnboardingStep,
    VendorProduct,
    VendorStatusEvent,
    VendorWarning,
    WorkPermit,
)
from app.textfold import fold
from app.workflows.common.validation import make_mersis, make_tckn, make_vkn
from app.workflows.common.vendor_rules import add_months
from app.workflows.common.vocabulary import Role, VendorStatus
from app.workflows.kts.audits import SUBJECTS

T_USER, T_FACILITY, T_PRO, T_WORK = User.__table__, Facility.__table__, Professional.__table__, WorkPermit.__table__
T_VENDOR, T_PRODUCT = Vendor.__table__, VendorProduct.__table__
T_STATUS, T_WARNING, T_STEP = VendorStatusEvent.__table__, VendorWarning.__table__, VendorOnboardingStep.__table__
T_AUDIT, T_FINDING = VendorAudit.__table__, VendorAuditFinding.__table__


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass
class Staff:
    officer: dict[int, Person]      # by plate
    manager: dict[int, Person]      # by plate; signs the İSM's letters
    reviewer: Person                # SHGM
    approver: Person                # SHGM
    kts: Person                     # SBSGM


@dataclass
class VendorRef:
    id: int
    products: list[int]
    weight: float  # market share
    events: list[tuple[str, dt.date]]  # KTS status history, by date

    def status_on(self, day: dt.date) -> str | None:
        status = None
        for s, on in self.events:
            if on > day:
                break
            status = s
        return status


@dataclass
class FacilityRef:
    id: int
    plate: int
    type_code: str
    name: str
    address: str
    staff: list[tuple[int, int, str | None]] = field(default_factory=list)  # (professional, work permit, branch)

    @property
    def private(self) -> bool:
        return self.type_code == "ozel"


def person_name(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(names.MALE_FIRST if rng.random() < 0.5 else names.FEMALE_FIRST)
    return first, rng.choice(names.LAST_NAMES)


# --- users ---------------------------------------------------------------------------------------------------------

def build_staff(rng: random.Random, ref: Reference, out: BulkWriter, today: dt.date) -> Staff:
    created = local_moment(today - 500 * DAY, 9 * 60)
    taken = ref.taken["username"]
    from app.demo import DEMO_PASSWORD
    from app.storage.server_setup import is_secured
    from app.workflows.admin.users import hash_password

    # One hash for all (argon2id costs ~0.1 s a time). On a server-initialised PostgreSQL database the server
    # authenticates: no hash; `ush-izin server init` run again gives the demo logins the demo password.
    demo_hash = None if is_secured(out.conn) else hash_password(DEMO_PASSWORD)

    def user(username: str, title: str, role: Role, plate: int | None = None) -> Person:
        while username in taken:  # someone already created this account by hand: keep theirs, add ours beside it
            username += ".demo"
        taken.add(username)
        first, last = person_name(rng)
        person = Person(out.next_id(T_USER), f"{first} {last}")
        out.add(T_USER, {
            "id": person.id, "username": username, "full_name": person.name, "title": title, "role": role.value,
            "province_id": plate, "password_hash": demo_hash, "must_change_password": False, "failed_logins": 0,
            "locked_until": None, "active": True, "version": 1, "created_at": created,
        })
        return person

    officer, manager = {}, {}
    for plate in sorted(ref.provinces):
        officer[plate] = user(f"ism{plate:02d}.memur", "Sağlık Tesisleri Birimi Personeli", Role.ISM_OFFICER, plate)
        manager[plate] = user(f"ism{plate:02d}.yonetici", "İl Sağlık Müdür Yardımcısı", Role.ISM_MANAGER, plate)
    staff = Staff(
        officer, manager,
        reviewer=user("shgm.uzman", "SHGM Uzaktan Sağlık Hizmetleri Birimi Uzmanı", Role.SHGM_REVIEWER),
        approver=user("shgm.onay", "SHGM Daire Başkanı", Role.SHGM_APPROVER),
        kts=user("kts.memur", "SBSGM KTS Birimi Uzmanı", Role.KTS_OFFICER),
    )
    user("denetci", "İç Denetim Birimi Denetçisi", Role.AUDITOR)
    return staff


# --- vendors -------------------------------------------------------------------------------------------------------

def _vendor_kinds(rng: random.Random, count: int) -> list[str]:
    special = ["applying", "applying", "passive", "passive", "deleted", "passive_back", "passive_back"]
    if count >= 25:
        special += ["passive", "deleted"]
    kinds = special + ["active"] * (count - len(special))
    rng.shuffle(kinds)
    return kinds


def _onboarding(rng: random.Random, cal: Calendar, applied: dt.date, today: dt.date,
                complete: bool) -> tuple[list[tuple[str, str, dt.date, str]], dt.date | None]:
    """The SBSGM stages with their dates; failed checks loop back as the flow chart says."""
    stages = names.ONBOARDING_STAGES
    stop = len(stages) if complete else rng.randint(2, len(stages) - 2)
    steps: list[tuple[str, str, dt.date, str]] = []
    day, active_on = applied, None
    for stage in stages[:stop]:
        if stage != "application":
            day = cal.on_or_after(day + rng.randint(3, 20) * DAY)
        if stage == "document_check" and rng.random() < 0.3:
            steps.append((stage, "incomplete", day, "Eksik belge: TÜRKAK akrediteli ISO/IEC 27001 sertifikası."))
            day = cal.on_or_after(day + rng.randint(7, 30) * DAY)
        if stage == "web_service_check" and rng.random() < 0.4:
            steps.append((stage, "failed", day,
                          "Hekim veri bankası web servis entegrasyonu başarısız; düzeltme istendi."))
            day = cal.on_or_after(day + rng.randint(5, 25) * DAY)
        if day > today:
            break
        steps.append((stage, "successful" if stage in ("audit", "web_service_check") else "completed", day, ""))
        if stage == "kts_announcement":
            active_on = day
    return steps, active_on


def _warning(rng: random.Random, cal: Calendar, issued: dt.date, deadline: dt.date,
             fixed: dt.date | None) -> dict:
    return {"issued_on": cal.on_or_after(issued), "deadline": cal.on_or_after(deadline),
            "description": rng.choice(names.VENDOR_WARNING_TEXTS), "fixed_on": fixed}


def _audit_behind(out: BulkWriter, staff: Staff, vendor_id: int, warning_id: int, w: dict) -> None:
    """The SBYS md. 18 audit whose deficiency became the warning (kts.audits.record_audit makes the same pair);
    deterministic, so the rest of the demo data stays what the seed gives."""
    aid = out.next_id(T_AUDIT)
    out.add(T_AUDIT, {
        "id": aid, "vendor_id": vendor_id, "grounds": "ex_officio", "complainant": "", "complaint_subject": "",
        "mode": ("on_site", "remote")[warning_id % 2], "team": "ministry", "team_province_id": None,
        "team_members": "", "planned_on": w["issued_on"] - 14 * DAY, "performed_on": w["issued_on"],
        "security_test": "none", "security_report_id": None, "security_summary": "", "outcome": "deficient",
        "warning_id": warning_id, "recorded_by_id": staff.kts.id, "version": 1,
        "created_at": local_moment(w["issued_on"], 15 * 60)})
    subjects = list(SUBJECTS)
    deficient = subjects[warning_id % len(subjects)]
    for subject in subjects:
        out.add(T_FINDING, {"id": out.next_id(T_FINDING), "audit_id": aid, "subject": subject,
                            "result": "deficient" if subject == deficient else "conform",
                            "notes": w["description"] if subject == deficient else "", "version": 1})


def _status_history(rng: random.Random, cal: Calendar, kind: str, active_on: dt.date | None,
                    today: dt.date) -> tuple[list[tuple[str, dt.date, str, str]], list[dict]]:
    """Later status events (after applied/active) and the warnings that led to them."""
    art7, art8 = f"{names.SBYS_REGULATION} md. 7", f"{names.SBYS_REGULATION} md. 8"
    events: list[tuple[str, dt.date, str, str]] = []
    warnings: list[dict] = []
    if kind in ("passive", "deleted", "passive_back"):
        back = {"passive": (20, 80), "deleted": (200, 380), "passive_back": (150, 330)}[kind]
        passive_on = cal.on_or_after(today - rng.randint(*back) * DAY)
        events.append((VendorStatus.PASSIVE, passive_on, names.PASSIVE_REASON, art7))
        issued = passive_on - rng.randint(30, 60) * DAY
        returned = cal.on_or_after(passive_on + rng.randint(20, 75) * DAY) if kind == "passive_back" else None
        warnings.append(_warning(rng, cal, issued, passive_on - 3 * DAY, returned))
        if kind == "deleted":
            events.append((VendorStatus.DELETED, cal.on_or_after(passive_on + 92 * DAY), names.DELETED_REASON, art8))
        if returned:
            events.append((VendorStatus.ACTIVE, returned, "Eksiklik giderildi; aktif listeye yeniden alındı.", art7))
    elif kind == "active" and active_on and rng.random() < 0.3:
        issued = today - rng.randint(60, 500) * DAY
        if issued > active_on:
            fixed = cal.on_or_after(issued + rng.randint(5, 25) * DAY)
            warnings.append(_warning(rng, cal, issued, issued + 30 * DAY, fixed))
    return events, warnings


def _address(rng: random.Random, ref: Reference, plate: int) -> tuple[str, str]:
    district = rng.choice(names.DISTRICTS.get(plate, names.DEFAULT_DISTRICTS))
    street = rng.choice(names.STREETS)
    return district, f"{street} No: {rng.randint(1, 250)}, {district}/{ref.provinces[plate]}"


def build_vendors(rng: random.Random, ref: Reference, out: BulkWriter, staff: Staff, cal: Calendar,
                  n_applications: int, today: dt.date) -> list[VendorRef]:
    count = min(len(names.VENDOR_NAMES), 20 + n_applications // 10_000)
    vendors: list[VendorRef] = []
    registration = 0
    for name, kind in zip(rng.sample(names.VENDOR_NAMES, count), _vendor_kinds(rng, count)):
        vid = out.next_id(T_VENDOR)
        vkn = unique_value(ref.taken["vkn"], lambda: make_vkn(rng))
        applied = cal.on_or_before(today - rng.randint(*((20, 200) if kind == "applying" else (700, 1500))) * DAY)
        steps, active_on = _onboarding(rng, cal, applied, today, complete=kind != "applying")
        first, last = person_name(rng)
        vendor_row = {
            "id": vid, "name": name, "name_fold": fold(name), "tax_no": vkn, "mersis_no": make_mersis(rng, vkn),
            "signatory_name": f"{first} {last}",
            "address": _address(rng, ref, rng.choice((34, 34, 34, 6, 6, 35, 16, 7, 41, 61)))[1],
            # The test firm code is given at that onboarding stage; vendors that did not reach it have none.
            "kts_firm_code": (f"F{rng.randint(10_000, 99_999)}" if any(s[0] == "test_firm_code" for s in steps)
                              else None),
            "version": 1, "created_at": local_moment(applied, 10 * 60),
        }
        history = [(VendorStatus.APPLIED, applied, "KTS başvurusu alındı.", f"{names.SBYS_REGULATION} md. 6")]
        if active_on:
            history.append((VendorStatus.ACTIVE, active_on, "Denetimi tamamladı; KTS'de ilan edildi.",
                            f"{names.SBYS_REGULATION} md. 6"))
        later, warnings = _status_history(rng, cal, kind, active_on, today)
        history += later
        # The real-environment access code: given at its onboarding stage, closed 3 months after a deletion.
        code_on = next((on for stage, _outcome, on, _note in steps if stage == "real_environment_info"), None)
        deleted_on = next((on for status, on, _r, _b in history if status == VendorStatus.DELETED), None)
        vendor_row["access_code_issued_on"] = code_on
        vendor_row["access_code_closes_on"] = add_months(deleted_on, 3) if code_on and deleted_on else None
        out.add(T_VENDOR, vendor_row)
        for stage, outcome, on, note in steps:
            # the audit: each of its four tests a result of its own (kts.legal.AUDIT_TESTS)
            for test in (names.AUDIT_TESTS if stage == "audit" else (None,)):
                out.add(T_STEP, {"id": out.next_id(T_STEP), "vendor_id": vid, "stage": stage, "outcome": outcome,
                                 "done_on": on, "officer_id": staff.kts.id, "note": note, "audit_test": test})
        for status, on, reason, basis in history:
            # the demo's deletions come from the list rules: no ban on a new application (SBYS art. 8)
            out.add(T_STATUS, {"id": out.next_id(T_STATUS), "vendor_id": vid, "status": status.value,
                               "effective_on": on, "reason": reason, "legal_basis": basis,
                               "ground": "passive_list" if status == VendorStatus.DELETED else None,
                               "recorded_by_id": staff.kts.id, "recorded_at": office_moment(rng, on)})
        for w in warnings:
            wid = out.next_id(T_WARNING)
            out.add(T_WARNING, {"id": wid, "vendor_id": vid, "version": 1, **w})
            _audit_behind(out, staff, vid, wid, w)
        products = []
        brand = name.split()[0]
        for suffix in rng.sample(names.PRODUCT_SUFFIXES, 1 if kind == "applying" else rng.randint(1, 3)):
            pid = out.next_id(T_PRODUCT)
            registration += 1
            out.add(T_PRODUCT, {
                "id": pid, "vendor_id": vid, "name": f"{brand} {suffix}",
                "product_version": f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                "kts_registration_no": f"USBS-{active_on.year}-{registration:04d}" if active_on else None,
                "version": 1,
            })
            products.append(pid)
        events = [(s.value, on) for s, on, _, _ in history]
        vendors.append(VendorRef(vid, products, rng.paretovariate(1.3), events))
    return vendors


# --- facilities and professionals ----------------------------------------------------------------------------------

TYPE_WEIGHTS = (("ozel", 55), ("bakanliga_bagli", 25), ("kamu", 10), ("universite", 10))
PRIVATE_FORMS = (("company", 70), ("sole", 20), ("office", 10))  # A.Ş./Ltd., şahıs işletmesi, muayenehane
STAFF_SIZES = {True: ((1, 3), (2, 4), (3, 2), (4, 1)), False: ((2, 2), (3, 3), (4, 3), (5, 2), (6, 1))}


def _weighted(rng: random.Random, pairs: tuple[tuple, ...]):  # type: ignore[no-untyped-def]
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _facility_types(rng: random.Random, ref: Reference, count: int, reserve: int) -> list[str]:
    pairs = tuple(p for p in TYPE_WEIGHTS if p[0] in ref.facility_types)
    types = [_weighted(rng, pairs) for _ in range(count)]
    # Ex officio permits need Ministry facilities that never applied: make sure there are enough of them.
    if "bakanliga_bagli" in ref.facility_types:
        for i in range(count):
            if types.count("bakanliga_bagli") > reserve:
                break
            if types[i] == "ozel":
                types[i] = "bakanliga_bagli"
    return types


def _facility_name(rng: random.Random, ref: Reference, type_code: str, plate: int, district: str) -> str:
    p = ref.provinces[plate]
    d = p if district == "Merkez" else district
    if type_code == "bakanliga_bagli":
        return rng.choice(names.MINISTRY_PATTERNS).format(p=p, d=d, n=rng.randint(1, 25))
    if type_code == "kamu":
        return rng.choice(names.PUBLIC_PATTERNS).format(p=p, d=d)
    if type_code == "universite":
        uni = rng.choice(names.UNIVERSITIES.get(plate, (f"{p} Üniversitesi",)))
        return f"{uni} {rng.choice(names.UNIVERSITY_HOSPITAL_SUFFIXES)}"
    where = f"{d} " if rng.random() < 0.4 else ""
    return f"Özel {where}{rng.choice(names.PRIVATE_BRANDS)} {rng.choice(names.PRIVATE_KINDS)}"


def _professional(rng: random.Random, ref: Reference, out: BulkWriter, today: dt.date,
                  profession: str | None = None) -> tuple[int, str, str, str | None]:
    """Adds one professional; returns (id, tckn, full name, branch)."""
    profession = profession or _weighted(rng, names.PROFESSIONS)
    if profession == "uzman hekim":
        branch = rng.choice(sorted(ref.branches - names.NON_PHYSICIAN_BRANCHES))
    elif profession == "hekim":
        branch = "AILE" if rng.random() < 0.5 else None
    else:
        branch = names.PROFESSION_BRANCH[profession]
    if branch not in ref.branches:
        branch = None
    first, last = person_name(rng)
    tckn = unique_value(ref.taken["tckn"], lambda: make_tckn(rng))
    r = rng.random()  # a few licences expired, limited in time, or suspended (now or in the past)
    valid_until = (today - rng.randint(10, 300) * DAY if r < 0.03
                   else today + rng.randint(30, 900) * DAY if r < 0.08 else None)
    s = rng.random()
    suspended = ((today - rng.randint(5, 60) * DAY, today + rng.randint(10, 120) * DAY) if s < 0.02
                 else (today - rng.randint(200, 300) * DAY, today - rng.randint(100, 190) * DAY) if s < 0.03
                 else (None, None))
    pid = out.next_id(T_PRO)
    out.add(T_PRO, {
        "id": pid, "tckn": tckn, "first_name": first, "last_name": last, "name_fold": fold(f"{first} {last}"),
        "profession": profession, "branch_code": branch, "licence_no": str(rng.randint(10_000, 999_999)),
        "licence_valid_until": valid_until, "licence_suspended_from": suspended[0],
        "licence_suspended_until": suspended[1], "version": 1,
        "created_at": local_moment(today - rng.randint(400, 2500) * DAY, 11 * 60),
    })
    return pid, tckn, f"{first} {last}", branch


def _work_permit(rng: random.Random, out: BulkWriter, today: dt.date, professional: int, facility: int,
                 plate: int) -> int:
    wid = out.next_id(T_WORK)
    out.add(T_WORK, {
        "id": wid, "professional_id": professional, "facility_id": facility,
        "permit_no": f"ÇB-{plate:02d}-{rng.randint(100_000, 999_999)}",
        "valid_from": today - rng.randint(450, 3000) * DAY,
        "valid_until": today + rng.randint(30, 700) * DAY if rng.random() < 0.05 else None, "version": 1,
    })
    return wid


def build_facilities(rng: random.Random, ref: Reference, out: BulkWriter, count: int, reserve: int,
                     today: dt.date) -> list[FacilityRef]:
    """`count` facilities over all 81 provinces (one each first, then by population), with their staff."""
    plates = sorted(ref.provinces)
    weights = [names.PROVINCE_WEIGHTS.get(p, 100) for p in plates]
    chosen = plates[:count] + rng.choices(plates, weights=weights, k=max(0, count - len(plates)))
    rng.shuffle(chosen)
    types = _facility_types(rng, ref, count, reserve)
    facilities: list[FacilityRef] = []
    pool: dict[int, list[tuple[int, str | None]]] = {}  # professionals per province, for second jobs
    for plate, type_code in zip(chosen, types):
        facilities.append(_facility(rng, ref, out, plate, type_code, pool.setdefault(plate, []), today))
    return facilities


def _facility(rng: random.Random, ref: Reference, out: BulkWriter, plate: int, type_code: str,
              province_pros: list[tuple[int, str | None]], today: dt.date) -> FacilityRef:
    district, address = _address(rng, ref, plate)
    form = _weighted(rng, PRIVATE_FORMS) if type_code == "ozel" else "public"
    staff: list[tuple[int, str | None]] = []
    if form == "office":  # a physician's own practice: the facility is identified by the physician's TCKN
        pid, owner_tckn, owner, branch = _professional(rng, ref, out, today, "uzman hekim")
        staff.append((pid, branch))
        name, manager, manager_tckn = f"Uzm. Dr. {owner} Muayenehanesi", owner, owner_tckn
    else:
        name = _facility_name(rng, ref, type_code, plate, district)
        first, last = person_name(rng)
        manager, manager_tckn = f"{first} {last}", make_tckn(rng)
    tax_no = None if form == "office" else unique_value(ref.taken["vkn"], lambda: make_vkn(rng))
    slug = names.ascii_slug(name)
    domain = {"ozel": f"{slug[:30]}.com.tr", "universite": f"{slug[:30]}.edu.tr", "kamu": f"{slug[:30]}.bel.tr"}
    email = f"bilgi@{domain[type_code]}" if type_code in domain else f"{slug}@saglik.gov.tr"
    fid = out.next_id(T_FACILITY)
    out.add(T_FACILITY, {
        "id": fid, "ckys_code": unique_value(ref.taken["ckys"], lambda: str(rng.randint(100_000, 9_999_999))),
        "name": name, "name_fold": fold(name), "type_code": type_code, "province_id": plate, "district": district,
        "address": address, "tax_no": tax_no, "tckn": manager_tckn if form == "office" else None,
        "mersis_no": make_mersis(rng, tax_no) if form == "company" and tax_no else None,
        "manager_name": manager, "manager_tckn": manager_tckn,
        "phone": f"0 ({rng.choice(names.PHONE_CODES.get(plate, (str(rng.randint(222, 488)),)))}) "
                 f"{rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "email": email, "kep_address": f"{slug[:30]}@hs01.kep.tr",
        "main_licence_no": f"{plate:02d}/{rng.randint(100, 99_999)}", "version": 1,
        "created_at": local_moment(today - rng.randint(450, 3000) * DAY, 10 * 60),
    })
    if form != "office":
        size = _weighted(rng, STAFF_SIZES[type_code == "ozel"])
        while len(staff) < size:
            if province_pros and rng.random() < 0.1:  # a second job at another facility of the same province
                candidate = rng.choice(province_pros[-50:])
                if candidate not in staff:
                    staff.append(candidate)
                continue
            pid, _, _, branch = _professional(rng, ref, out, today)
            staff.append((pid, branch))
    province_pros.extend(staff)
    facility = FacilityRef(fid, plate, type_code, name, address)
    for pid, branch in staff:
        facility.staff.append((pid, _work_permit(rng, out, today, pid, fid, plate), branch))
    return facility
