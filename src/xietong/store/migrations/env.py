"""Alembic environment: migrations run on the connection xietong hands over."""

from alembic import context

from xietong.store.tables import metadata, on_backend

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  include_object=on_backend(connection.dialect.name))
with context.begin_transaction():
    context.run_migrations()
