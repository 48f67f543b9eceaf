import { builder } from "../builder";

/** A Stage 2 Investigating Officer or Independent Person (SI 2006/1738 regs 2, 17), or a panel member. */
builder.prismaObject("Appointment", {
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    role: t.exposeString("role"),
    appointedOn: t.expose("appointedOn", { type: "Date" }),
    endedOn: t.expose("endedOn", { type: "Date", nullable: true }),
    reviewerName: t.string({
      nullable: true,
      description: "The professional's name (not shown to analysts)",
      authScopes: { readPersonalData: true },
      select: { reviewer: { select: { name: true } } },
      resolve: (appointment) => appointment.reviewer?.name ?? null,
    }),
  }),
});
