-- SPDX-License-Identifier: MIT
-- Schema version 8: the history of inter-annotator agreement. Each computed agreement report can be kept as a
-- snapshot: when it was taken (ms since the epoch), by what (app or cli), under which IoU threshold and guideline
-- version (the number in force; 0 for none), over the edit log up to `last_entry`, and its alphas (NULL when
-- undefined). Its figures are the report's raw counts (PairFigures), so that every figure the report shows
-- (precision, recall, F1, mean IoU, same-text rate, CER) is derived from them as the report derives it, with no
-- recomputation: scope overall (all pairs pooled), pair (a, b), annotator (named in b, a empty: pooled over b's
-- pairs, oriented so that b's regions are the ones `regions_b` counts), slice (dimension, bin; pooled over pairs).
CREATE TABLE agreement_snapshots (
    id INTEGER PRIMARY KEY,
    taken_at INTEGER NOT NULL,
    source TEXT NOT NULL,
    iou_threshold REAL NOT NULL,
    guideline_version INTEGER NOT NULL,
    last_entry INTEGER NOT NULL,
    images INTEGER NOT NULL,
    units INTEGER NOT NULL,
    annotators TEXT NOT NULL,
    alpha_text REAL,
    alpha_geometry REAL
);
CREATE TABLE agreement_snapshot_figures (
    snapshot_id INTEGER NOT NULL REFERENCES agreement_snapshots (id) ON DELETE CASCADE,
    scope TEXT NOT NULL CHECK (scope IN ('overall', 'pair', 'annotator', 'slice')),
    a TEXT NOT NULL DEFAULT '',
    b TEXT NOT NULL DEFAULT '',
    dimension TEXT NOT NULL DEFAULT '',
    bin TEXT NOT NULL DEFAULT '',
    images INTEGER NOT NULL,
    regions_a INTEGER NOT NULL,
    regions_b INTEGER NOT NULL,
    matched INTEGER NOT NULL,
    matched_b INTEGER NOT NULL,
    iou_sum REAL NOT NULL,
    text_equal INTEGER NOT NULL,
    edit_distance INTEGER NOT NULL,
    length_a INTEGER NOT NULL,
    length_b INTEGER NOT NULL
);
CREATE INDEX agreement_snapshot_figures_by_snapshot ON agreement_snapshot_figures (snapshot_id);
