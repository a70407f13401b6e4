"""Qt widgets only: windows, pages, table models, printing, background jobs."""
