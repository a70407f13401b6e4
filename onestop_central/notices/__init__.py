"""Notices to citizens: queued when a dossier reaches a step they hear of (outbox.py),
worded in Vietnamese (templates.py), delivered through the province's providers
(providers.py) by a sender with retries (sender.py)."""
