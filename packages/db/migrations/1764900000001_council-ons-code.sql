-- Up Migration
-- A council's ONS code (e.g. E10000013, E06000001): the identifier the platform administrator onboards it by. One
-- council per code; councils made before onboarding (demo councils) may have none.
ALTER TABLE council ADD COLUMN ons_code text;
CREATE UNIQUE INDEX council_ons_code_key ON council (ons_code);

-- Down Migration
DROP INDEX council_ons_code_key;
ALTER TABLE council DROP COLUMN ons_code;
