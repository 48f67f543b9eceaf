import { channelSchema, complainantRelationshipSchema, deriveCase, LifecycleError, reasonThemeSchema, dateFromIso } from "@csc/rules";
import type { CaseEventInput, DerivedCase } from "@csc/rules";
import { auditRole } from "../auth/viewer";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilTransaction } from "../db/client";
import { writeAudit } from "./audit";
import { checkEqualityAnswers } from "./check-equalities";
import { teamInForce } from "./team-in-force";
import { classifyLocalCode } from "./classify-feedback";
import { payloadOf } from "./case-history";
import { councilScope } from "./council-scope";
import { rulesRefusal } from "./procedure-settings";
import { loadRulesContext } from "./rules-context";
import type { RecordFeedbackInput } from "./inputs";
import { storeDerivedState } from "./store-derived-state";

const day = dateFromIso;

/** The next case reference of the council for the year received, e.g. 2026-0042 (serialised per council). */
async function nextReference(tx: CouncilTransaction, councilId: string, receivedOn: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"case-reference:" + councilId}))`;
  const year = receivedOn.slice(0, 4);
  const count = await tx.case.count({ where: { councilId, reference: { startsWith: `${year}-` } } });
  return `${year}-${String(count + 1).padStart(4, "0")}`;
}

/**
 * Records a new piece of feedback of any kind: the facts on the case, the person and free text apart
 * (personal data), its points of complaint, and the "received" event (plus the procedure decision when given),
 * checked and derived by the rules engine, in one transaction.
 */
export async function recordFeedback(context: GatewayContext, input: RecordFeedbackInput): Promise<string> {
  const { viewer, councilId } = councilScope(context);
  return recordFeedbackAs(context, { councilId, userId: viewer.userId, role: auditRole(viewer), action: "recordFeedback" }, input);
}

/** Who records the feedback: an officer of the council, or the public through the council's online form. */
interface FeedbackRecorder {
  councilId: string;
  /** The signed-in user; null for a member of the public. */
  userId: string | null;
  /** The role the events and the audit row carry ("public" for the online form). */
  role: string;
  /** The audit action. */
  action: "recordFeedback" | "submitPublicFeedback";
}

/**
 * The one path that creates a case (the officer's record path and the public form both come here). Answers the
 * new case's id; the reference is read back by the caller when it needs it.
 */
export async function recordFeedbackAs(
  context: GatewayContext,
  recorder: FeedbackRecorder,
  input: RecordFeedbackInput,
  /** The outcome the person seeks, in their words, when they gave it at intake (the public form asks for it). */
  outcomeSought?: string | null,
): Promise<string> {
  const { councilId, userId } = recorder;
  const events: CaseEventInput[] = [
    { type: "received", on: input.receivedOn, ...(input.groundsAroseOn ? { groundsAroseOn: input.groundsAroseOn } : {}) },
  ];
  if (input.procedure) events.push({ type: "procedure_decided", on: input.receivedOn, procedure: input.procedure });
  await checkEqualityAnswers(councilId, input, input.receivedOn);
  return withCouncil(context.root, councilId, async (tx) => {
    const rules = await loadRulesContext(tx, councilId, context.asOf);
    let derived: DerivedCase;
    try {
      derived = deriveCase(events, { ...rules, kind: input.kind });
    } catch (error) {
      // Grounds arising after receipt is the groundsAroseOn field's fault, not receivedOn's (issue 9 finding 9).
      const field = error instanceof LifecycleError && error.code === "grounds_after_receipt" ? "groundsAroseOn" : "receivedOn";
      throw rulesRefusal(error, ["input", field]) ?? error;
    }
    // A team of the council in force on the date received (./team-in-force.ts).
    const teamId = input.teamId ? (await teamInForce(tx, councilId, input.teamId, input.receivedOn)).id : null;
    const { receivedOn } = input;
    const channel = input.localChannel
      ? await classifyLocalCode(tx, councilId, "channel", input.localChannel, receivedOn, ["input", "localChannel"], {
          given: input.channel,
          field: ["input", "channel"],
        })
      : null;
    const complainantType = input.localComplainantType
      ? await classifyLocalCode(tx, councilId, "complainant_type", input.localComplainantType, receivedOn, ["input", "localComplainantType"], {
          given: input.complainantRelationship,
          field: ["input", "complainantRelationship"],
        })
      : null;
    const points = input.points ?? [];
    const reasons = [];
    for (const [index, point] of points.entries()) {
      reasons.push(
        point.localReason
          ? await classifyLocalCode(tx, councilId, "reason_taxonomy", point.localReason, receivedOn, ["input", "points", index, "localReason"], {
              given: point.reasonTheme,
              field: ["input", "points", index, "reasonTheme"],
            })
          : null,
      );
    }
    const created = await tx.case.create({
      data: {
        councilId,
        reference: await nextReference(tx, councilId, input.receivedOn),
        kind: input.kind,
        procedure: input.procedure ?? null,
        receivedOn: day(input.receivedOn),
        channel: channel ? channelSchema.parse(channel.canonical) : (input.channel ?? null),
        localChannel: channel?.code ?? null,
        channelEntryId: channel?.entryId ?? null,
        complainantRelationship: complainantType
          ? complainantRelationshipSchema.parse(complainantType.canonical)
          : (input.complainantRelationship ?? null),
        localComplainantType: complainantType?.code ?? null,
        complainantTypeEntryId: complainantType?.entryId ?? null,
        madeByChild: input.madeByChild,
        advocacyOffered: input.advocacyOffered ?? null,
        advocacyTaken: input.advocacyTaken ?? null,
        advocacyProvider: input.advocacyProvider ?? null,
        madeForChild: input.madeForChild ?? null,
        gender: input.gender ?? null,
        ethnicity: input.ethnicity ?? null,
        disability: input.disability ?? null,
        ageBand: input.ageBand ?? null,
        teamId,
        status: derived.status,
        version: 0,
      },
      select: { id: true },
    });
    const row = { councilId, id: created.id, kind: input.kind };
    await tx.caseEvent.createMany({
      data: events.map((event, index) => ({
        councilId,
        caseId: row.id,
        seq: index + 1,
        type: event.type,
        on: day(event.on),
        payload: payloadOf(event) as object,
        actorId: userId,
        actorRole: recorder.role,
      })),
    });
    await tx.caseNarrative.create({ data: { councilId, caseId: row.id, kind: "summary", text: input.summary, authorId: userId } });
    if (outcomeSought) {
      await tx.caseNarrative.create({ data: { councilId, caseId: row.id, kind: "outcome_sought", text: outcomeSought, authorId: userId } });
    }
    const complainant = input.complainant;
    if (complainant && (complainant.name || complainant.email || complainant.phone || complainant.address)) {
      await tx.casePerson.create({
        data: {
          councilId,
          caseId: row.id,
          role: "complainant",
          name: complainant.name ?? null,
          email: complainant.email ?? null,
          phone: complainant.phone ?? null,
          address: complainant.address ?? null,
        },
      });
    }
    const child = input.child;
    if (child && (child.name || child.dateOfBirth)) {
      await tx.casePerson.create({
        data: {
          councilId,
          caseId: row.id,
          role: "child",
          name: child.name ?? null,
          dateOfBirth: child.dateOfBirth ? day(child.dateOfBirth) : null,
        },
      });
    }
    for (const [index, point] of points.entries()) {
      const pointRef = String(index + 1);
      const reason = reasons[index] ?? null;
      await tx.pointOfComplaint.create({
        data: {
          councilId,
          caseId: row.id,
          pointRef,
          seq: index + 1,
          theme: reason ? reasonThemeSchema.parse(reason.canonical) : point.reasonTheme,
          // A top-level entry of the taxonomy is a category; any other is a reason under its parent category.
          categoryCode: reason ? (reason.parentCode ?? reason.code) : null,
          reasonCode: reason?.parentCode ? reason.code : null,
          reasonEntryId: reason?.entryId ?? null,
        },
      });
      await tx.caseNarrative.create({ data: { councilId, caseId: row.id, kind: "point", pointRef, text: point.summary, authorId: userId } });
    }
    if (teamId) {
      const team = await tx.team.findUniqueOrThrow({
        where: { councilId_id: { councilId, id: teamId } },
        select: { code: true, serviceArea: { select: { canonical: true } } },
      });
      await tx.caseTeam.create({ data: { councilId, caseId: row.id, teamId, teamCode: team.code, serviceArea: team.serviceArea.canonical } });
    }
    await storeDerivedState(tx, row, derived);
    await writeAudit(tx, context, {
      action: recorder.action,
      caseId: row.id,
      detail: { kind: input.kind, points: points.length },
      actor: { councilId, actorId: userId, actorRole: recorder.role },
    });
    return row.id;
  });
}
