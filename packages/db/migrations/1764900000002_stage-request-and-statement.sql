-- Up Migration
-- Issue 12 item 5: a council counts Stage 2 from the complainant's request or from the agreed statement of complaint
-- (SI 2006/1738 reg 17(2)). The derived stage keeps both: when the stage was requested (Stages 2 and 3, when it
-- differs from the clock's start) and whether Stage 2 is still waiting for its agreed statement.
ALTER TABLE case_stage ADD COLUMN requested_on date;
ALTER TABLE case_stage ADD COLUMN awaiting_statement boolean NOT NULL DEFAULT false;

-- Down Migration
ALTER TABLE case_stage DROP COLUMN awaiting_statement;
ALTER TABLE case_stage DROP COLUMN requested_on;
