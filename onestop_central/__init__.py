"""Reference central server for onestop-desktop: FastAPI + SQLAlchemy.

SQLite by default, PostgreSQL by URL. Imports only onestop_desktop.domain and
onestop_desktop.sync.protocol from the desk package.
"""
