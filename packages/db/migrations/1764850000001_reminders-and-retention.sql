-- Up Migration
-- Reminders (issue 14 item 2) and retention of personal data (issue 14 item 4).

-- The council's reminder policy: how many working days before a clock's due date its allocated officer is warned
-- (local policy; default 3 working days) and whether managers get the daily digest.
CREATE TABLE council_notification_policy (
  council_id text NOT NULL REFERENCES council (id),
  warning_working_days integer NOT NULL DEFAULT 3 CHECK (warning_working_days >= 0 AND warning_working_days <= 20),
  digest_enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id)
);

-- A user's notification settings in one council (no row: every e-mail on).
CREATE TABLE user_notification_setting (
  council_id text NOT NULL REFERENCES council (id),
  user_id uuid NOT NULL REFERENCES app_user (id),
  due_soon boolean NOT NULL DEFAULT true,
  overdue boolean NOT NULL DEFAULT true,
  digest boolean NOT NULL DEFAULT true,
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, user_id)
);

-- Every e-mail the platform decided to send, once: dedupe_key names the clock state (case, clock, due date,
-- due_soon | overdue), the digest's day or the acknowledged case, so a reminder is sent once per clock state.
-- No personal data: ids, codes and dates; addresses are read when the message is sent.
CREATE TABLE notification (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('clock_due_soon', 'clock_overdue', 'manager_digest', 'complainant_acknowledgement')),
  dedupe_key text NOT NULL,
  user_id uuid,
  case_id uuid,
  clock_id text,
  due_on date,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  sent_at timestamptz(3),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, dedupe_key)
);
CREATE INDEX notification_council_id_case_id_idx ON notification (council_id, case_id);

-- The council's records-management policy for personal data after a case closes.
CREATE TABLE council_retention_policy (
  council_id text NOT NULL REFERENCES council (id),
  years_after_closure integer NOT NULL DEFAULT 6 CHECK (years_after_closure >= 1 AND years_after_closure <= 100),
  -- Keep a looked-after child's records until the child is this old (e.g. 25), when the council says so.
  looked_after_until_age integer CHECK (looked_after_until_age IS NULL OR (looked_after_until_age >= 18 AND looked_after_until_age <= 100)),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id)
);

-- A legal hold stops retention from erasing a case's personal data until it is released.
CREATE TABLE case_legal_hold (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  placed_at timestamptz(3) NOT NULL DEFAULT now(),
  placed_by uuid,
  released_at timestamptz(3),
  released_by uuid,
  PRIMARY KEY (council_id, case_id),
  FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id)
);

-- A case whose personal data retention erased: when, under which date, how many rows of each kind.
CREATE TABLE case_erasure (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  erased_at timestamptz(3) NOT NULL DEFAULT now(),
  retain_until date NOT NULL,
  counts jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (council_id, case_id),
  FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id)
);

ALTER TABLE council_notification_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_notification_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE council_retention_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_legal_hold ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_erasure ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON council_notification_policy
  USING (council_id = current_setting('app.council_id', true)) WITH CHECK (council_id = current_setting('app.council_id', true));
CREATE POLICY council_isolation ON user_notification_setting
  USING (council_id = current_setting('app.council_id', true)) WITH CHECK (council_id = current_setting('app.council_id', true));
CREATE POLICY council_isolation ON notification
  USING (council_id = current_setting('app.council_id', true)) WITH CHECK (council_id = current_setting('app.council_id', true));
CREATE POLICY council_isolation ON council_retention_policy
  USING (council_id = current_setting('app.council_id', true)) WITH CHECK (council_id = current_setting('app.council_id', true));
CREATE POLICY council_isolation ON case_legal_hold
  USING (council_id = current_setting('app.council_id', true)) WITH CHECK (council_id = current_setting('app.council_id', true));
CREATE POLICY council_isolation ON case_erasure
  USING (council_id = current_setting('app.council_id', true)) WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON council_notification_policy, user_notification_setting, notification,
  council_retention_policy, case_legal_hold, case_erasure TO csc_app;

-- Down Migration
DROP TABLE case_erasure;
DROP TABLE case_legal_hold;
DROP TABLE council_retention_policy;
DROP TABLE notification;
DROP TABLE user_notification_setting;
DROP TABLE council_notification_policy;
