"""Alembic environment: runs detente's migrations on the connection it is given."""

from alembic import context

from detente.store.schema import metadata

connection = context.config.attributes.get("connection")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
