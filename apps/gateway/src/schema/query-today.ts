import { builder } from "../builder";

builder.queryField("today", (t) =>
  t.field({
    type: "Date",
    nullable: false,
    description:
      "The date in England (Europe/London) that the statutory clocks count to: forms default their dates to it and the gateway refuses dates after it",
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => context.asOf,
  }),
);
