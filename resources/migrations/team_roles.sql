-- SPDX-License-Identifier: MIT
-- A server project's roles, enforced by PostgreSQL (lector-cli team-setup; ProjectStore::setUpTeamRoles): three
-- group roles per project, @annotator@, @reviewer@ and @lead@, and row-level security on what holds labels.
-- Each member logs in as their own database user, a member of one group; their annotator in the project has the
-- same name. Run again, it changes nothing. Placeholders: @annotator@, @reviewer@, @lead@ (role names, quoted).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@annotator_name@') THEN CREATE ROLE @annotator@ NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@reviewer_name@') THEN CREATE ROLE @reviewer@ NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@lead_name@') THEN CREATE ROLE @lead@ NOLOGIN; END IF;
END
$$;

-- The annotator the session is: the one named like its database user. (Tables named with their schema: a policy
-- runs in whatever search_path the session has.)
CREATE OR REPLACE FUNCTION lector_me() RETURNS BIGINT LANGUAGE sql STABLE AS
    $$ SELECT id FROM @schema@.annotators WHERE name = session_user $$;

-- An image is reviewed once a reviewer or lead has marked it done, or a conflict on it was settled: from then on
-- everyone's labels of it may be read. Before, an annotator sees only their own, so that agreement stays blind.
CREATE OR REPLACE FUNCTION lector_reviewed(image BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM @schema@.image_states s JOIN @schema@.annotators r ON r.id = s.annotator_id
                   WHERE s.image_id = image AND s.state = 2 AND r.role IN ('reviewer', 'lead'))
        OR EXISTS (SELECT 1 FROM @schema@.conflicts c WHERE c.image_id = image AND c.status <> 'open')
$$;

GRANT USAGE ON SCHEMA @schema@ TO @annotator@, @reviewer@, @lead@;
GRANT SELECT ON ALL TABLES IN SCHEMA @schema@ TO @annotator@, @reviewer@, @lead@;
GRANT EXECUTE ON FUNCTION lector_me(), lector_reviewed(BIGINT) TO @annotator@, @reviewer@, @lead@;
-- Annotators: their own labels, states, log entries, and themselves as an annotator.
GRANT INSERT, UPDATE, DELETE ON annotations, image_states TO @annotator@;
GRANT INSERT ON edit_log, annotators TO @annotator@;
-- Reviewers: everyone's labels, and the conflicts they settle.
GRANT INSERT, UPDATE, DELETE ON annotations, image_states, conflicts, suspect_decisions TO @reviewer@;
GRANT INSERT ON edit_log, annotators TO @reviewer@;
-- Leads: everything (guidelines, assignments, imports, runs, the dashboards' snapshots).
GRANT ALL ON ALL TABLES IN SCHEMA @schema@ TO @lead@;

ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
ALTER TABLE edit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE image_states ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotators ENABLE ROW LEVEL SECURITY;
ALTER TABLE label_queue ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS annotator_reads ON annotations;
DROP POLICY IF EXISTS annotator_writes ON annotations;
DROP POLICY IF EXISTS annotator_changes ON annotations;
DROP POLICY IF EXISTS annotator_removes ON annotations;
DROP POLICY IF EXISTS staff ON annotations;
CREATE POLICY annotator_reads ON annotations FOR SELECT TO @annotator@
    USING (annotator_id = lector_me() OR lector_reviewed(image_id));
CREATE POLICY annotator_writes ON annotations FOR INSERT TO @annotator@ WITH CHECK (annotator_id = lector_me());
CREATE POLICY annotator_changes ON annotations FOR UPDATE TO @annotator@
    USING (annotator_id = lector_me()) WITH CHECK (annotator_id = lector_me());
CREATE POLICY annotator_removes ON annotations FOR DELETE TO @annotator@ USING (annotator_id = lector_me());
CREATE POLICY staff ON annotations TO @reviewer@, @lead@ USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS annotator_reads ON edit_log;
DROP POLICY IF EXISTS annotator_writes ON edit_log;
DROP POLICY IF EXISTS staff ON edit_log;
CREATE POLICY annotator_reads ON edit_log FOR SELECT TO @annotator@
    USING (annotator_id = lector_me() OR (image_id IS NOT NULL AND lector_reviewed(image_id)));
CREATE POLICY annotator_writes ON edit_log FOR INSERT TO @annotator@ WITH CHECK (annotator_id = lector_me());
CREATE POLICY staff ON edit_log TO @reviewer@, @lead@ USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS everyone_reads ON image_states;
DROP POLICY IF EXISTS own_states ON image_states;
DROP POLICY IF EXISTS staff ON image_states;
CREATE POLICY everyone_reads ON image_states FOR SELECT TO @annotator@ USING (true);
CREATE POLICY own_states ON image_states FOR ALL TO @annotator@
    USING (annotator_id = lector_me()) WITH CHECK (annotator_id = lector_me());
CREATE POLICY staff ON image_states TO @reviewer@, @lead@ USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS everyone_reads ON annotators;
DROP POLICY IF EXISTS oneself ON annotators;
DROP POLICY IF EXISTS staff ON annotators;
CREATE POLICY everyone_reads ON annotators FOR SELECT TO @annotator@, @reviewer@ USING (true);
CREATE POLICY oneself ON annotators FOR INSERT TO @annotator@, @reviewer@
    WITH CHECK (name = session_user AND role = 'annotator');
CREATE POLICY staff ON annotators TO @lead@ USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS own_queue ON label_queue;
DROP POLICY IF EXISTS staff ON label_queue;
CREATE POLICY own_queue ON label_queue FOR SELECT TO @annotator@ USING (annotator_id = lector_me());
CREATE POLICY staff ON label_queue TO @reviewer@, @lead@ USING (true) WITH CHECK (true);
