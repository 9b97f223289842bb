"""Read-only figures for the Özet page and the desk overviews."""
