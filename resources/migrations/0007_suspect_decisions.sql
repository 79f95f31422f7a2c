-- SPDX-License-Identifier: MIT
-- Schema version 7: what a lead answered about the label-error finder's suspects. `suspect_key` is the suspect's
-- stable key (kind, image, and annotation or the place rounded to pixels); `decision` is fixed (the label was
-- changed: the fix's edit-log entries are in `entries`, JSON) or dismissed (not an error). The newest decision of a
-- key stands; an undo deletes it. The finder's precision so far is fixed / (fixed + dismissed) over the keys.
CREATE TABLE suspect_decisions (
    id INTEGER PRIMARY KEY,
    suspect_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    annotation_id INTEGER,
    decision TEXT NOT NULL CHECK (decision IN ('fixed', 'dismissed')),
    decided_by INTEGER REFERENCES annotators (id),
    decided_at INTEGER NOT NULL,
    fix_json TEXT,
    entries TEXT
);
CREATE INDEX suspect_decisions_by_key ON suspect_decisions (suspect_key, id);
