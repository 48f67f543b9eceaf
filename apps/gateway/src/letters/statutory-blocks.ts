import type { LetterKind } from "./kinds";
import { statutoryNumbers } from "./statutory-numbers";

/**
 * The statutory blocks: wording the regulations and the guidance require in a letter, supplied by the platform.
 * A council's template places each required block with its tag ({{block.advocacy}}) and cannot remove it.
 */
export const STATUTORY_BLOCK_IDS = [
  "advocacy",
  "whatHappensNext",
  "stage2Right",
  "termsOfResolution",
  "statementOfComplaint",
  "reviewPanelRight",
  "panelInvitation",
  "ombudsman",
  "notConsidered",
] as const;
export type StatutoryBlockId = (typeof STATUTORY_BLOCK_IDS)[number];

/** The facts of the case a block's wording depends on (no personal data). */
export interface BlockFacts {
  madeByChild: boolean;
  madeForChild: boolean;
  notConsideredReason: string | null;
  /** The points of complaint a decision in part leaves out (SI 2006/1738 reg 8); null: the whole complaint. */
  notConsideredPoints?: readonly string[] | null;
  stage1DueOn: string | null;
}

interface StatutoryBlock {
  id: StatutoryBlockId;
  /** What the block says, in a line, for the template editor. */
  description: string;
  /** The statute, regulation or guidance that requires it. */
  source: string;
  /** Its paragraphs for one case. */
  paragraphs(facts: BlockFacts): string[];
}

const LGSCO_CONTACT =
  "You can ask the Local Government and Social Care Ombudsman to look at your complaint. The Ombudsman is free and independent: www.lgo.org.uk, telephone 0300 061 0614.";

const NOT_CONSIDERED_GROUNDS: Record<string, string> = {
  court_proceedings: "considering it now could prejudice court proceedings about the same matter (SI 2006/1738 reg 8)",
  police_investigation: "considering it now could prejudice a police investigation or prosecution (SI 2006/1738 reg 8)",
  out_of_time:
    "it was made more than one year after the grounds for it arose, and it would not now be possible to consider it fairly (SI 2006/1738 reg 9)",
  another_organisation: "it is about a service another organisation is responsible for; we have told you who to contact",
  no_sufficient_interest:
    "the council does not consider the person making it to have sufficient interest in the child's welfare (Children Act 1989 s.26(3)(e))",
  insufficient_evidence: "there is not enough information for us to consider it; please contact us if you can tell us more",
  withdrawn: "you told us you wish to withdraw it",
  other: "of the reasons given in this letter",
};

/** The ground a complaint was not considered on, in words for the letter. */
export function notConsideredGround(reason: string | null): string {
  return reason ? (NOT_CONSIDERED_GROUNDS[reason] ?? NOT_CONSIDERED_GROUNDS.other!) : "";
}

