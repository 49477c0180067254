"""reprocess jobs: the frozen selection of a bulk reprocess and its per-document index marks

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reprocess_jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("selection", sa.JSON(), nullable=False),
        sa.Column("run_watermark", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "reprocess_items",
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("indexed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["reprocess_jobs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id", "document_id"),
    )


def downgrade() -> None:
    op.drop_table("reprocess_items")
    op.drop_table("reprocess_jobs")
