import type { Stage } from "@csc/rules";
import type { InputObjectRef } from "@pothos/core";
import { builder } from "../builder";
import type { GatewayContext } from "../context";
import { councilScope } from "../services/council-scope";
import { StageEnum } from "./enums";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * Declares a case mutation: one `input` argument (its fields' rules are the input type's own), guarded by handleCases,
 * resolved by exactly one service function that returns the case id; the answer is the case as it now is.
 * `stage` (its description) adds an optional top-level `stage: Stage` argument, passed to the service with the
 * input: so a mutation can take a stage without changing its input type (existing clients keep working).
 */
export function caseMutation<Input extends object>(
  name: string,
  options: {
    description: string;
    input: InputObjectRef<BuilderTypes, Input>;
    run: (context: GatewayContext, input: Input & { stage?: Stage | null }) => Promise<string>;
    stage?: string;
  },
): void {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: "Case",
      description: options.description,
      authScopes: { handleCases: true },
      args: {
        input: t.arg({
          type: options.input,
          required: true,
          description: `What ${name} records on the case; a value breaking a rule answers BAD_USER_INPUT naming the field`,
        }),
        ...(options.stage ? { stage: t.arg({ type: StageEnum, required: false, description: options.stage }) } : {}),
      },
      resolve: async (query, _root, args, context) => {
        const { input, stage } = args as { input: Input; stage?: Stage | null };
        const caseId = await options.run(context, stage ? { ...input, stage } : input);
        const { prisma, councilId } = councilScope(context);
        return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id: caseId } } });
      },
    }),
  );
}
