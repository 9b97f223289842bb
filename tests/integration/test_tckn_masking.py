"""Data protection: a TC kimlik number is shown whole only to those who work on the record."""

from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from app.workflows.common.application_view import application_detail
from tests.support.ism import form, izmir_desk, officer, vendor


def test_the_izmir_officer_sees_the_number_and_the_auditor_sees_it_masked(ctx):
    desk = izmir_desk(ctx)
    v, p = vendor(desk)
    app_id = intake.receive(desk, form(v, p))
    mine = application_detail(desk, app_id)
    assert mine.professionals[0].tckn == "10000000146"
    auditor = ctx.as_user(officer(ctx, "denetci", Role.AUDITOR, None, "Şükrü Durmaz"))
    theirs = application_detail(auditor, app_id)
    assert theirs.professionals[0].tckn == "100******46"
