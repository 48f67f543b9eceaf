/** Example queries for analysts: the common questions, ready to run in GraphiQL. Counts only, no personal data. */
export const EXAMPLE_QUERIES: Array<{ title: string; query: string }> = [
  {
    title: "Open cases by stage",
    query: `# How many of your council's cases are at each stage now?
query OpenByStage {
  caseCounts(groupBy: CURRENT_STAGE) {
    key
    count
  }
}`,
  },
  {
    title: "Complaints made by children, by channel",
    query: `# Complaints made by a child or young person, by how they were made
query ChildrenByChannel {
  caseCounts(groupBy: CHANNEL, filter: { kind: COMPLAINT, madeByChild: true }) {
    key
    count
  }
}`,
  },
  {
    title: "Cases received this financial year, by status",
    query: `# Cases received since 1 April, by status
query ReceivedThisYear {
  caseCounts(groupBy: STATUS, filter: { receivedFrom: "2026-04-01" }) {
    key
    count
  }
}`,
  },
  {
    title: "Stage 2 responses by outcome, 2025/26",
    query: `# Stage 2 adjudications sent in the year, by outcome (small numbers withheld)
query Stage2Outcomes {
  statistics(metric: CASES_COMPLETED, stage: STAGE_2, groupBy: ["outcome"], financialYear: 2025) {
    value
    groups {
      key
      labels
      value
      suppressed
      missing
    }
  }
}`,
  },
  {
    title: "Councils compared: children's complaints, advocacy and the Ombudsman, 2025/26",
    query: `# Every council side by side (small numbers withheld; missing says why a figure is null)
query ChildrenAndOmbudsman {
  compareCouncils(financialYear: 2025, metrics: [CHILDREN_COMPLAINTS_SHARE, ADVOCACY_OFFERED_SHARE, LGSCO_REFERRALS]) {
    basis
    councils {
      name
      figures {
        metric
        value
        suppressed
        missing
      }
    }
  }
}`,
  },
  {
    title: "Who am I signed in as?",
    query: `query Me {
  me {
    councilId
    roles
    signedInWith
  }
}`,
  },
];
