"""Use cases: one transaction each, over the domain and the store."""
