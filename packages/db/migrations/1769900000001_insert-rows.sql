-- Up Migration
-- The import's store in one call a batch (issue 11 item 6): the gateway's bulk insert (apps/gateway
-- src/import/bulk-insert.ts) sent one INSERT … json_populate_recordset statement per table, eleven a batch of
-- cases, each sent only when Node's event loop turned between slices of the next batch's derivation, so
-- PostgreSQL waited on Node between statements (a 10,000-case import: PostgreSQL busy 3.5 s of 6–7 s). insert_rows
-- runs the same statements, in the order given (parents first), within one call: the caller sends a batch's rows
-- once and goes on deriving the next. Each statement is its own, so the foreign keys see the parents inserted before
-- (one statement of data-modifying CTEs would check every key against the snapshot before any of them).
-- `columns[i]` is table i's column list, comma-separated; table and column names are quoted (%I), and the rows are
-- table i's JSON array of objects keyed by column (json_populate_recordset: typed by the table itself, columns no row
-- mentions keep their defaults). `units_by_writer`: the rows are new cases whose counted units the caller stores
-- next in the same transaction, so the invalidation trigger leaves these INSERTs alone (csc.case_units_by_writer,
-- migration 1769100000001); it is set for these statements only. SECURITY INVOKER: the caller's grants and
-- row-level security apply to every row, as to its own INSERTs. The number of rows inserted.
CREATE FUNCTION insert_rows(tables text[], columns text[], units_by_writer boolean, VARIADIC docs json[]) RETURNS bigint
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
REVOKE ALL ON FUNCTION insert_rows(text[], text[], boolean, json[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION insert_rows(text[], text[], boolean, json[]) TO csc_app;

-- Down Migration
DROP FUNCTION insert_rows(text[], text[], boolean, json[]);
