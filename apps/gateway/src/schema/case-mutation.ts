import type { InputObjectRef } from "@pothos/core";
import { z } from "zod";
import { builder } from "../builder";
import type { GatewayContext } from "../context";
import { councilScope } from "../services/council-scope";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * Declares a case mutation: one `input` argument validated by its zod schema, guarded by handleCases,
 * resolved by exactly one service function that returns the case id; the answer is the case as it now is.
 */
export function caseMutation<Input extends object>(
  name: string,
  options: {
    description: string;
    input: InputObjectRef<BuilderTypes, Input>;
    schema: z.ZodType;
    run: (context: GatewayContext, input: Input) => Promise<string>;
  },
): void {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: "Case",
      description: options.description,
      authScopes: { handleCases: true },
      args: { input: t.arg({ type: options.input, required: true }) },
      validate: z.object({ input: options.schema }),
      resolve: async (query, _root, args, context) => {
        const caseId = await options.run(context, (args as { input: Input }).input);
        const { prisma, councilId } = councilScope(context);
        return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id: caseId } } });
      },
    }),
  );
}
