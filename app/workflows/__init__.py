"""Domain rules and services. No Qt here: the UI calls these, and tests call them directly."""
