"""Pure domain rules of the one-stop desk. Imports neither Qt nor SQLAlchemy."""
