-- SPDX-License-Identifier: MIT
-- Schema version 10: what each image looks like, for drift between batches (lector-cli drift, the app's Drift dock).
-- Measured once from a reduced grayscale decode (see lector/image/image_properties.h) and kept with the file's size
-- and modification time, so that a second report measures only new or changed files. Width and height stay in
-- `images`.
CREATE TABLE image_properties (
    image_id INTEGER PRIMARY KEY REFERENCES images (id) ON DELETE CASCADE,
    file_size BIGINT NOT NULL,
    file_mtime BIGINT NOT NULL,
    brightness DOUBLE PRECISION NOT NULL,
    contrast DOUBLE PRECISION NOT NULL,
    sharpness DOUBLE PRECISION NOT NULL,
    skew DOUBLE PRECISION NOT NULL,
    measured_at BIGINT NOT NULL
);
