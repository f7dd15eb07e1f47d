"""The web platform: a thin FastAPI shell over the core (pages and /api/v1)."""
