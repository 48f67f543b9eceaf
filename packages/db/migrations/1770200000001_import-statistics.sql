-- Up Migration
-- The import's foreign-key checks on a young database (issue 11 item 6: import at speed). Every row the import
-- stores under a case is checked against case_record (a point's outcomes against point_of_complaint, a referral's
-- remedies against lgsco_referral) by a query each connection plans once and keeps until the table's statistics
-- change. Once autovacuum has analysed a table while it was a few pages long, a connection plans that check as a
-- read of the whole table and goes on using it as the table grows: on a fresh database, a council that imported 100
-- records and then 10,000 stored them at 230 cases a second (41.6 s) instead of about 1,700, each batch slower than
-- the last, and its next import at 480; in src/import/import-batches.test.ts, 2,000 cases after 100 read case_record
-- 32 million rows. So insert_rows (migration 1769900000001, otherwise unchanged) now analyses each of those tables
-- right after inserting into it when it is at least ten pages long and has more than doubled since its statistics
-- were taken (a table never analysed is taken to be ten pages long, which plans the check by the index): inside the
-- import's transaction (ANALYZE counts its own uncommitted rows), so the next statement plans its checks by the
-- index. A table of millions of rows that an import adds thousands to is left alone (the test is its size on disk).
-- SECURITY DEFINER: ANALYZE needs the table's owner; only the three tables named here are analysed, whatever the
-- caller names. Returns whether it analysed the table.
CREATE FUNCTION analyze_if_outgrown(target text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  t regclass;
  pages bigint;
BEGIN
  IF target NOT IN ('case_record', 'point_of_complaint', 'lgsco_referral') THEN
    RETURN false;
  END IF;
  t := target::regclass;
  pages := pg_relation_size(t) / current_setting('block_size')::bigint;
  IF pages < 10 OR pages <= 2 * (SELECT c.relpages FROM pg_class c WHERE c.oid = t) THEN
    RETURN false;
  END IF;
  EXECUTE format('ANALYZE %I', target);
  RETURN true;
END;
$$;
REVOKE ALL ON FUNCTION analyze_if_outgrown(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION analyze_if_outgrown(text) TO csc_app;

CREATE OR REPLACE FUNCTION insert_rows(tables text[], columns text[], units_by_writer boolean, VARIADIC docs json[]) RETURNS bigint
LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  i integer;
  list text;
  inserted bigint := 0;
  n bigint;
BEGIN
  IF coalesce(array_length(tables, 1), 0) <> coalesce(array_length(columns, 1), 0)
     OR coalesce(array_length(tables, 1), 0) <> coalesce(array_length(docs, 1), 0) THEN
    RAISE EXCEPTION 'insert_rows: % tables, % column lists and % documents: one of each per table', array_length(tables, 1),
      array_length(columns, 1), array_length(docs, 1);
  END IF;
  IF units_by_writer THEN
    PERFORM set_config('csc.case_units_by_writer', 'on', true);
  END IF;
  FOR i IN 1 .. coalesce(array_length(tables, 1), 0) LOOP
    SELECT string_agg(format('%I', c), ', ') INTO list FROM unnest(string_to_array(columns[i], ',')) c;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM json_populate_recordset(NULL::%I, $1)', tables[i], list, list, tables[i])
      USING docs[i];
    GET DIAGNOSTICS n = ROW_COUNT;
    inserted := inserted + n;
    -- The rows after these are checked against them: by the index, however small the table was (above).
    PERFORM analyze_if_outgrown(tables[i]);
  END LOOP;
  IF units_by_writer THEN
    PERFORM set_config('csc.case_units_by_writer', 'off', true);
  END IF;
  RETURN inserted;
END;
$$;

-- Down Migration
CREATE OR REPLACE FUNCTION insert_rows(tables text[], columns text[], units_by_writer boolean, VARIADIC docs json[]) RETURNS bigint
LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  i integer;
  list text;
  inserted bigint := 0;
  n bigint;
BEGIN
  IF coalesce(array_length(tables, 1), 0) <> coalesce(array_length(columns, 1), 0)
     OR coalesce(array_length(tables, 1), 0) <> coalesce(array_length(docs, 1), 0) THEN
    RAISE EXCEPTION 'insert_rows: % tables, % column lists and % documents: one of each per table', array_length(tables, 1),
      array_length(columns, 1), array_length(docs, 1);
  END IF;
  IF units_by_writer THEN
    PERFORM set_config('csc.case_units_by_writer', 'on', true);
  END IF;
  FOR i IN 1 .. coalesce(array_length(tables, 1), 0) LOOP
    SELECT string_agg(format('%I', c), ', ') INTO list FROM unnest(string_to_array(columns[i], ',')) c;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM json_populate_recordset(NULL::%I, $1)', tables[i], list, list, tables[i])
      USING docs[i];
    GET DIAGNOSTICS n = ROW_COUNT;
    inserted := inserted + n;
  END LOOP;
  IF units_by_writer THEN
    PERFORM set_config('csc.case_units_by_writer', 'off', true);
  END IF;
  RETURN inserted;
END;
$$;
DROP FUNCTION analyze_if_outgrown(text);
