"""No lost updates, whatever path a save takes: when the row a transaction updates was saved by someone else since
it was read, the database write is refused as a StaleRecord (a Turkish message) and nothing of the late save
lands — on both engines."""

from __future__ import annotations

import pytest

from app.models import Vendor
from app.textfold import fold
from app.workflows.errors import StaleRecord


def test_a_save_based_on_an_old_version_is_refused_and_the_first_save_is_kept(ctx):
    with ctx.write() as s:
        v = Vendor(name="Çağrı Yazılım A.Ş.", name_fold=fold("Çağrı Yazılım A.Ş."), tax_no="4840847211")
        s.add(v)
    with ctx.read() as s:
        opened_by_second_officer = s.get(Vendor, v.id)          # version 1, kept by a form
    with ctx.write() as s:
        s.get(Vendor, v.id).address = "Kızılay, Ankara"         # the first officer saves: version 2
    with pytest.raises(StaleRecord) as refused:
        with ctx.write() as s:
            s.add(opened_by_second_officer)
            opened_by_second_officer.address = "Şişli, İstanbul"
    assert "siz açtıktan sonra" in str(refused.value) and "kaydınız yapılmadı" in str(refused.value)
    with ctx.read() as s:
        kept = s.get(Vendor, v.id)
        assert (kept.address, kept.version) == ("Kızılay, Ankara", 2)
