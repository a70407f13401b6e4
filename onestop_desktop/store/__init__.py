"""Local persistence: SQLAlchemy models, engine set-up, migrations, repositories."""

# The store's file in the data directory (here, not in database.py: the window's launch
# asks whether it is there before SQLAlchemy is imported).
DB_FILENAME = "onestop.sqlite3"
