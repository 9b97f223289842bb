"""The Qt desktop interface. It calls app.workflows only: no SQL, no models, no sessions here."""
