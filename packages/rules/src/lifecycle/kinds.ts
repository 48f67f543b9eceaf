import type { FeedbackKind, Stage } from "../vocabulary/canonical";
import { LifecycleError } from "./errors";
import type { CaseEvent, CaseEventType } from "./events";
import { describe } from "./matching";

/**
 * Each kind of feedback has its own lifecycle. A complaint runs the whole of its procedure (SI 2006/1738 and the
 * others in ../procedures); every other kind is offered only what its handling has, e.g. a compliment is
 * received, acknowledged and closed; a councillor's or MP's enquiry is answered once (its reply is its single
 * Stage 1 response). Closing and reopening are open to every kind. The one place this is decided.
 */
interface KindLifecycle {
  /** The events the kind has besides receipt, closure and reopening. */
  events: ReadonlySet<CaseEventType>;
  /** The stages its stage events may name. */
  stages: ReadonlySet<Stage>;
  /** How an officer would say it. */
  words: string;
}

const ALWAYS: ReadonlySet<CaseEventType> = new Set(["received", "closed", "reopened", "letter_sent"]);
const NO_STAGES: ReadonlySet<Stage> = new Set();

export const KIND_LIFECYCLES: Readonly<Record<Exclude<FeedbackKind, "complaint">, KindLifecycle>> = {
  compliment: { events: new Set(["acknowledged"]), stages: NO_STAGES, words: "A compliment is received, acknowledged and closed" },
  comment: { events: new Set(["acknowledged"]), stages: NO_STAGES, words: "A comment is received, acknowledged and closed" },
  informal_resolution: {
    events: new Set(["acknowledged"]),
    stages: NO_STAGES,
    words: "A concern resolved informally, outside the complaints procedure, is received, acknowledged and closed",
  },
  signpost: { events: new Set(), stages: NO_STAGES, words: "Feedback signposted elsewhere is received and closed" },
  member_enquiry: {
    events: new Set(["acknowledged", "stage_started", "response_sent", "withdrawn"]),
    stages: new Set(["stage1"]),
    words: "A councillor's or MP's enquiry is received, acknowledged, answered once and closed",
  },
  lgsco_enquiry: {
    events: new Set(["lgsco_referred", "lgsco_decided"]),
    stages: NO_STAGES,
    words: "An Ombudsman's (LGSCO) enquiry is received, decided by the Ombudsman and closed",
  },
};

/** Whether `event` belongs to the lifecycle of feedback of `kind`. */
export function kindAllows(kind: FeedbackKind, event: Pick<CaseEvent, "type"> & { stage?: Stage; to?: Stage }): boolean {
  if (kind === "complaint" || ALWAYS.has(event.type)) return true;
  const lifecycle = KIND_LIFECYCLES[kind];
  if (!lifecycle.events.has(event.type)) return false;
  const stage = event.stage ?? event.to;
  return stage === undefined || lifecycle.stages.has(stage);
}

/** Throws a LifecycleError for the first event (in the order given) that is not in the kind's lifecycle. */
export function checkKindEvents(kind: FeedbackKind, events: readonly CaseEvent[]): void {
  events.forEach((event, index) => {
    if (kindAllows(kind, event as CaseEvent & { stage?: Stage })) return;
    const lifecycle = KIND_LIFECYCLES[kind as Exclude<FeedbackKind, "complaint">];
    throw new LifecycleError("not_for_kind", index, `${lifecycle.words}: it has no ${describe(event)}. Record it as a complaint if it is one.`);
  });
}
