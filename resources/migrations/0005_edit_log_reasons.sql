-- SPDX-License-Identifier: MIT
-- Schema version 5: the edit log says why a row changed. `reason` is edit (a person's edit), undo, redo, import,
-- engine (pre-labels promoted from a run, predictions accepted, re-read text) or settlement (a reviewer settling a
-- conflict); `undoes` names, for an undo or a redo, the entry it undoes or redoes. Figures read from the log (speed,
-- corrections, provenance) leave out work that was undone and never count an undo as work.

ALTER TABLE edit_log ADD COLUMN reason TEXT NOT NULL DEFAULT 'edit'
    CHECK (reason IN ('edit', 'undo', 'redo', 'import', 'engine', 'settlement'));
ALTER TABLE edit_log ADD COLUMN undoes INTEGER REFERENCES edit_log (id);
CREATE INDEX edit_log_by_annotation ON edit_log (annotation_id, id);

-- What older logs already tell: imports, and rows machines wrote. Dialect point: json_extract is SQLite's, and a
-- new PostgreSQL store has no older rows: db::postgresMigration leaves the block out.
-- @sqlite-only
UPDATE edit_log SET reason = 'import' WHERE action = 'import';
UPDATE edit_log SET reason = 'engine'
    WHERE action = 'add' AND json_extract(after_json, '$.source') IN ('auto', 'consensus');
UPDATE edit_log SET reason = 'engine'
    WHERE action = 'change' AND json_extract(after_json, '$.source') = 'auto'
    AND json_extract(before_json, '$.text') IS NOT json_extract(after_json, '$.text');
-- @end

-- Deleting a consensus (re-running it) looks its conflicts up by consensus region.
CREATE INDEX conflicts_by_consensus ON conflicts (consensus_id);
