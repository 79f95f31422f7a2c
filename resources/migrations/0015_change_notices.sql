-- SPDX-License-Identifier: MIT
-- Schema version 15: on a server every change to what the IDE shows is announced to the project's listeners
-- (LISTEN/NOTIFY on the channel "lector:<schema>"), so that other members' labels, settled conflicts, states,
-- assignments and guideline versions appear without reloading. The payload is the table and the image, never the
-- label itself: what a member may read is still up to the policies. PostgreSQL folds equal notices within one
-- transaction into one, so an import announces each image once. A project file has no listeners: nothing here.
-- @postgres-only
CREATE FUNCTION lector_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    image BIGINT := NULL;
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'image' THEN
        IF TG_OP = 'DELETE' THEN image := OLD.image_id; ELSE image := NEW.image_id; END IF;
    END IF;
    PERFORM pg_notify('lector:' || TG_TABLE_SCHEMA, TG_TABLE_NAME || ' ' || coalesce(image::text, ''));
    RETURN NULL;
END
$$;
CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON annotations
    FOR EACH ROW EXECUTE FUNCTION lector_notify_change('image');
CREATE TRIGGER conflicts_notify AFTER INSERT OR UPDATE OR DELETE ON conflicts
    FOR EACH ROW EXECUTE FUNCTION lector_notify_change('image');
CREATE TRIGGER image_states_notify AFTER INSERT OR UPDATE OR DELETE ON image_states
    FOR EACH ROW EXECUTE FUNCTION lector_notify_change('image');
CREATE TRIGGER label_queue_notify AFTER INSERT OR UPDATE OR DELETE ON label_queue
    FOR EACH ROW EXECUTE FUNCTION lector_notify_change('image');
CREATE TRIGGER guideline_versions_notify AFTER INSERT OR UPDATE OR DELETE ON guideline_versions
    FOR EACH STATEMENT EXECUTE FUNCTION lector_notify_change();
-- @end
