import { addWorkingDays, workingDaysBetween } from "../../calendar/calendar";
import type { IsoDate } from "../../dates/iso-date";
import type { Outcome, Stage } from "../../vocabulary/canonical";
import { type CaseFacts, type CaseFactsInput, type StageFacts, caseFactsSchema, stageFactsSchema } from "../case-facts";

/** Test helpers: CaseFacts with sensible defaults, validated by the real schema. */
let counter = 0;

export function caseFacts(overrides: Partial<CaseFactsInput> = {}): CaseFacts {
  counter += 1;
  return caseFactsSchema.parse({
    id: `case-${counter}`,
    councilId: "test-council",
    kind: "complaint",
    procedure: "childrens_statutory",
    receivedOn: "2021-05-04",
    channel: "email",
    localChannel: "EMAIL",
    complainantRelationship: "parent",
    localComplainantType: "PARENT",
    madeByChild: false,
    advocacy: { offered: null, taken: null, provider: null },
    teams: [],
    reasons: [],
    acknowledgement: { dueOn: null, acknowledgedOn: null, met: null },
    notConsidered: null,
    stages: [],
    withdrawnOn: null,
    closedOn: null,
    ...overrides,
  });
}

const TIMESCALES: Record<Stage, number> = { stage1: 10, stage2: 25, stage3: 30 };

interface StageOptions {
  readonly respondedOn?: IsoDate | null;
  readonly timescale?: number;
  readonly outcome?: Outcome | null;
  readonly localOutcome?: string | null;
  readonly lateRequest?: boolean;
  readonly daysPaused?: number;
}

/** A stage started on `startedOn`; taken, met and due derived with the real calendar. */
export function stage(name: Stage, startedOn: IsoDate, options: StageOptions = {}): StageFacts {
  const timescale = options.timescale ?? TIMESCALES[name];
  const respondedOn = options.respondedOn ?? null;
  const daysPaused = options.daysPaused ?? 0;
  const taken = respondedOn === null ? null : workingDaysBetween(startedOn, respondedOn) - daysPaused;
  return stageFactsSchema.parse({
    stage: name,
    startedOn,
    timescaleWorkingDays: timescale,
    dueOn: addWorkingDays(startedOn, timescale + daysPaused),
    respondedOn,
    workingDaysTaken: taken,
    daysPaused,
    extended: timescale > TIMESCALES[name],
    met: taken === null ? null : taken <= timescale,
    outcome: options.outcome ?? (respondedOn ? "not_upheld" : null),
    localOutcome: options.localOutcome ?? null,
    lateRequest: options.lateRequest ?? false,
  });
}
