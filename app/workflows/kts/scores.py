"""The Genel Yetkinlik Puanı arithmetic (SBYS Yönetmeliği md. 20) as pure functions over published reference data.

Teknik Değerlendirme Puanı: each evaluation scores the published criteria (points given / points possible, on a
0-100 scale); the product's year score is the mean of its evaluations. Personnel Kapasite Puanı: the band of the
published scale the declared staff count reaches. Genel Yetkinlik Puanı: their weighted average (weights a system
setting), raised by 5 % for an open-source or licence-free database (20/5) and 5 % for such an operating system
(20/6): the raises add up (+10 % when both) and apply to the weighted average, the result capped at 100
(docs/decisions.md). Scores are rounded half-up to two decimals, only at the end of each step.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.workflows.common.messages import joined, msg

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


class ScoreError(ValueError):
    """Points that do not fit the published criteria or scale; `args[0]` is the message (translatable)."""


@dataclass(frozen=True)
class Criterion:
    number: int
    title: str
    max_points: int


@dataclass(frozen=True)
class Band:
    """From `min_staff` qualified staff on, the personnel capacity score is `points` (0-100)."""

    min_staff: int
    points: int


@dataclass(frozen=True)
class Weights:
    technical: int = 70          # example values (the text gives none): a system setting
    personnel: int = 30
    open_source_raise: int = 5   # per cent, art. 20/5 and 20/6


def _round(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def criteria_from(items: list[dict[str, Any]]) -> list[Criterion]:
    return [Criterion(int(i["number"]), str(i["title"]), int(i["max_points"])) for i in items]


def bands_from(items: list[dict[str, Any]]) -> list[Band]:
    return sorted((Band(int(i["min_staff"]), int(i["points"])) for i in items), key=lambda b: b.min_staff)


def evaluation_score(criteria: list[Criterion], given: dict[str, Any]) -> Decimal:
    """One evaluation's score out of 100: every criterion scored, each between 0 and its maximum."""
    problems = []
    total = possible = 0
    for c in criteria:
        raw = given.get(str(c.number))
        if raw is None:
            problems.append(msg("KTS", "{number}. ölçüt ({title}) puanlanmamış.").format(number=c.number,
                                                                                       title=c.title))
            continue
        points = int(raw)
        if not 0 <= points <= c.max_points:
            problems.append(msg("KTS", "{number}. ölçüt ({title}): {points} puan verilemez; 0 ile {most} arasında "
                                "olmalı.").format(number=c.number, title=c.title, points=points, most=c.max_points))
        total += points
        possible += c.max_points
    unknown = sorted(set(given) - {str(c.number) for c in criteria})
    if unknown:
        problems.append(msg("KTS", "Yayımlanmış ölçütlerde olmayan madde: {items}.").format(items=", ".join(unknown)))
    if problems:
        raise ScoreError(joined("\n", problems))
    if possible == 0:
        raise ScoreError(msg("KTS", "Ölçütlerin toplam puanı sıfır; değerlendirme puanı hesaplanamaz."))
    return _round(Decimal(total) * HUNDRED / Decimal(possible))


def technical_score(evaluation_scores: list[Decimal]) -> Decimal | None:
    """The Teknik Değerlendirme Puanı of a product's year: the mean of its recorded evaluations (None: none yet)."""
    if not evaluation_scores:
        return None
    return _round(sum(evaluation_scores, Decimal(0)) / len(evaluation_scores))


def personnel_score(bands: list[Band], staff_count: int) -> Decimal:
    """The Personel Kapasite Puanı: the points of the highest band the staff count reaches (0 below the first)."""
    if staff_count < 0:
        raise ScoreError(msg("KTS", "Personel sayısı negatif olamaz."))
    points = 0
    for band in bands:
        if staff_count >= band.min_staff:
            points = band.points
    return Decimal(points)


def open_source_raise(weights: Weights, database_open: bool, os_open: bool) -> int:
    """The raise in per cent: 5 for an open-source or licence-free database, 5 for the operating system."""
    return weights.open_source_raise * (int(database_open) + int(os_open))


def general_score(weights: Weights, technical: Decimal, personnel: Decimal, database_open: bool = False,
                  os_open: bool = False) -> Decimal:
    """The Genel Yetkinlik Puanı: the weighted average, raised (the raises add up), at most 100."""
    total = weights.technical + weights.personnel
    if weights.technical < 0 or weights.personnel < 0 or total <= 0:
        raise ScoreError(msg("KTS", "Ağırlıklar negatif olamaz ve toplamları sıfırdan büyük olmalı."))
    base = (Decimal(weights.technical) * technical + Decimal(weights.personnel) * personnel) / Decimal(total)
    raised = base * (HUNDRED + open_source_raise(weights, database_open, os_open)) / HUNDRED
    return min(HUNDRED, _round(raised))
