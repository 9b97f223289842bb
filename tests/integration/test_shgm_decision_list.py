"""The SHGM decisions list is read in a few statements (not ~8 per decision) and says exactly what reading each
decision on its own says (`_decision_info`), in the same order."""

from __future__ import annotations

from sqlalchemy import event, select

from app.models import ShgmDecision
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from tests.support.demo import as_role, with_demo_data


def _one_by_one(ctx, include_done: bool) -> list[shgm.DecisionInfo]:
    with ctx.read() as s:
        stmt = select(ShgmDecision.id).where(ShgmDecision.outcome == "approved")
        ids = [d for d in s.scalars(stmt.order_by(ShgmDecision.decided_at.desc(), ShgmDecision.id.desc()))]
        infos = [shgm._decision_info(s, i) for i in ids]
    return infos if include_done else [i for i in infos if i.permit_id is None]


def test_the_decisions_list_equals_each_decision_read_alone_in_a_few_statements(ctx):
    reviewer = as_role(with_demo_data(ctx, 150, seed=5), Role.SHGM_REVIEWER)
    for include_done in (False, True):
        statements = []

        def count(*_args) -> None:
            statements.append(1)

        event.listen(ctx.engine, "before_cursor_execute", count)
        try:
            listed = shgm.decisions(reviewer, include_done=include_done)
        finally:
            event.remove(ctx.engine, "before_cursor_execute", count)
        expected = _one_by_one(reviewer, include_done)
        assert listed == expected
        assert len(listed) > 3 and any(d.areas for d in listed)
        assert any(d.permit_id for d in listed) == include_done
        assert len(statements) <= 10                     # not one set of statements per decision
