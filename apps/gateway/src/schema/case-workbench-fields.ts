import { builder } from "../builder";
import { readCaseContacts, readCaseNotes } from "../services/case-notes";
import { CaseContact } from "./case-contact";
import { CaseNote } from "./case-note";

/** The officer's additions to a case: notes and the contact log (personal data, read audited). */
builder.prismaObjectFields("Case", (t) => ({
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
