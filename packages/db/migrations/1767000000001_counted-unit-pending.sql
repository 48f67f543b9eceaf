-- Up Migration
-- Which cases' counted units a transaction made stale (issue 11): the invalidation trigger (migration 1766000000002)
-- now also notes each changed case here, so the rebuild before commit (@csc/db withCouncil) looks at those cases
-- only, instead of scanning every case of the council for missing units. Rows live only inside the transaction that
-- wrote them: the rebuild deletes them before it commits (a rolled-back transaction leaves none either).
CREATE TABLE counted_unit_pending (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  PRIMARY KEY (council_id, case_id)
);
ALTER TABLE counted_unit_pending ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON counted_unit_pending
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, DELETE ON counted_unit_pending TO csc_app;

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

-- Down Migration
CREATE OR REPLACE FUNCTION counted_unit_forget_changed() RETURNS trigger
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
DROP TABLE counted_unit_pending;
