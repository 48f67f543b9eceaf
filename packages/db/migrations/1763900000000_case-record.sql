-- Up Migration
-- The case record: platform tables, council-owned tables (council_id leads every key and index), canonical
-- vocabularies as enums (equal to @csc/rules), row-level security per council, and append-only audit_log and
-- case_event. schema.prisma describes the same database; src/drift/drift.test.ts fails when they disagree.

-- ------------------------------------------------------------------ canonical and platform enums
CREATE TYPE feedback_kind AS ENUM ('complaint', 'informal_resolution', 'comment', 'compliment', 'signpost', 'member_enquiry', 'lgsco_enquiry');
CREATE TYPE procedure AS ENUM ('childrens_statutory', 'corporate', 'adult_social_care', 'public_health');
CREATE TYPE stage AS ENUM ('stage1', 'stage2', 'stage3');
CREATE TYPE outcome AS ENUM ('upheld', 'partially_upheld', 'not_upheld', 'no_finding', 'withdrawn', 'discontinued', 'not_considered', 'resolved_on_receipt', 'no_response_recorded');
CREATE TYPE not_considered_reason AS ENUM ('court_proceedings', 'out_of_time', 'another_organisation', 'insufficient_evidence', 'no_sufficient_interest', 'police_investigation', 'withdrawn', 'other');
CREATE TYPE reason_theme AS ENUM ('communication', 'staff_attitude_conduct', 'decision_making', 'quality_of_service', 'delay', 'service_not_delivered', 'policy_not_followed', 'discrimination_unfair_treatment', 'confidentiality_data_protection', 'finance_payments', 'accuracy_of_information', 'contact_arrangements', 'other', 'not_recorded');
CREATE TYPE complainant_relationship AS ENUM ('child_or_young_person', 'care_leaver', 'parent', 'other_relative', 'foster_carer', 'special_guardian', 'kinship_carer', 'adopter', 'advocate', 'professional', 'councillor_or_mp', 'other', 'anonymous');
CREATE TYPE channel AS ENUM ('phone', 'email', 'letter', 'paper_form', 'web_form', 'in_person', 'text', 'app', 'via_advocate');
CREATE TYPE service_area_canonical AS ENUM ('front_door_assessment', 'safeguarding_child_protection', 'children_in_care', 'leaving_care', 'fostering', 'adoption', 'children_with_disabilities', 'early_help', 'residential', 'quality_assurance', 'youth_support', 'education_other', 'unassigned');
CREATE TYPE lgsco_decision AS ENUM ('upheld', 'not_upheld', 'closed_after_initial_enquiries', 'premature', 'advice_given', 'incomplete_invalid', 'out_of_jurisdiction', 'not_investigated');
CREATE TYPE lgsco_remedy AS ENUM ('apology', 'financial_remedy', 'service_improvement', 'procedure_change', 'other');
CREATE TYPE council_role AS ENUM ('complaints_officer', 'manager', 'analyst', 'council_admin', 'auditor');
CREATE TYPE vocabulary_kind AS ENUM ('reason_taxonomy', 'outcome', 'channel', 'complainant_type', 'feedback_kind', 'lgsco_decision', 'not_considered_reason');
CREATE TYPE appointment_role AS ENUM ('investigating_officer', 'independent_person', 'adjudicating_officer', 'panel_chair', 'panel_member');
CREATE TYPE learning_action_status AS ENUM ('open', 'completed', 'cancelled');
CREATE TYPE context_measure AS ENUM ('contacts', 'referrals', 'assessments', 'children_in_need', 'child_protection_plans', 'children_in_care');
CREATE TYPE person_role AS ENUM ('complainant', 'child', 'representative', 'advocate');

-- ------------------------------------------------------------------ tables

CREATE TABLE council (
  id text NOT NULL,
  name text NOT NULL,
  oidc_issuer text,
  oidc_audience text,
  oidc_jwks_uri text,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (id)
);

CREATE TABLE app_user (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  display_name text NOT NULL,
  password_hash text,
  oidc_issuer text,
  oidc_subject text,
  is_platform_admin boolean NOT NULL DEFAULT false,
  disabled_at timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (id),
  UNIQUE (email),
  UNIQUE (oidc_issuer, oidc_subject)
);