export function statutoryBlocks(): Record<StatutoryBlockId, StatutoryBlock> {
  const n = statutoryNumbers();
  return {
    advocacy: {
      id: "advocacy",
      description: "The offer of an advocate to a child or young person",
      source: "Children Act 1989 s.26A",
      paragraphs: (f) =>
        f.madeByChild
          ? [
              "You have the right to an advocate. An advocate is someone who is on your side and independent of the people working with you. They can help you say what you want to say about your complaint, come to meetings with you and keep you informed. It is free. Tell us if you would like one and we will arrange it (Children Act 1989 s.26A).",
            ]
          : [
              `A child or young person who makes a complaint has the right to the help of an advocate, free of charge (Children Act 1989 s.26A).${f.madeForChild ? " If the child or young person this complaint is about would like an advocate, please tell us and we will arrange one." : " Please tell us if a child or young person would like one."}`,
            ],
    },
    whatHappensNext: {
      id: "whatHappensNext",
      description: "What happens next and when the Stage 1 response is due",
      source: n.stage1.source,
      paragraphs: (f) => [
        `What happens next: your complaint will be considered at Stage 1 (local resolution). You should receive a response within ${n.stage1.days} working days of our receiving it${f.stage1DueOn ? `, that is by ${f.stage1DueOn}` : ""}. If your complaint is complex we may agree with you to take longer, up to ${n.stage1.maxDays} working days in all (${n.stage1.source}).`,
      ],
    },
    stage2Right: {
      id: "stage2Right",
      description: "The right to ask for Stage 2 within the statutory time",
      source: n.stage2Request.source,
      paragraphs: () => [
        `If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 (an investigation). Please tell us within ${n.stage2Request.days} working days of receiving this letter (${n.stage2Request.source}).`,
      ],
    },
    termsOfResolution: {
      id: "termsOfResolution",
      description: "That the terms agreed resolve the complaint, and the right to go to Stage 2",
      source: "SI 2006/1738 reg 15",
      paragraphs: () => [
        `This letter records what we agreed to do to resolve your complaint (SI 2006/1738 reg 15). If you do not think it is resolved, you can still ask for it to be considered at Stage 2 within ${n.stage2Request.days} working days of receiving this letter (${n.stage2Request.source}).`,
      ],
    },
    statementOfComplaint: {
      id: "statementOfComplaint",
      description: "Agreeing the statement of complaint for the Stage 2 investigation",
      source: "SI 2006/1738 reg 16",
      paragraphs: () => [
        `Please check the statement of your complaint with this letter and tell us whether you agree it or what should change (SI 2006/1738 reg 16). The Stage 2 investigation considers the complaint as it is set out in the agreed statement. You should receive the council's response within ${n.stage2.days} working days of the statement being agreed, or at most ${n.stage2.maxDays} working days if the investigation needs longer (${n.stage2.source}).`,
      ],
    },
    reviewPanelRight: {
      id: "reviewPanelRight",
      description: "The reports sent with the adjudication and the right to a review panel",
      source: `SI 2006/1738 regs 17–18`,
      paragraphs: () => [
        "With this letter are the Investigating Officer's report, the Independent Person's report, and the Adjudicating Officer's decision on each point of your complaint and the action the council will take (SI 2006/1738 reg 17).",
        `If you are not satisfied, you can ask for your complaint to be considered by a review panel of three independent people. Please tell us within ${n.panelRequest.days} working days of receiving this letter (${n.panelRequest.source}).`,
      ],
    },
    panelInvitation: {
      id: "panelInvitation",
      description: "How the review panel works and its timescales",
      source: `${n.panel.source}; ${n.panelReport.source}`,
      paragraphs: () => [
        `The review panel is three people independent of the council. It must meet within ${n.panel.days} working days of your request (${n.panel.source}). You may attend, speak to the panel and bring someone to support you; an advocate can come with a child or young person. The panel sends its report within ${n.panelReport.days} working days of meeting (${n.panelReport.source}).`,
      ],
    },
    ombudsman: {
      id: "ombudsman",
      description: "The council's response to the panel and how to go to the Ombudsman",
      source: n.councilResponse.source,
      paragraphs: () => [
        `This is the council's response to the review panel's report, sent within ${n.councilResponse.days} working days of receiving it (${n.councilResponse.source}). It ends the council's complaints procedure.`,
        `If you are still not satisfied: ${LGSCO_CONTACT}`,
      ],
    },
    notConsidered: {
      id: "notConsidered",
      description: "The ground the complaint is not considered on, and the Ombudsman",
      source: "SI 2006/1738 regs 8–9",
      paragraphs: (f) => [
        f.notConsideredPoints && f.notConsideredPoints.length > 0
          ? `We are not able to consider ${f.notConsideredPoints.length === 1 ? "point" : "points"} ${f.notConsideredPoints.join(", ")} of your complaint under the children's social care complaints procedure because ${notConsideredGround(f.notConsideredReason) || "of the reasons given in this letter"}. We will respond to the other points of your complaint.`
          : `We are not able to consider your complaint under the children's social care complaints procedure because ${notConsideredGround(f.notConsideredReason) || "of the reasons given in this letter"}.`,
        `If you disagree with this decision: ${LGSCO_CONTACT}`,
      ],
    },
  };
}

/** The blocks each letter must keep. */
export const REQUIRED_BLOCKS: Record<LetterKind, ReadonlyArray<StatutoryBlockId>> = {
  acknowledgement: ["advocacy", "whatHappensNext"],
  stage1_response: ["stage2Right", "advocacy"],
  terms_of_resolution: ["termsOfResolution"],
  statement_of_complaint: ["statementOfComplaint", "advocacy"],
  adjudication: ["reviewPanelRight"],
  review_panel_invitation: ["panelInvitation"],
  panel_response: ["ombudsman"],
  not_considered: ["notConsidered"],
  compliment_thanks: [],
};
