-- SPDX-License-Identifier: MIT
-- Schema version 3: what a conflict is about and how it was settled. A conflict is one cluster of regions that
-- the annotators of an image disagree on; `kind` keeps the main kind, `kinds` all of them (comma-separated:
-- missing, geometry, text, flags), `annotation_ids` the cluster's members (JSON array), `consensus_id` the
-- consensus region built for it, the bounds where it lies (for crops), and the reviewer's resolution.

ALTER TABLE conflicts ADD COLUMN kinds TEXT NOT NULL DEFAULT '';
ALTER TABLE conflicts ADD COLUMN annotation_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conflicts ADD COLUMN consensus_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL;
ALTER TABLE conflicts ADD COLUMN x_min DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE conflicts ADD COLUMN y_min DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE conflicts ADD COLUMN x_max DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE conflicts ADD COLUMN y_max DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE conflicts ADD COLUMN resolution TEXT
    CHECK (resolution IN ('accepted_annotator', 'accepted_consensus', 'edited', 'guideline_gap'));
CREATE INDEX conflicts_by_status ON conflicts (status, severity);
