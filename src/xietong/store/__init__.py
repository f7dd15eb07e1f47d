"""Storage: SQLAlchemy Core tables, Alembic migrations, opening a store by URL."""

from xietong.store.db import Store, open_store

__all__ = ["Store", "open_store"]
