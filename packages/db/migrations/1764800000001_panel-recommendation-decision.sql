-- Up Migration
-- SI 2006/1738 reg 20: the council, together with the Independent Person, considers the review panel's report and
-- decides on each recommendation (accepted, partly accepted, declined, with the reason).
ALTER TABLE panel_recommendation ADD COLUMN decision text CHECK (decision IN ('accepted', 'partly', 'declined'));
ALTER TABLE panel_recommendation ADD COLUMN decision_reason text;
ALTER TABLE review_panel ADD COLUMN decided_with_independent_person text;

-- Down Migration
ALTER TABLE review_panel DROP COLUMN decided_with_independent_person;
ALTER TABLE panel_recommendation DROP COLUMN decision_reason;
ALTER TABLE panel_recommendation DROP COLUMN decision;
