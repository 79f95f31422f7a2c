-- SPDX-License-Identifier: MIT
-- Schema version 4: what a guideline version is about, as slices of the data ("script:mixed", "height:<16"), a JSON
-- array of strings, so that the dashboard shows agreement before and after the version on those slices.

ALTER TABLE guideline_versions ADD COLUMN about TEXT NOT NULL DEFAULT '[]';
