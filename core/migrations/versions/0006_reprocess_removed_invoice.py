"""reprocess items remember the invoice a failed re-read removed, so a resumed job can drop it
from the search index

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reprocess_items") as batch:
        batch.add_column(sa.Column("removed_invoice_id", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reprocess_items") as batch:
        batch.drop_column("removed_invoice_id")
