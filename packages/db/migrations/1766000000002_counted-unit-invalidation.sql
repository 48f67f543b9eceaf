-- Up Migration
-- A case's counted units never outlive a change to the rows they were counted from: any statement that updates or
-- deletes a case, or writes its stages, teams, points of complaint or LGSCO referrals, deletes the affected cases'
-- units (statement-level, from the transition tables: one DELETE per statement however many rows) and marks the
-- transaction (csc.counted_units_stale). The writer stores fresh units in the same transaction (@csc/db
-- storeCountedUnits / refreshCountedUnits), and @csc/db withCouncil rebuilds any still missing before it commits
-- (an edit that does not re-derive the case, e.g. a point of complaint added). SECURITY
-- DEFINER so every role that may write those tables (csc_app, csc_jobs) can clear the units without holding DELETE
-- on them; it deletes only the cases its statement touched.
CREATE FUNCTION counted_unit_forget_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_TABLE_NAME = 'case_record' THEN
    DELETE FROM counted_unit u USING changed c WHERE u.council_id = c.council_id AND u.case_id = c.id;
  ELSE
    DELETE FROM counted_unit u USING changed c WHERE u.council_id = c.council_id AND u.case_id = c.case_id;
  END IF;
  PERFORM set_config('csc.counted_units_stale', 'on', true);
  RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION counted_unit_forget_changed() FROM PUBLIC;

DO $$
DECLARE t text;
BEGIN
  EXECUTE 'CREATE TRIGGER counted_unit_forget_updated AFTER UPDATE ON case_record REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_forget_changed()';
  FOREACH t IN ARRAY ARRAY['case_stage', 'case_team', 'point_of_complaint', 'lgsco_referral'] LOOP
    EXECUTE format('CREATE TRIGGER counted_unit_forget_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_forget_changed()', t);
    EXECUTE format('CREATE TRIGGER counted_unit_forget_updated AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_forget_changed()', t);
    EXECUTE format('CREATE TRIGGER counted_unit_forget_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_forget_changed()', t);
  END LOOP;
END;
$$;

-- Down Migration
DO $$
DECLARE t text;
BEGIN
  DROP TRIGGER counted_unit_forget_updated ON case_record;
  FOREACH t IN ARRAY ARRAY['case_stage', 'case_team', 'point_of_complaint', 'lgsco_referral'] LOOP
    EXECUTE format('DROP TRIGGER counted_unit_forget_inserted ON %I', t);
    EXECUTE format('DROP TRIGGER counted_unit_forget_updated ON %I', t);
    EXECUTE format('DROP TRIGGER counted_unit_forget_deleted ON %I', t);
  END LOOP;
END;
$$;
DROP FUNCTION counted_unit_forget_changed();
