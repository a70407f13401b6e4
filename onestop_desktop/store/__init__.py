"""Local persistence: SQLAlchemy models, engine set-up, migrations, repositories."""
