"""review page: users, documents.review_version (optimistic locking of reviewers' saves),
corrections.op (set | delete), extraction_runs.blocks (the source view)

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=256), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_users_name"), "users", ["name"], unique=True)
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_version", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("extraction_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blocks", sa.JSON(), nullable=True))
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("op", sa.String(length=8), server_default="set", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("extraction_runs", schema=None) as batch_op:
        batch_op.drop_column("blocks")
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.drop_column("op")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("review_version")
    op.drop_index(op.f("ix_users_name"), table_name="users")
    op.drop_table("users")
