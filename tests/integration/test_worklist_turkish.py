"""The worklist service sorts in Turkish alphabetical order and searches Turkish case-insensitively, on both
engines, with the sorting and paging done by the database (issue 7).

SQLite knows no Turkish: the facility sort goes through a rewritten folded name (collation.sqlite_turkish_key,
served by an index); PostgreSQL through the tr-TR ICU collation. The province sort ranks provinces in Turkish
order. These tests pin what an officer sees: Ç after C, I before İ, Ö after O, Ş after S, Ü after U, and
"istanbul" finding "İSTANBUL" but "ISPARTA" not finding "İSPARTA".
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from app.workflows.ism import worklist as ism_worklist
from app.workflows.ism.worklist import WorklistFilters
from tests.support.ism import TODAY, form, izmir_desk, officer, vendor

# In Turkish alphabetical order (C Ç … H I İ … O Ö … S Ş … U Ü … Z); in code-point order Ç, İ, Ö, Ş, Ü and
# the dotless ı would all come after Z.
TURKISH_ORDER = [
    "Cebeci Tıp Merkezi", "Çankaya Göz Merkezi", "Hisar Diş Kliniği", "Iğdır Sağlık Evi", "Ilgın Tıp Merkezi",
    "Işık Göğüs Merkezi", "İzmir Kalp Merkezi", "Oba Aile Sağlığı", "Öz Sağlık Polikliniği", "Sarıyer Tıp",
    "Şişli Tıp Merkezi", "Ulus Diş Merkezi", "Üsküdar Göz Merkezi", "Zeytinburnu Tıp",
]


def _receive(desk: AppContext, ids: tuple[int, int], name: str, ckys: str, day: dt.date) -> int:
    f = form(*ids, received=day, province_id=desk.actor.province_id or 35, ckys=ckys)
    assert f.new_facility is not None
    f.new_facility.name = name
    return intake.receive(desk, f)


@pytest.fixture
def turkish_desk(ctx: AppContext) -> AppContext:
    """İzmir's desk with one application per facility name, received in an order unrelated to the names."""
    desk = izmir_desk(ctx)
    ids = vendor(desk)
    for i, name in enumerate(reversed(TURKISH_ORDER[::2] + TURKISH_ORDER[1::2])):
        _receive(desk, ids, name, f"35-{i:04d}", TODAY - dt.timedelta(days=i % 4))
    return desk


def _names(desk: AppContext, filters: WorklistFilters, offset: int = 0, limit: int = 200) -> list[str]:
    return [r.facility_name for r in ism_worklist.worklist(desk, filters, offset, limit)[0]]


def test_facilities_sort_in_turkish_alphabetical_order_both_ways(turkish_desk):
    up = WorklistFilters(sort="facility", descending=False)
    assert _names(turkish_desk, up) == TURKISH_ORDER
    assert _names(turkish_desk, WorklistFilters(sort="facility", descending=True)) == TURKISH_ORDER[::-1]


def test_the_database_pages_in_turkish_order(turkish_desk):
    """Page two continues where page one stopped: the sort is done before the page is cut, not on the page."""
    up = WorklistFilters(sort="facility", descending=False)
    pages = [_names(turkish_desk, up, offset, 5) for offset in (0, 5, 10)]
    assert pages == [TURKISH_ORDER[0:5], TURKISH_ORDER[5:10], TURKISH_ORDER[10:]]
    rows, total = ism_worklist.worklist(turkish_desk, up, 5, 5)
    assert total == len(TURKISH_ORDER) and len(rows) == 5


def test_a_search_keeps_the_turkish_order(turkish_desk):
    """'merkez' is in seven of the names; they come back in Turkish order, and a capitalised search is the same."""
    expected = [n for n in TURKISH_ORDER if "Merkezi" in n]
    assert _names(turkish_desk, WorklistFilters(search="merkez", sort="facility", descending=False)) == expected
    assert _names(turkish_desk, WorklistFilters(search="MERKEZ", sort="facility", descending=False)) == expected


@pytest.fixture
def upper_case_desk(ctx: AppContext) -> AppContext:
    desk = izmir_desk(ctx)
    ids = vendor(desk)
    for i, name in enumerate(["İSTANBUL GÖZ MERKEZİ", "IĞDIR DEVLET HASTANESİ", "İSPARTA AİLE SAĞLIĞI",
                              "Isparta Işık Polikliniği", "Özel Işıklı Göğüs Tıp Merkezi"]):
        _receive(desk, ids, name, f"35-{i:04d}", TODAY)
    return desk


@pytest.mark.parametrize(("typed", "found"), [
    ("istanbul", ["İSTANBUL GÖZ MERKEZİ"]),
    ("İSTANBUL", ["İSTANBUL GÖZ MERKEZİ"]),
    ("ıĞdır", ["IĞDIR DEVLET HASTANESİ"]),
    ("IĞDIR", ["IĞDIR DEVLET HASTANESİ"]),
    ("ığdır devlet", ["IĞDIR DEVLET HASTANESİ"]),
    # I and İ are two letters: ISPARTA (dotless) finds only the name written with a dotless I
    ("ISPARTA", ["Isparta Işık Polikliniği"]),
    ("isparta", ["İSPARTA AİLE SAĞLIĞI"]),
    ("IŞIK", ["Isparta Işık Polikliniği", "Özel Işıklı Göğüs Tıp Merkezi"]),
    ("istanbul göz  merkezi", ["İSTANBUL GÖZ MERKEZİ"]),        # white space collapsed like the stored key
    ("ISTANBUL", []),
])
def test_the_search_is_turkish_case_insensitive(upper_case_desk, typed, found):
    filters = WorklistFilters(search=typed, sort="facility", descending=False)
    rows, total = ism_worklist.worklist(upper_case_desk, filters)
    assert [r.facility_name for r in rows] == found and total == len(found)


def test_provinces_sort_in_turkish_order_for_a_desk_that_sees_all(ctx):
    """SHGM sees every province; the province column sorts Ç after C, I before İ, Ş after S."""
    provinces = {6: "Ankara", 16: "Bursa", 17: "Çanakkale", 81: "Düzce", 76: "Iğdır", 32: "Isparta",
                 34: "İstanbul", 35: "İzmir", 42: "Konya", 63: "Şanlıurfa", 73: "Şırnak"}
    ids = vendor(izmir_desk(ctx))
    for n, pid in enumerate(sorted(provinces, reverse=True)):
        desk = AppContext(ctx.engine, ctx.target, officer(ctx, f"ism{pid}.test", Role.ISM_OFFICER, pid, "Memur"),
                          FixedClock.on(TODAY, hour=11))
        _receive(desk, ids, f"Tesis {n}", f"{pid:02d}-{n:04d}", TODAY)
    shgm = AppContext(ctx.engine, ctx.target, officer(ctx, "shgm.uzman", Role.SHGM_REVIEWER, None, "Uzman"),
                      FixedClock.on(TODAY, hour=11))
    expected = ["Ankara", "Bursa", "Çanakkale", "Düzce", "Iğdır", "Isparta", "İstanbul", "İzmir", "Konya",
                "Şanlıurfa", "Şırnak"]
    up = [r.province_name for r in ism_worklist.worklist(shgm, WorklistFilters(sort="province", descending=False))[0]]
    down = [r.province_name for r in ism_worklist.worklist(shgm, WorklistFilters(sort="province", descending=True))[0]]
    assert up == expected and down == expected[::-1]