CREATE TABLE user_council_role (
  council_id text NOT NULL,
  user_id uuid NOT NULL,
  role council_role NOT NULL,
  granted_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, user_id, role)
);

CREATE TABLE service_area (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  label text NOT NULL,
  canonical service_area_canonical NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  predecessor_id uuid,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, code, valid_from)
);

CREATE TABLE team (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  service_area_id uuid NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  predecessor_id uuid,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, code, valid_from)
);

CREATE TABLE local_closure_day (
  council_id text NOT NULL,
  day date NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (council_id, day)
);

CREATE TABLE vocabulary_version (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind vocabulary_kind NOT NULL,
  version integer NOT NULL,
  effective_from date NOT NULL,
  effective_to date,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, kind, version)
);

CREATE TABLE vocabulary_entry (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  version_id uuid NOT NULL,
  code text NOT NULL,
  label text NOT NULL,
  parent_code text,
  canonical text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, version_id, code)
);

CREATE TABLE case_record (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  reference text NOT NULL,
  external_id text,
  kind feedback_kind NOT NULL,
  local_kind text,
  procedure procedure,
  received_on date NOT NULL,
  channel channel,
  local_channel text,
  complainant_relationship complainant_relationship,
  local_complainant_type text,
  made_by_child boolean NOT NULL DEFAULT false,
  made_for_child boolean,
  advocacy_offered boolean,
  advocacy_taken boolean,
  advocacy_provider text,
  gender text,
  ethnicity text,
  disability text,
  age_band text,
  local_dimensions jsonb NOT NULL DEFAULT '{}'::jsonb,
  kind_entry_id uuid,
  channel_entry_id uuid,
  complainant_type_entry_id uuid,
  team_id uuid,
  officer_id uuid,
  current_stage stage,
  status text NOT NULL,
  acknowledgement_due_on date,
  acknowledged_on date,
  acknowledgement_met boolean,
  not_considered_reason not_considered_reason,
  local_not_considered_reason text,
  not_considered_on date,
  suspended boolean NOT NULL DEFAULT false,
  next_due_on date,
  withdrawn_on date,
  closed_on date,
  flags jsonb NOT NULL DEFAULT '[]'::jsonb,
  derived_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, reference)
);
CREATE INDEX case_record_council_id_received_on_idx ON case_record (council_id, received_on);
CREATE INDEX case_record_council_id_status_next_due_on_idx ON case_record (council_id, status, next_due_on);
CREATE INDEX case_record_council_id_current_stage_idx ON case_record (council_id, current_stage);
CREATE INDEX case_record_council_id_team_id_idx ON case_record (council_id, team_id);
CREATE INDEX case_record_council_id_officer_id_idx ON case_record (council_id, officer_id);
CREATE INDEX case_record_council_id_kind_procedure_idx ON case_record (council_id, kind, procedure);

CREATE TABLE case_stage (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  stage stage NOT NULL,
  started_on date NOT NULL,
  timescale_working_days integer NOT NULL,
  due_on date NOT NULL,
  responded_on date,
  working_days_taken integer,
  days_paused integer NOT NULL DEFAULT 0,
  extended boolean NOT NULL DEFAULT false,
  met boolean,
  band text,
  outcome outcome,
  local_outcome text,
  late_request boolean NOT NULL DEFAULT false,
  PRIMARY KEY (council_id, case_id, stage)
);
CREATE INDEX case_stage_council_id_stage_responded_on_idx ON case_stage (council_id, stage, responded_on);

CREATE TABLE case_clock (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  clock_id text NOT NULL,
  stage stage,
  label text NOT NULL,
  source text NOT NULL,
  started_on date NOT NULL,
  working_days integer NOT NULL,
  due_on date NOT NULL,
  stopped_on date,
  working_days_elapsed integer NOT NULL,
  days_paused integer NOT NULL DEFAULT 0,
  met boolean,
  band text,
  PRIMARY KEY (council_id, case_id, clock_id)
);
CREATE INDEX case_clock_council_id_due_on_idx ON case_clock (council_id, due_on);

CREATE TABLE case_team (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  team_id uuid NOT NULL,
  team_code text NOT NULL,
  service_area service_area_canonical NOT NULL,
  PRIMARY KEY (council_id, case_id, team_id)
);
CREATE INDEX case_team_council_id_team_id_idx ON case_team (council_id, team_id);

