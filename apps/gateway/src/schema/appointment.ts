import { builder } from "../builder";
import { AppointmentRoleEnum } from "./enums";

/** A Stage 2 Investigating Officer or Independent Person (SI 2006/1738 regs 2, 17), or a panel member. */
builder.prismaObject("Appointment", {
  description: "A Stage 2 Investigating Officer or Independent Person (SI 2006/1738 regs 2, 17), or a review panel member",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The appointment's id" }),
    role: t.expose("role", { type: AppointmentRoleEnum, description: "The role appointed" }),
    appointedOn: t.expose("appointedOn", { description: "The day of the appointment", type: "Date" }),
    endedOn: t.expose("endedOn", { description: "The day the appointment ended; null while it runs", type: "Date", nullable: true }),
    reviewerName: t.string({
      nullable: true,
      description: "The professional's name (not shown to analysts)",
      authScopes: { readPersonalData: true },
      select: { reviewer: { select: { name: true } } },
      resolve: (appointment) => appointment.reviewer?.name ?? null,
    }),
  }),
});
