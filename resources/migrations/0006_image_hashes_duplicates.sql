-- SPDX-License-Identifier: MIT
-- Schema version 6: duplicate images. `image_hashes` keeps each image's perceptual hashes (64-bit, stored as signed
-- integers) with the file's size and modification time when hashed, so that a second run hashes only new or
-- changed files; `pixel_sha256` (the SHA-256 of the decoded pixels) is filled for the candidates of exact
-- duplicates only. `image_duplicates` marks an image as a duplicate of another: it leaves every export unless asked;
-- nothing is deleted from disk.

CREATE TABLE image_hashes (
    image_id INTEGER PRIMARY KEY REFERENCES images (id) ON DELETE CASCADE,
    file_size BIGINT NOT NULL,
    file_mtime BIGINT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    phash BIGINT NOT NULL,
    dhash BIGINT NOT NULL,
    rhash BIGINT NOT NULL,
    pixel_sha256 TEXT,
    hashed_at BIGINT NOT NULL
);

CREATE TABLE image_duplicates (
    image_id INTEGER PRIMARY KEY REFERENCES images (id) ON DELETE CASCADE,
    duplicate_of INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    marked_at BIGINT NOT NULL
);
CREATE INDEX image_duplicates_by_original ON image_duplicates (duplicate_of);
