-- SPDX-License-Identifier: MIT
-- Schema version 12: each figure of an agreement snapshot keeps its place in the snapshot (line), which an SQLite
-- file gave by its rowid and a PostgreSQL server has no column for.
ALTER TABLE agreement_snapshot_figures ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
-- @sqlite-only
UPDATE agreement_snapshot_figures SET line = rowid;
-- @end
