-- SPDX-License-Identifier: MIT
-- Lector project store, schema version 1. Kept to the SQL that SQLite and PostgreSQL both speak; the only
-- dialect point is "INTEGER PRIMARY KEY", which the PostgreSQL backend maps to BIGINT GENERATED ALWAYS AS IDENTITY.
-- Times are Unix milliseconds (BIGINT). Geometry is the polygon as text "x1,y1,x2,y2,..." plus its bounding box,
-- so that spatial filters and slices run in SQL.

CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE annotators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('annotator', 'reviewer', 'lead')),
    created_at BIGINT NOT NULL
);

CREATE TABLE guideline_versions (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    markdown TEXT NOT NULL,
    changelog TEXT NOT NULL DEFAULT '',
    author_id INTEGER REFERENCES annotators (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    batch TEXT NOT NULL DEFAULT '',
    split TEXT NOT NULL DEFAULT '',
    added_at BIGINT NOT NULL
);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators (id),
    guideline_version INTEGER,
    points TEXT NOT NULL,
    x_min DOUBLE PRECISION NOT NULL,
    y_min DOUBLE PRECISION NOT NULL,
    x_max DOUBLE PRECISION NOT NULL,
    y_max DOUBLE PRECISION NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    flags INTEGER NOT NULL DEFAULT 0,
    script TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('manual', 'import', 'auto', 'consensus')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    seconds_spent DOUBLE PRECISION NOT NULL DEFAULT 0
);
CREATE INDEX annotations_by_image ON annotations (image_id, annotator_id);
CREATE INDEX annotations_by_annotator ON annotations (annotator_id);
-- Partial index so that "how many don't-care regions" is answered without scanning every row.
CREATE INDEX annotations_dont_care ON annotations (annotator_id) WHERE (flags & 2) <> 0;

CREATE TABLE model_runs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    model TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL
);

CREATE TABLE predictions (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES model_runs (id) ON DELETE CASCADE,
    image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    points TEXT NOT NULL,
    x_min DOUBLE PRECISION NOT NULL,
    y_min DOUBLE PRECISION NOT NULL,
    x_max DOUBLE PRECISION NOT NULL,
    y_max DOUBLE PRECISION NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    flags INTEGER NOT NULL DEFAULT 0,
    script TEXT NOT NULL DEFAULT '',
    confidence DOUBLE PRECISION
);
CREATE INDEX predictions_by_run_image ON predictions (run_id, image_id);

-- Append-only: who did what to which annotation, when, and how long it took. Imports log one entry per batch.
CREATE TABLE edit_log (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    annotator_id INTEGER REFERENCES annotators (id),
    action TEXT NOT NULL,
    annotation_id INTEGER,
    image_id INTEGER,
    before_json TEXT,
    after_json TEXT,
    seconds DOUBLE PRECISION NOT NULL DEFAULT 0
);
CREATE INDEX edit_log_by_annotator ON edit_log (annotator_id, at);
