import { builder } from "../builder";
import { readCaseContacts, readCaseNotes } from "../services/case-notes";
import { auditPersonalDataRead, readPersonalText } from "../services/read-personal-data";
import { councilScope } from "../services/council-scope";
import { CaseContact } from "./case-contact";
import { CaseNote } from "./case-note";
import { MAX_DOCUMENT_BYTES } from "../documents/check-document";

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

interface DocumentShape {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/** PERSONAL DATA. A document attached to a case; its bytes come from GET /documents/download?id=… (audited). */
export const CaseDocument = builder.objectRef<DocumentShape>("CaseDocument").implement({
  description: "A document attached to the case (officers and managers). Download it from GET /documents/download?id=<id> with your bearer token",
  authScopes: { readPersonalData: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The document's id" }),
    fileName: t.exposeString("fileName", { description: "The file's name as uploaded" }),
    mediaType: t.exposeString("mediaType", { description: "Its type, found from its content" }),
    sizeBytes: t.exposeInt("sizeBytes", { description: `Its size in bytes (at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB)` }),
    uploadedAt: t.field({ type: "DateTime", description: "When it was attached", resolve: (row) => row.uploadedAt }),
  }),
});

builder.prismaObjectFields("Case", (t) => ({
  documents: t.field({
    type: [CaseDocument],
    description: "Documents attached to the case, newest first (attach with POST /documents/upload). Personal data: each read is audited.",
    authScopes: { readPersonalData: true },
    resolve: async (row, _args, context) => {
      await auditPersonalDataRead(context, row.id);
      const { prisma, councilId } = councilScope(context);
      return prisma.caseDocument.findMany({
        where: { councilId, caseId: row.id },
        select: { id: true, fileName: true, mediaType: true, sizeBytes: true, uploadedAt: true },
        orderBy: { uploadedAt: "desc" },
      });
    },
  }),
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
