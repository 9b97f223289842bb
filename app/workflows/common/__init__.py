"""Rules every desk shares: states and transitions, the 15-day clock, vocabulary, validation, permissions, the acting context."""
