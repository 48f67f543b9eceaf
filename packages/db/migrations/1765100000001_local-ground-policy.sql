-- Up Migration
-- Issue 8 item 4: a council's own ground for not considering a complaint ("Reasons not considered" entries mapped to
-- `other`) names the local policy that gives it, so the case page, the audit and letters can cite it.
ALTER TABLE vocabulary_entry ADD COLUMN policy text;

-- Down Migration
ALTER TABLE vocabulary_entry DROP COLUMN policy;
