-- SPDX-License-Identifier: MIT
-- Schema version 2: each annotator's progress per image, and the conflicts that review works through.

CREATE TABLE image_states (
    image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators (id),
    state INTEGER NOT NULL CHECK (state IN (0, 1, 2)), -- 0 to do, 1 in progress, 2 done
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (image_id, annotator_id)
);
CREATE INDEX image_states_by_annotator ON image_states (annotator_id, state, image_id);

-- A place where annotators disagree on an image (filled by consensus, settled by reviewers).
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'guideline_gap')),
    severity DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    resolved_by INTEGER REFERENCES annotators (id),
    resolved_at BIGINT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conflicts_by_image ON conflicts (image_id, status);
