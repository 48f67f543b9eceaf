-- Up Migration
-- The public front door (issue 14 item 3): whether a council takes complaints, compliments and comments from the
-- public through its online form. On by default; a council administrator can close it (setPublicFeedbackOpen).
ALTER TABLE council ADD COLUMN accepts_public_feedback boolean NOT NULL DEFAULT true;

-- Down Migration
ALTER TABLE council DROP COLUMN accepts_public_feedback;
