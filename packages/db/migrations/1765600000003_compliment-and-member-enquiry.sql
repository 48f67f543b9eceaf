-- Up Migration
-- Compliments recorded live: who was praised (a member of staff, a team or a service, as the compliment names
-- them) and what for, beside the existing cause code and publishable flag; the quote itself is personal data and
-- stays in case_narrative (kind 'quote'), printed only when publishable. Member (councillor or MP) enquiries
-- recorded live: when the council replied (responded_on and working_days_taken already exist).
ALTER TABLE compliment_detail
  ADD COLUMN praised text CHECK (praised IS NULL OR length(btrim(praised)) BETWEEN 1 AND 200),
  ADD COLUMN what_for text CHECK (what_for IS NULL OR length(btrim(what_for)) BETWEEN 1 AND 2000);

-- Down Migration
ALTER TABLE compliment_detail DROP COLUMN what_for, DROP COLUMN praised;
