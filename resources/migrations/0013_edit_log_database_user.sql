-- SPDX-License-Identifier: MIT
-- Schema version 13: on a server every entry of the edit log names the database user whose session wrote it,
-- set by the server itself (a trigger, not the client), so that a change is attributed to who made it whatever
-- annotator id the client gave. A project file has no such users: the column stays empty there.
ALTER TABLE edit_log ADD COLUMN db_user TEXT;
-- @postgres-only
CREATE FUNCTION lector_edit_log_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER edit_log_database_user BEFORE INSERT OR UPDATE ON edit_log
    FOR EACH ROW EXECUTE FUNCTION lector_edit_log_user();
-- @end
