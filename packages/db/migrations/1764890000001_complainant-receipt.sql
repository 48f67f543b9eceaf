-- Up Migration
-- A receipt with its reference to someone who sent feedback through the public form (issue 14 item 3).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('clock_due_soon', 'clock_overdue', 'manager_digest', 'complainant_acknowledgement', 'complainant_receipt'));

-- Down Migration
DELETE FROM notification WHERE kind = 'complainant_receipt';
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('clock_due_soon', 'clock_overdue', 'manager_digest', 'complainant_acknowledgement'));
