"""Background sync with the central server: protocol, HTTP client, engine (no Qt)."""
