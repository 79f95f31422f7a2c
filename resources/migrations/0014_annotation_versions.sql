-- SPDX-License-Identifier: MIT
-- Schema version 14: every label carries a version, one more with each change, so that an edit made to a label
-- another member changed since it was read is refused instead of writing over theirs (optimistic concurrency).
ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