CREATE TABLE point_of_complaint (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  point_ref text NOT NULL,
  seq integer NOT NULL,
  reason_entry_id uuid,
  category_code text,
  reason_code text,
  theme reason_theme NOT NULL,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, case_id, point_ref)
);
CREATE INDEX point_of_complaint_council_id_theme_idx ON point_of_complaint (council_id, theme);

CREATE TABLE point_outcome (
  council_id text NOT NULL,
  point_id uuid NOT NULL,
  stage stage NOT NULL,
  outcome outcome NOT NULL,
  local_outcome text,
  PRIMARY KEY (council_id, point_id, stage)
);

CREATE TABLE case_event (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  seq integer NOT NULL,
  type text NOT NULL,
  occurred_on date NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  actor_id uuid,
  actor_role text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, case_id, seq)
);
CREATE INDEX case_event_council_id_type_occurred_on_idx ON case_event (council_id, type, occurred_on);

CREATE TABLE case_person (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  role person_role NOT NULL,
  name text,
  email text,
  phone text,
  address text,
  date_of_birth date,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id)
);
CREATE INDEX case_person_council_id_case_id_idx ON case_person (council_id, case_id);

CREATE TABLE case_narrative (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  kind text NOT NULL,
  point_ref text,
  text text NOT NULL,
  author_id uuid,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id)
);
CREATE INDEX case_narrative_council_id_case_id_idx ON case_narrative (council_id, case_id);

CREATE TABLE independent_reviewer (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  organisation text,
  external boolean NOT NULL DEFAULT true,
  PRIMARY KEY (council_id, id)
);

