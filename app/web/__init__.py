"""The public verification service (issue 16): FastAPI on uvicorn, Jinja2 pages without JavaScript, a JSON API.

Read-only on the domain tables (the verifier role on PostgreSQL, a read-only SQLite connection); every request
that verifies or queries is appended to the service log (`app.workflows.common.service_log`). `create_app` in
`app.web.app`; `ush-izin serve` runs it (app.cli.serve).
"""
