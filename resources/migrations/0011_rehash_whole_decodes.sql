-- SPDX-License-Identifier: MIT
-- Schema version 11: an image decoded whole (PNG, TIFF, a small JPEG) is now hashed after a reduction by 2, 4 or 8,
-- as libjpeg reduces a JPEG, so its hashes differ from those version 6 stored. They are dropped, so that every
-- image is hashed again by one rule the next time duplicates are searched (marks in image_duplicates are kept).

DELETE FROM image_hashes;