CREATE TABLE appointment (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  role appointment_role NOT NULL,
  reviewer_id uuid,
  appointed_on date NOT NULL,
  ended_on date,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX appointment_council_id_case_id_idx ON appointment (council_id, case_id);

CREATE TABLE review_panel (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  requested_on date NOT NULL,
  meeting_due_on date,
  held_on date,
  report_due_on date,
  reported_on date,
  response_due_on date,
  council_responded_on date,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX review_panel_council_id_case_id_idx ON review_panel (council_id, case_id);

CREATE TABLE panel_recommendation (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  panel_id uuid NOT NULL,
  seq integer NOT NULL,
  summary text NOT NULL,
  accepted boolean,
  learning_action_id uuid,
  PRIMARY KEY (council_id, id),
  UNIQUE (council_id, panel_id, seq)
);

CREATE TABLE investigation_cost (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  stage stage NOT NULL,
  role appointment_role,
  incurred_on date NOT NULL,
  amount_pence integer NOT NULL,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX investigation_cost_council_id_incurred_on_idx ON investigation_cost (council_id, incurred_on);

CREATE TABLE lgsco_referral (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  lgsco_reference text,
  referred_on date,
  decided_on date,
  decision lgsco_decision,
  local_decision text,
  fault boolean,
  injustice boolean,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX lgsco_referral_council_id_case_id_idx ON lgsco_referral (council_id, case_id);
CREATE INDEX lgsco_referral_council_id_decided_on_idx ON lgsco_referral (council_id, decided_on);

CREATE TABLE lgsco_remedy_record (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL,
  remedy lgsco_remedy NOT NULL,
  amount_pence integer,
  due_on date,
  complied_on date,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX lgsco_remedy_record_council_id_referral_id_idx ON lgsco_remedy_record (council_id, referral_id);

CREATE TABLE learning_action (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid,
  team_id uuid,
  summary text NOT NULL,
  identified_on date NOT NULL,
  due_on date,
  completed_on date,
  status learning_action_status NOT NULL DEFAULT 'open',
  owner_id uuid,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX learning_action_council_id_status_due_on_idx ON learning_action (council_id, status, due_on);
CREATE INDEX learning_action_council_id_case_id_idx ON learning_action (council_id, case_id);

CREATE TABLE compliment_detail (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  cause_code text,
  publishable boolean NOT NULL DEFAULT false,
  PRIMARY KEY (council_id, case_id)
);

CREATE TABLE member_enquiry_detail (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  member_type text NOT NULL,
  response_due_on date,
  responded_on date,
  working_days_taken integer,
  PRIMARY KEY (council_id, case_id)
);

CREATE TABLE context_figure (
  council_id text NOT NULL,
  financial_year integer NOT NULL,
  measure context_measure NOT NULL,
  value integer NOT NULL,
  PRIMARY KEY (council_id, financial_year, measure)
);

CREATE TABLE audit_log (
  council_id text NOT NULL,
  id bigserial NOT NULL,
  at timestamptz(3) NOT NULL DEFAULT now(),
  actor_id uuid,
  actor_role text NOT NULL,
  action text NOT NULL,
  case_id uuid,
  request_id text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX audit_log_council_id_at_idx ON audit_log (council_id, at);
CREATE INDEX audit_log_council_id_case_id_idx ON audit_log (council_id, case_id);

-- ------------------------------------------------------------------ foreign keys (council-owned rows only point at rows of the same council)
ALTER TABLE user_council_role ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE user_council_role ADD FOREIGN KEY (user_id) REFERENCES app_user (id);
ALTER TABLE service_area ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE service_area ADD FOREIGN KEY (council_id, predecessor_id) REFERENCES service_area (council_id, id);
ALTER TABLE team ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE team ADD FOREIGN KEY (council_id, service_area_id) REFERENCES service_area (council_id, id);
ALTER TABLE team ADD FOREIGN KEY (council_id, predecessor_id) REFERENCES team (council_id, id);
ALTER TABLE local_closure_day ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE vocabulary_version ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE vocabulary_entry ADD FOREIGN KEY (council_id, version_id) REFERENCES vocabulary_version (council_id, id);
ALTER TABLE case_record ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE case_record ADD FOREIGN KEY (council_id, team_id) REFERENCES team (council_id, id);
ALTER TABLE case_record ADD FOREIGN KEY (officer_id) REFERENCES app_user (id);
ALTER TABLE case_stage ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE case_clock ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE case_team ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE case_team ADD FOREIGN KEY (council_id, team_id) REFERENCES team (council_id, id);
ALTER TABLE point_of_complaint ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE point_outcome ADD FOREIGN KEY (council_id, point_id) REFERENCES point_of_complaint (council_id, id);
ALTER TABLE case_event ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE case_person ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE case_narrative ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE independent_reviewer ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE appointment ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE appointment ADD FOREIGN KEY (council_id, reviewer_id) REFERENCES independent_reviewer (council_id, id);
ALTER TABLE review_panel ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE panel_recommendation ADD FOREIGN KEY (council_id, panel_id) REFERENCES review_panel (council_id, id);
ALTER TABLE panel_recommendation ADD FOREIGN KEY (council_id, learning_action_id) REFERENCES learning_action (council_id, id);
ALTER TABLE investigation_cost ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE lgsco_referral ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE lgsco_remedy_record ADD FOREIGN KEY (council_id, referral_id) REFERENCES lgsco_referral (council_id, id);
ALTER TABLE learning_action ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE learning_action ADD FOREIGN KEY (council_id, team_id) REFERENCES team (council_id, id);
ALTER TABLE compliment_detail ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE member_enquiry_detail ADD FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id);
ALTER TABLE context_figure ADD FOREIGN KEY (council_id) REFERENCES council (id);

-- ------------------------------------------------------------------ append-only tables
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON case_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- ------------------------------------------------------------------ the application role
-- The gateway connects as the owner and, inside withCouncil(), runs SET LOCAL ROLE csc_app and
-- set_config('app.council_id', ...): csc_app is neither superuser nor owner, so row-level security applies.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'csc_app') THEN
    CREATE ROLE csc_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
GRANT csc_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO csc_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO csc_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO csc_app;
-- Platform tables: read-only for the application role (the platform administrator works as the owner).
REVOKE INSERT, UPDATE, DELETE ON council, app_user FROM csc_app;
-- Append-only tables: no UPDATE or DELETE even before the trigger.
REVOKE UPDATE, DELETE ON audit_log, case_event FROM csc_app;
REVOKE ALL ON pgmigrations FROM csc_app;
-- Tables added by later migrations get the same grants; each must still enable row-level security
-- (src/drift/invariants.test.ts checks every table with council_id).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO csc_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO csc_app;

-- ------------------------------------------------------------------ row-level security
-- Each council sees its own rows only; without app.council_id nothing is visible.
ALTER TABLE council ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON council
  USING (id = current_setting('app.council_id', true));
-- Users are visible only to councils they hold a role in.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON app_user
  USING (EXISTS (
    SELECT 1 FROM user_council_role r
    WHERE r.user_id = app_user.id AND r.council_id = current_setting('app.council_id', true)
  ));

ALTER TABLE user_council_role ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON user_council_role
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE service_area ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON service_area
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE team ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON team
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE local_closure_day ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON local_closure_day
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE vocabulary_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON vocabulary_version
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE vocabulary_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON vocabulary_entry
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_record
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_stage ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_stage
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_clock ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_clock
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_team ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_team
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE point_of_complaint ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON point_of_complaint
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE point_outcome ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON point_outcome
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_event
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_person ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_person
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE case_narrative ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_narrative
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE independent_reviewer ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON independent_reviewer
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON appointment
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE review_panel ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON review_panel
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE panel_recommendation ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON panel_recommendation
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE investigation_cost ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON investigation_cost
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE lgsco_referral ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON lgsco_referral
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE lgsco_remedy_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON lgsco_remedy_record
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE learning_action ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON learning_action
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE compliment_detail ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON compliment_detail
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE member_enquiry_detail ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON member_enquiry_detail
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE context_figure ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON context_figure
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON audit_log
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));

-- Down Migration
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM csc_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM csc_app;
DROP TABLE IF EXISTS audit_log CASCADE;
DROP TABLE IF EXISTS context_figure CASCADE;
DROP TABLE IF EXISTS member_enquiry_detail CASCADE;
DROP TABLE IF EXISTS compliment_detail CASCADE;
DROP TABLE IF EXISTS learning_action CASCADE;
DROP TABLE IF EXISTS lgsco_remedy_record CASCADE;
DROP TABLE IF EXISTS lgsco_referral CASCADE;
DROP TABLE IF EXISTS investigation_cost CASCADE;
DROP TABLE IF EXISTS panel_recommendation CASCADE;
DROP TABLE IF EXISTS review_panel CASCADE;
DROP TABLE IF EXISTS appointment CASCADE;
DROP TABLE IF EXISTS independent_reviewer CASCADE;
DROP TABLE IF EXISTS case_narrative CASCADE;
DROP TABLE IF EXISTS case_person CASCADE;
DROP TABLE IF EXISTS case_event CASCADE;
DROP TABLE IF EXISTS point_outcome CASCADE;
DROP TABLE IF EXISTS point_of_complaint CASCADE;
DROP TABLE IF EXISTS case_team CASCADE;
DROP TABLE IF EXISTS case_clock CASCADE;
DROP TABLE IF EXISTS case_stage CASCADE;
DROP TABLE IF EXISTS case_record CASCADE;
DROP TABLE IF EXISTS vocabulary_entry CASCADE;
DROP TABLE IF EXISTS vocabulary_version CASCADE;
DROP TABLE IF EXISTS local_closure_day CASCADE;
DROP TABLE IF EXISTS team CASCADE;
DROP TABLE IF EXISTS service_area CASCADE;
DROP TABLE IF EXISTS user_council_role CASCADE;
DROP TABLE IF EXISTS app_user CASCADE;
DROP TABLE IF EXISTS council CASCADE;
DROP FUNCTION IF EXISTS refuse_change();
DROP TYPE IF EXISTS person_role;
DROP TYPE IF EXISTS context_measure;
DROP TYPE IF EXISTS learning_action_status;
DROP TYPE IF EXISTS appointment_role;
DROP TYPE IF EXISTS vocabulary_kind;
DROP TYPE IF EXISTS council_role;
DROP TYPE IF EXISTS lgsco_remedy;
DROP TYPE IF EXISTS lgsco_decision;
DROP TYPE IF EXISTS service_area_canonical;
DROP TYPE IF EXISTS channel;
DROP TYPE IF EXISTS complainant_relationship;
DROP TYPE IF EXISTS reason_theme;
DROP TYPE IF EXISTS not_considered_reason;
DROP TYPE IF EXISTS outcome;
DROP TYPE IF EXISTS stage;
DROP TYPE IF EXISTS procedure;
DROP TYPE IF EXISTS feedback_kind;
-- The role csc_app is cluster-wide and may serve other databases: it is left in place.
