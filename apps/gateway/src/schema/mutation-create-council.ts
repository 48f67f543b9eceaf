import { z } from "zod";
import { builder } from "../builder";
import { createCouncil } from "../services/create-council";
import { createCouncilInputSchema } from "../validation/case-inputs";

const CreateCouncilInput = builder.inputType("CreateCouncilInput", {
  fields: (t) => ({
    id: t.string({ description: "Lower-case letters, digits and hyphens, e.g. demo-east" }),
    name: t.string(),
  }),
});

builder.mutationField("createCouncil", (t) =>
  t.prismaField({
    type: "Council",
    description: "Create a council (platform administrator only)",
    authScopes: { platformAdmin: true },
    args: { input: t.arg({ type: CreateCouncilInput, required: true }) },
    validate: z.object({ input: createCouncilInputSchema }),
    resolve: (_query, _root, args, context) => createCouncil(context, args.input),
  }),
);
