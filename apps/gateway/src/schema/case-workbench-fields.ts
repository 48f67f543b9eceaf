import { builder } from "../builder";
import { readCaseContacts, readCaseNotes } from "../services/case-notes";
import { auditPersonalDataRead, readPersonalText } from "../services/read-personal-data";
import { councilScope } from "../services/council-scope";
import { CaseContact } from "./case-contact";
import { CaseNote } from "./case-note";

/** The officer's additions to a case: notes and the contact log (personal data, read audited). */
interface ChildShape {
  name: string | null;
  dateOfBirth: Date | null;
}

/** PERSONAL DATA. The child the feedback is about. Only officers and managers; reads are audited. */
const Child = builder.objectRef<ChildShape>("Child").implement({
  description: "The child or young person the feedback is about (personal data: officers and managers only; reads audited)",
  authScopes: { readPersonalData: true },
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true, description: "The child's name" }),
    dateOfBirth: t.field({
      type: "Date",
      nullable: true,
      description: "The child's date of birth",
      resolve: (row) => (row.dateOfBirth ? row.dateOfBirth.toISOString().slice(0, 10) : null),
    }),
  }),
});

builder.prismaObjectFields("Case", (t) => ({
  outcomeSought: t.string({
    nullable: true,
    description: "What the complainant wants to happen. Personal data: each read is audited.",
    authScopes: { readPersonalData: true },
    resolve: (row, _args, context) => readPersonalText(context, row.id, { kind: "outcome_sought" }),
  }),
  child: t.field({
    type: Child,
    nullable: true,
    description: "The child the feedback is about. Personal data: each read is audited.",
    authScopes: { readPersonalData: true },
    resolve: async (row, _args, context) => {
      await auditPersonalDataRead(context, row.id);
      const { prisma, councilId } = councilScope(context);
      return prisma.casePerson.findFirst({ where: { councilId, caseId: row.id, role: "child" }, orderBy: { createdAt: "asc" } });
    },
  }),
  notes: t.field({
    type: [CaseNote],
    description: "Notes officers added, newest first. Personal data: each read is audited.",
    authScopes: { readPersonalData: true },
    resolve: (row, _args, context) => readCaseNotes(context, row.id),
  }),
  contacts: t.field({
    type: [CaseContact],
    description: "The contact log (calls, emails, letters, meetings, visits), most recent first. Personal data: each read is audited.",
    authScopes: { readPersonalData: true },
    resolve: (row, _args, context) => readCaseContacts(context, row.id),
  }),
}));
