-- SPDX-License-Identifier: MIT
-- Schema version 9: what each annotator is to label next, in order (lector-cli select --annotators, the app's Choose
-- What to Label Next). A queue is the selection's order (`position`), the strategy that picked each image and its
-- score; an image shared for overlap has one row per annotator. While an annotator has a queue, their "to do" is
-- the queue's images they have not marked done, in its order.
CREATE TABLE label_queue (
    id INTEGER PRIMARY KEY,
    annotator_id INTEGER NOT NULL REFERENCES annotators (id) ON DELETE CASCADE,
    image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    strategy TEXT NOT NULL,
    score REAL NOT NULL,
    assigned_by INTEGER REFERENCES annotators (id),
    assigned_at INTEGER NOT NULL,
    UNIQUE (annotator_id, image_id)
);
CREATE INDEX label_queue_by_position ON label_queue (annotator_id, position);
