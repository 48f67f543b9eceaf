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
