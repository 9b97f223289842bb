"""Demo data: a realistic, repeatable database for trying the desks (never part of the domain rules)."""
