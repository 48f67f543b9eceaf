/** Hand-written result types for the operations in ./operations.ts (the gateway's schema.graphql is the contract). */
export interface Clock {
  clockId: string;
  label: string;
  /** Who the clock binds: the council's timescale, or the complainant's window to ask for the next stage. */
  owedBy?: "council" | "complainant";
  stage?: string | null;
  source?: string;
  startedOn?: string;
  dueOn: string;
  stoppedOn: string | null;
  workingDays: number;
  workingDaysElapsed: number;
  daysPaused?: number;
  met: boolean | null;
  overdue: boolean;
  band?: string | null;
}

export interface CaseSummary {
  id: string;
  reference: string;
  kind: string;
  procedure: string | null;
  receivedOn: string;
  status: string;
  currentStage: string | null;
  nextDueOn: string | null;
  madeByChild: boolean;
  suspended: boolean;
  version: number;
  team: { id: string; name: string } | null;
  officer: { id: string; displayName: string } | null;
  clocks: Clock[];
}

export interface CaseDetail extends CaseSummary {
  channel: string | null;
  complainantRelationship: string | null;
  advocacyOffered: boolean | null;
  advocacyTaken: boolean | null;
  advocacyProvider: string | null;
  acknowledgedOn: string | null;
  acknowledgementDueOn: string | null;
  acknowledgementMet: boolean | null;
  withdrawnOn: string | null;
  closedOn: string | null;
  notConsideredReason: string | null;
  /** Decisions not to consider, whole or in part, each with its ground's law or policy. */
  notConsideredDecisions?: Array<{
    on: string;
    reason: string;
    source: string;
    points: string[] | null;
    discretionExercised: boolean | null;
    decidedBy: string | null;
    localGround: string | null;
    localGroundLabel: string | null;
    endsCase: boolean;
  }>;
  /** What the rules engine allows now, each mutation with the stage it is for. */
  allowedActionDetails: Array<{ action: string; stage: string | null }>;
  flags: Array<{ code: string; message: string }>;
  stages: Array<{
    stage: string;
    startedOn: string;
    dueOn: string;
    respondedOn: string | null;
    outcome: string | null;
    met: boolean | null;
    band: string | null;
    extended: boolean;
    timescaleWorkingDays: number;
    workingDaysTaken: number | null;
    daysPaused: number;
    lateRequest: boolean;
  }>;
  points: Array<{
    id: string;
    pointRef: string;
    seq: number;
    theme: string;
    reasonCode: string | null;
    reasonLabel?: string | null;
    categoryCode: string | null;
    outcomes: Array<{ stage: string; outcome: string; localOutcome: string | null; outcomeLabel?: string | null }>;
  }>;
  learningActions: Array<{ id: string; summary: string; status: string; identifiedOn: string; dueOn: string | null; completedOn: string | null }>;
  reviewPanels: Array<{
    id: string;
    requestedOn: string;
    meetingDueOn: string | null;
    heldOn: string | null;
    reportDueOn: string | null;
    reportedOn: string | null;
    responseDueOn: string | null;
    councilRespondedOn: string | null;
    recommendations: Array<{ seq: number; summary: string; accepted: boolean | null }>;
  }>;
  lgscoReferrals: Array<{ id: string; referredOn: string | null; decidedOn: string | null; decision: string | null; remedies: string[] }>;
  appointments: Array<{ id: string; role: string; appointedOn: string }>;
  timeline: Array<{ seq: number; type: string; on: string; recordedAt: string; actorRole: string | null }>;
}

export interface Team {
  id: string;
  code: string;
  name: string;
  serviceArea: string;
  validFrom: string;
  validTo: string | null;
}

export interface CouncilConfig {
  id: string;
  name: string;
  settingsJson: string;
  teams: Team[];
}
