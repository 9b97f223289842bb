"""Demo data: repeatable, consistent with the workflow's states, valid identifiers, safe to run on a live database."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import re

import pytest
from sqlalchemy import func, select

from app.demo import data as demo_data
from app.demo.data import DemoCancelled, DemoDataRefused, generate
from app.models import (
    Application,
    AuditEntry,
    ChecklistAnswer,
    Completion,
    Ek1Criterion,
    Facility,
    Notification,
    NumberSequence,
    Permit,
    PermitRevision,
    Professional,
    ShgmDecision,
    StateTransition,
    User,
    Vendor,
)
from app.storage.audit import verify_chain
from app.storage.database import Target, sqlite_url
from app.workflows.admin.bootstrap import open_database
from app.workflows.common.clock import TR
from app.workflows.common.context import Actor
from app.workflows.common.deadlines import ClockEvent, clock_status
from app.workflows.common.states import AppState, next_state
from app.workflows.common.validation import mersis_error, tckn_error, vkn_error
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.common.application_view import checklist
from app.workflows.ism.review import answer_item, result_of

TODAY = dt.date(2026, 11, 18)  # a Wednesday: deadlines fall on today and the next two days
N = 200


@pytest.fixture
def demo(ctx):
    counts = generate(ctx, N, seed=11, today=TODAY)
    return ctx, counts


def _other_db(tmp_path, name: str):
    return open_database(target=Target(sqlite_url(tmp_path / name))).ctx


def _value(v):
    if isinstance(v, dt.datetime):
        return v.astimezone(dt.timezone.utc).isoformat()
    return v.isoformat() if isinstance(v, dt.date) else v


def _digest(ctx) -> str:
    queries = [
        select(Application.id, Application.number, Application.facility_id, Application.received_at,
               Application.received_on, Application.channel, Application.channel_ref, Application.vendor_id,
               Application.product_id, Application.ek1_version_id, Application.state).order_by(Application.id),
        select(StateTransition.application_id, StateTransition.event, StateTransition.at,
               StateTransition.actor_id).order_by(StateTransition.id),
        select(Notification.id, Notification.sayi, Notification.letter_date, Notification.sent_on,
               Notification.kind, Notification.body).order_by(Notification.id),
        select(Facility.id, Facility.name, Facility.tax_no, Facility.ckys_code).order_by(Facility.id),
        select(Professional.id, Professional.tckn, Professional.first_name, Professional.last_name)
        .order_by(Professional.id),
        select(PermitRevision.id, PermitRevision.verification_code, PermitRevision.issued_at)
        .order_by(PermitRevision.id),
    ]
    h = hashlib.sha256()
    with ctx.read() as s:
        for q in queries:
            for row in s.execute(q):
                h.update(repr(tuple(_value(v) for v in row)).encode())
    return h.hexdigest()


# --- repeatability -------------------------------------------------------------------------------------------------

def test_same_seed_and_day_give_identical_data(demo, tmp_path):
    ctx, counts = demo
    other = _other_db(tmp_path, "second.db")
    try:
        assert generate(other, N, seed=11, today=TODAY) == counts
        assert _digest(other) == _digest(ctx)
    finally:
        other.engine.dispose()


def test_different_seed_gives_different_data(demo, tmp_path):
    ctx, _ = demo
    other = _other_db(tmp_path, "other-seed.db")
    try:
        generate(other, N, seed=12, today=TODAY)
        assert _digest(other) != _digest(ctx)
    finally:
        other.engine.dispose()


# --- shape and consistency -----------------------------------------------------------------------------------------

def test_counts_and_spread(demo):
    ctx, counts = demo
    assert counts["applications"] == N
    assert counts["facilities"] == round(N * 0.6)
    assert 20 <= counts["vendors"] <= 30
    assert counts["users"] == 81 * 2 + 4
    with ctx.read() as s:
        assert s.scalar(select(func.count(func.distinct(Facility.province_id)))) == 81
        assert set(s.scalars(select(Facility.type_code).distinct())) == {"kamu", "ozel", "universite",
                                                                         "bakanliga_bagli"}
        received = list(s.scalars(select(Application.received_on)))
        assert min(received) >= TODAY - dt.timedelta(days=410) and max(received) <= TODAY
        names = " ".join(s.scalars(select(Professional.first_name + " " + Professional.last_name)))
        assert all(c in names for c in "ğüşıİöç")
        users = s.scalars(select(User).where(User.username.like("ism%"))).all()
        assert {(u.role, u.province_id) for u in users} == {
            (r.value, p) for r in (Role.ISM_OFFICER, Role.ISM_MANAGER) for p in range(1, 82)}
        # no password-less account: every demo account has the one documented demo password, and the database
        # is marked as demo (issue 13)
        from app.demo import DEMO_MARK, DEMO_PASSWORD
        from app.models import SystemSetting
        from app.workflows.admin.users import verify_password

        assert all(u.password_hash is not None for u in users)
        assert verify_password(users[0].password_hash, DEMO_PASSWORD)
        assert s.get(SystemSetting, DEMO_MARK) is not None


def test_every_state_occurs(demo):
    ctx, _ = demo
    with ctx.read() as s:
        assert set(s.scalars(select(Application.state).distinct())) == {st.value for st in AppState}


def test_identifiers_are_valid(demo):
    ctx, _ = demo
    with ctx.read() as s:
        tckns = list(s.scalars(select(Professional.tckn)))
        tckns += [t for t in s.scalars(select(Facility.tckn)) if t]
        tckns += [t for t in s.scalars(select(Facility.manager_tckn)) if t]
        vkns = list(s.scalars(select(Vendor.tax_no))) + [v for v in s.scalars(select(Facility.tax_no)) if v]
        mersis = [m for m in s.scalars(select(Facility.mersis_no)) if m] + list(s.scalars(select(Vendor.mersis_no)))
    assert tckns and vkns and mersis
    assert [t for t in tckns if tckn_error(t)] == []
    assert [v for v in vkns if vkn_error(v)] == []
    assert [m for m in mersis if mersis_error(m)] == []


def test_transitions_follow_the_state_machine(demo):
    ctx, _ = demo
    end_of_today = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(), tzinfo=TR)
    with ctx.read() as s:
        users = {u.id: u for u in s.scalars(select(User))}
        apps = {a.id: a for a in s.scalars(select(Application))}
        by_app = collections.defaultdict(list)
        for t in s.scalars(select(StateTransition).order_by(StateTransition.id)):
            by_app[t.application_id].append(t)
    assert set(by_app) == set(apps)
    for app_id, steps in by_app.items():
        app = apps[app_id]
        assert steps[0].event == "receive" and steps[0].from_state is None and steps[0].at == app.received_at
        for prev, cur in zip(steps, steps[1:]):
            assert cur.from_state == prev.to_state
            assert next_state(AppState(cur.from_state), cur.event) == AppState(cur.to_state)
            assert cur.at > prev.at
        assert steps[-1].to_state == app.state and app.version == len(steps)
        assert steps[-1].at < end_of_today
        for t in steps:
            actor = users[t.actor_id]
            if t.event in ("shgm_assign_areas", "shgm_reject", "record_ckys", "issue_permit"):
                assert actor.role in (Role.SHGM_REVIEWER.value, Role.SHGM_APPROVER.value)
            else:
                assert actor.role == Role.ISM_OFFICER.value and actor.province_id == app.province_id


def test_records_match_each_state(demo):
    ctx, _ = demo
    S = AppState
    with ctx.read() as s:
        apps = s.scalars(select(Application)).all()
        letters = collections.defaultdict(list)
        for n in s.scalars(select(Notification).order_by(Notification.sent_on, Notification.id)):
            letters[n.application_id].append(n)
        answers = collections.defaultdict(list)
        for a in s.scalars(select(ChecklistAnswer)):
            answers[a.application_id].append(a)
        criteria = collections.Counter(s.scalars(select(Ek1Criterion.ek1_version_id)))
        decisions = {d.application_id: d for d in s.scalars(select(ShgmDecision))}
        permits = {p.application_id: p for p in s.scalars(select(Permit))}
        for app in apps:
            state, kinds = AppState(app.state), [n.kind for n in letters[app.id]]
            given = [a.answer for a in answers[app.id]]
            assert len(given) == criteria[app.ek1_version_id]  # intake makes one row per item
            if state == S.RECEIVED:
                assert not kinds and not any(given)
            if state == S.UNDER_REVIEW and not kinds:
                assert any(given)  # the first answer is what started the examination
            if state == S.DEFICIENT:
                assert kinds[-1] == "eksik" and "eksik" in given
            if state in (S.SUITABLE_NOTIFIED, S.FORWARDED, S.SHGM_APPROVED, S.CKYS_RECORDED, S.PERMIT_ISSUED,
                         S.SHGM_REJECTED):
                assert kinds[-1] == "uygun"
                assert set(given) <= {"uygun", "uygulanmaz"}
            if state == S.REJECTED:
                assert kinds[-1] == "uygun_degil" and "uygun_degil" in given
                assert all(a.note for a in answers[app.id] if a.answer == "uygun_degil")
            decision = decisions.get(app.id)
            if state in (S.SHGM_APPROVED, S.CKYS_RECORDED, S.PERMIT_ISSUED):
                assert decision.outcome == "approved" and decision.areas
                assert (decision.ckys_recorded_at is None) == (state == S.SHGM_APPROVED)
                assert (decision.ckys_reference is None) == (state == S.SHGM_APPROVED)
            elif state == S.SHGM_REJECTED:
                assert decision.outcome == "rejected" and decision.reasons
            else:
                assert decision is None
            assert (app.id in permits) == (state == S.PERMIT_ISSUED)
            for n in letters[app.id]:
                assert app.received_on <= n.letter_date <= n.sent_on <= TODAY
            if state == S.PERMIT_ISSUED:
                areas = {(a.area_code, a.branch_code) for a in permits[app.id].revisions[0].areas}
                assert areas == {(a.area_code, a.branch_code) for a in decision.areas}


def test_deficiency_rounds_and_permits(demo):
    ctx, _ = demo
    with ctx.read() as s:
        completed = set(s.scalars(select(Completion.application_id)))
        deficient = set(s.scalars(select(Notification.application_id).where(Notification.kind == "eksik")))
        assert completed and completed <= deficient
        permits = s.scalars(select(Permit)).all()
        assert all(re.fullmatch(r"\d{2}-\d{4}-\d{5}", p.number) for p in permits)
        codes = [r.verification_code for p in permits for r in p.revisions]
        assert len(set(codes)) == len(codes) and all(re.fullmatch(r"[A-Z2-7]{12}", c) for c in codes)
        resen = [p for p in permits if p.ex_officio]
        assert resen and all(p.application_id is None and p.ex_officio_reason for p in resen)
        assert {s.get(Facility, p.facility_id).type_code for p in resen} == {"bakanliga_bagli"}
        for p in permits:
            assert p.events[0].kind == "issued"
            for old, new in zip(p.revisions, p.revisions[1:]):
                assert old.superseded_on == new.effective_from
            # the USBS producer the facility uses for USH (issue 15): the application's, on every revision; an
            # ex officio permit names the leading active producer of its issue day
            app = s.get(Application, p.application_id) if p.application_id else None
            expected = {(app.vendor_id, app.product_id)} if app else {(p.revisions[0].vendor_id,
                                                                       p.revisions[0].product_id)}
            assert {(r.vendor_id, r.product_id) for r in p.revisions} == expected
        assert all(p.revisions[0].vendor_id is not None for p in resen)
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{6}", n) for n in s.scalars(select(Application.number)))


def test_letters_are_numbered_like_the_workflow_numbers_them(demo):
    ctx, _ = demo
    with ctx.read() as s:
        reasons = set(s.scalars(select(StateTransition.reason).where(StateTransition.event.like("notify_%"))))
        letters = s.execute(select(Notification.sayi, Notification.sent_on, Notification.letter_date,
                                   Notification.province_id)).all()
    assert len(reasons) == len(letters)
    for sayi, sent_on, letter_date, plate in letters:
        assert re.fullmatch(rf"USH-{plate:02d}-{letter_date.year}-\d{{5}}", sayi)
        assert f"{sayi} sayılı yazı, {sent_on:%d.%m.%Y}" in reasons


def test_the_desk_carries_on_with_demo_applications(demo):
    ctx, _ = demo
    with ctx.read() as s:
        outcomes = {state: {result_of(checklist(s, a)).outcome
                            for a in s.scalars(select(Application.id).where(Application.state == state))}
                    for state in ("deficient", "rejected", "suitable_notified", "forwarded")}
        app = s.scalars(select(Application).where(Application.state == "received")).first()
        officer = s.scalars(select(User).where(User.role == Role.ISM_OFFICER.value,
                                               User.province_id == app.province_id)).one()
        first = checklist(s, app.id)[0]
    assert outcomes == {"deficient": {"deficient"}, "rejected": {"unsuitable"}, "suitable_notified": {"suitable"},
                        "forwarded": {"suitable"}}
    actor = Actor(officer.id, officer.username, officer.full_name, Role.ISM_OFFICER, officer.province_id)
    answer_item(ctx.as_user(actor), app.id, first.criterion_id, Answer.UYGUN)  # starts the examination
    with ctx.read() as s:
        assert s.get(Application, app.id).state == AppState.UNDER_REVIEW
        assert verify_chain(s)[0]


def test_clock_lights_vary_around_today(ctx):
    generate(ctx, 1000, seed=5, today=TODAY)
    lights = collections.Counter()
    with ctx.read() as s:
        events = collections.defaultdict(list)
        for n in s.scalars(select(Notification)):
            kind = "deficiency_notified" if n.kind == "eksik" else "notified"
            events[n.application_id].append(ClockEvent(kind, n.sent_on))
        for c in s.scalars(select(Completion)):
            events[c.application_id].append(ClockEvent("completed", c.completed_on))
        met = collections.Counter()
        for app in s.scalars(select(Application)):
            status = clock_status(app.received_on, events[app.id], TODAY)
            if app.state in (AppState.RECEIVED, AppState.UNDER_REVIEW):
                lights[status.light] += 1
            met.update(r.met for r in status.rounds if r.stopped_on)
    assert lights["overdue"] and lights["green"] and (lights["red"] or lights["amber"])
    assert met[True] > 4 * met[False] > 0  # mostly in time, sometimes late


def test_number_sequences_continue_after_demo_numbers(demo):
    ctx, _ = demo
    with ctx.read() as s:
        seqs = dict(s.execute(select(NumberSequence.key, NumberSequence.last_value)).all())
        highest = collections.Counter()
        for number, plate in s.execute(select(Application.number, Application.province_id)):
            year, _, seq = number.split("-")
            key = f"application:{plate}:{year}"
            highest[key] = max(highest[key], int(seq))
        for number in s.scalars(select(Permit.number)):
            plate, year, seq = number.split("-")
            key = f"permit:{int(plate)}:{year}"
            highest[key] = max(highest[key], int(seq))
        for sayi, plate, day in s.execute(select(Notification.sayi, Notification.province_id,
                                                 Notification.letter_date)):
            key = f"notification:{plate}:{day.year}"
            highest[key] = max(highest[key], int(sayi.rsplit("-", 1)[1]))
    assert seqs == dict(highest)


# --- safety on a live database -------------------------------------------------------------------------------------

def test_refuses_when_applications_exist(demo):
    ctx, counts = demo
    with pytest.raises(DemoDataRefused, match="zaten başvuru var"):
        generate(ctx, 10, seed=3, today=TODAY)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == N
        assert s.scalar(select(func.count()).select_from(Facility)) == counts["facilities"]


def test_orm_inserts_after_generation(demo):
    ctx, counts = demo
    with ctx.write() as s:
        f = Facility(ckys_code="DEMO-SONRASI", name="Özel Deneme Tıp Merkezi", name_fold="özel deneme tıp merkezi",
                     type_code="ozel", province_id=6, tax_no="0123456789")
        u = User(username="yeni.kullanici", full_name="Yeni Kullanıcı", role=Role.ISM_OFFICER.value, province_id=6)
        s.add_all([f, u])
        s.flush()
        assert f.id == counts["facilities"] + 1
        assert u.id == counts["users"] + 2  # the first administrator comes before the demo users


def test_one_audit_event_and_chain_verifies(demo):
    ctx, counts = demo
    with ctx.read() as s:
        assert verify_chain(s)[0]
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.action, last.table_name, last.row_id) == ("event", "demo_data", "11")
    assert last.after == {"applications": N, "seed": 11, "today": TODAY.isoformat(), "counts": counts}


def test_cancel_leaves_nothing_behind(ctx, monkeypatch):
    monkeypatch.setattr(demo_data, "CHUNK", 50)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= 3  # after the parties and the first chunk are written

    with ctx.read() as s:
        users_before = s.scalar(select(func.count()).select_from(User))
    with pytest.raises(DemoCancelled):
        generate(ctx, 120, seed=1, today=TODAY, cancel=cancel)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
        assert s.scalar(select(func.count()).select_from(Facility)) == 0
        assert s.scalar(select(func.count()).select_from(User)) == users_before
    generate(ctx, 20, seed=1, today=TODAY)  # and a later run still works


def test_progress_is_reported(ctx, monkeypatch):
    monkeypatch.setattr(demo_data, "CHUNK", 50)
    seen = []
    generate(ctx, 120, seed=2, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(50, 120), (100, 120), (120, 120)]


def test_tiny_demo(ctx):
    counts = generate(ctx, 5, seed=9, today=TODAY)
    assert counts["applications"] == 5 and counts["facilities"] == 20 and counts["permits"] >= 1
