-- Up Migration
-- A writer that stores the counted units of the cases it inserts itself, in the same transaction (the import's
-- storeCases: each batch's rows, then storeCountedUnits of the same cases), says so with
-- `SET LOCAL csc.case_units_by_writer = 'on'` around those inserts and 'off' after. While it is on, the
-- invalidation trigger (migrations 1766000000002 and 1767000000001) skips INSERTs: the cases are new (no units to
-- forget) and their units follow in the same transaction, so noting them in counted_unit_pending only for
-- storeCountedUnits to delete the notes again was one DELETE and one INSERT per table per batch for nothing.
-- UPDATEs and DELETEs are never skipped. Transaction-local: it cannot outlive the transaction that set it.
CREATE OR REPLACE FUNCTION counted_unit_forget_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' AND current_setting('csc.case_units_by_writer', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'case_record' THEN
    DELETE FROM counted_unit u USING changed c WHERE u.council_id = c.council_id AND u.case_id = c.id;
    INSERT INTO counted_unit_pending (council_id, case_id) SELECT DISTINCT c.council_id, c.id FROM changed c ON CONFLICT DO NOTHING;
  ELSE
    DELETE FROM counted_unit u USING changed c WHERE u.council_id = c.council_id AND u.case_id = c.case_id;
    INSERT INTO counted_unit_pending (council_id, case_id) SELECT DISTINCT c.council_id, c.case_id FROM changed c ON CONFLICT DO NOTHING;
  END IF;
  PERFORM set_config('csc.counted_units_stale', 'on', true);
  RETURN NULL;
END;
$$;

-- Down Migration
CREATE OR REPLACE FUNCTION counted_unit_forget_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_TABLE_NAME = 'case_record' THEN
    DELETE FROM counted_unit u USING changed c WHERE u.council_id = c.council_id AND u.case_id = c.id;
    INSERT INTO counted_unit_pending (council_id, case_id) SELECT DISTINCT c.council_id, c.id FROM changed c ON CONFLICT DO NOTHING;
  ELSE
    DELETE FROM counted_unit u USING changed c WHERE u.council_id = c.council_id AND u.case_id = c.case_id;
    INSERT INTO counted_unit_pending (council_id, case_id) SELECT DISTINCT c.council_id, c.case_id FROM changed c ON CONFLICT DO NOTHING;
  END IF;
  PERFORM set_config('csc.counted_units_stale', 'on', true);
  RETURN NULL;
END;
$$;
