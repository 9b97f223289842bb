"""The yearly technical evaluation plan of one SBYS product (SBYS Yönetmeliği md. 20) as pure functions.

No database: `app.workflows.kts.competence` loads the facilities where the product serves and the evaluators,
and asks `propose_plan` for a plan or `plan_problems` why an officer's plan breaks the article. The readings
chosen where the text is open are in docs/kts-rules.md ("Teknik değerlendirme planı").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from app.workflows.common.errors import DomainError
from app.workflows.common.messages import joined, msg
from app.workflows.common.vendor_rules import add_months

ART20 = msg("KTS", "SBYS Yönetmeliği md. 20")
MIN_FACILITIES = 3          # 20: at least three facilities a year for each SBYS
MIN_SERVICE_MONTHS = 6      # 20: where the product has served for at least six months
# 20/4-ç: the evaluator may not work in the facility's province. The Genel Müdürlük's own staff work in Ankara
# (our reading; docs/decisions.md), so a central evaluator never evaluates a facility in Ankara.
CENTRAL_PROVINCE = 6


class PlanImpossible(DomainError):
    """No plan satisfies the article with these facilities and evaluators; `reasons` say why (translatable)."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(joined("\n", reasons))
        self.reasons = reasons


@dataclass(frozen=True)
class Site:
    """A facility where the product serves, since the first day it did."""

    facility_id: int
    province_id: int
    serving_since: dt.date
    name: str = ""


@dataclass(frozen=True)
class Evaluator:
    name: str
    province_id: int        # where the evaluator works


@dataclass(frozen=True)
class Planned:
    facility_id: int
    evaluator: Evaluator


def served_long_enough(site: Site, on: dt.date) -> bool:
    """Six calendar months of service by the evaluation day (the day the six months end counts)."""
    return add_months(site.serving_since, MIN_SERVICE_MONTHS) <= on


def eligible_sites(sites: list[Site], on: dt.date) -> list[Site]:
    """The facilities where an evaluation on `on` may take place, longest-serving first."""
    return sorted((s for s in sites if served_long_enough(s, on)),
                  key=lambda s: (s.serving_since, s.facility_id))


def required_counts(eligible: list[Site]) -> tuple[int, int]:
    """(facilities, distinct provinces) the plan must reach: three facilities, or all of them when fewer serve
    long enough; as many different provinces as the product serves in, up to the number of facilities."""
    facilities = min(MIN_FACILITIES, len(eligible))
    provinces = min(facilities, len({s.province_id for s in eligible}))
    return facilities, provinces


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def plan_problems(plan: list[Planned], sites: list[Site], on: dt.date) -> list[str]:
    """Why `plan` (evaluations on `on`) breaks art. 20; empty when it satisfies it."""
    by_id = {s.facility_id: s for s in sites}
    eligible = eligible_sites(sites, on)
    need_facilities, need_provinces = required_counts(eligible)
    problems: list[str] = []
    if not eligible:
        return [msg("KTS", "Ürünün {on} tarihinde en az {months} aydır hizmet verdiği tesis yok; teknik "
                    "değerlendirme planlanamaz ({article}).").format(on=_fmt(on), months=MIN_SERVICE_MONTHS,
                                                                   article=ART20)]
    counts = Counter(p.facility_id for p in plan)
    for facility_id, n in counts.items():
        if n > 1:
            problems.append(msg("KTS", "Aynı tesis planda {n} kez var (tesis #{facility}).").format(
                n=n, facility=facility_id))
    chosen: list[Site] = []
    for p in plan:
        site = by_id.get(p.facility_id)
        if site is None:
            problems.append(msg("KTS", "Ürün tesis #{facility}'de hizmet vermiyor.").format(facility=p.facility_id))
            continue
        label = site.name or msg("KTS", "tesis #{facility}").format(facility=site.facility_id)
        if not served_long_enough(site, on):
            problems.append(msg("KTS", "{site}: ürün burada {since} tarihinden beri hizmet veriyor; {on} tarihinde "
                                "{months} ay dolmamış.").format(site=label, since=_fmt(site.serving_since),
                                                                on=_fmt(on), months=MIN_SERVICE_MONTHS))
        if p.evaluator.province_id == site.province_id:
            problems.append(msg("KTS", "{site}: değerlendirici {evaluator} tesisin bulunduğu ilde görev yapıyor "
                                "(md. 20/4-ç).").format(site=label, evaluator=p.evaluator.name))
        if site not in chosen:
            chosen.append(site)
    if len(chosen) < need_facilities:
        problems.append(msg("KTS", "Planda {n} tesis var; en az {need} tesiste değerlendirme yapılmalı "
                            "({article}).").format(n=len(chosen), need=need_facilities, article=ART20))
    provinces = len({s.province_id for s in chosen})
    if provinces < need_provinces:
        problems.append(msg("KTS", "Planın tesisleri {n} ilde; ürün birden fazla ilde hizmet verdiği için "
                            "değerlendirmeler en az {need} farklı ilde yapılmalı ({article}).").format(
            n=provinces, need=need_provinces, article=ART20))
    return problems


def propose_plan(sites: list[Site], evaluators: list[Evaluator], on: dt.date) -> list[Planned]:
    """A plan that satisfies art. 20: the longest-serving facilities, one province after another so the
    provinces differ, each with the least-loaded evaluator who does not work in its province."""
    eligible = eligible_sites(sites, on)
    need, _ = required_counts(eligible)
    if not eligible:
        raise PlanImpossible(plan_problems([], sites, on))
    by_province: dict[int, list[Site]] = {}
    for s in eligible:
        by_province.setdefault(s.province_id, []).append(s)
    picked: list[Site] = []
    while len(picked) < need:
        for queue in by_province.values():   # provinces in the order of their longest-serving facility
            if queue and len(picked) < need:
                picked.append(queue.pop(0))
    load: Counter[Evaluator] = Counter()
    plan: list[Planned] = []
    missing: list[str] = []
    for site in picked:
        allowed = [e for e in evaluators if e.province_id != site.province_id]
        if not allowed:
            missing.append(msg("KTS", "{site}: tesisin ilinde görev yapmayan değerlendirici yok (md. 20/4-ç).").format(
                site=site.name or msg("KTS", "tesis #{facility}").format(facility=site.facility_id)))
            continue
        chosen = min(allowed, key=lambda e: (load[e], evaluators.index(e)))
        load[chosen] += 1
        plan.append(Planned(site.facility_id, chosen))
    if missing:
        raise PlanImpossible(missing)
    return plan
