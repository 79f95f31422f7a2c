-- SPDX-License-Identifier: MIT
-- Schema version 6 is the duplicates' (branch dedup): this empty stand-in keeps the suspects branch's numbering
-- until the two merge, when the duplicates' 0006 replaces it.
SELECT 1;
