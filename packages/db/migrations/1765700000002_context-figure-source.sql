-- Up Migration
-- Context figures entered by council administrators (issue 11): the number of children aged 0–17 (for rates per
-- 10,000 children, e.g. from ONS mid-year population estimates) beside contacts, referrals and the rest, each with
-- the source it was taken from, who entered it and when. Figures stored from a council's adapter keep a null
-- source and enterer.
ALTER TYPE context_measure ADD VALUE IF NOT EXISTS 'children_aged_0_17';
ALTER TABLE context_figure ADD COLUMN source text;
ALTER TABLE context_figure ADD COLUMN entered_by uuid;
ALTER TABLE context_figure ADD COLUMN entered_at timestamptz(3);

-- Down Migration
ALTER TABLE context_figure DROP COLUMN entered_at;
ALTER TABLE context_figure DROP COLUMN entered_by;
ALTER TABLE context_figure DROP COLUMN source;
-- PostgreSQL cannot drop an enum value: 'children_aged_0_17' stays in context_measure.
