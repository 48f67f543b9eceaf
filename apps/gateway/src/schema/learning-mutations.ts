import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { completeLearningAction } from "../services/complete-learning-action";
import { logLearningAction } from "../services/log-learning-action";
import { CompleteLearningActionInput, LogLearningActionInput } from "./case-inputs";

builder.mutationField("logLearningAction", (t) =>
  t.prismaField({
    type: "LearningAction",
    description: "Log a learning action from a case",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: LogLearningActionInput, required: true, description: "The case, what was learnt and the action agreed" }) },
    resolve: async (query, _root, args, context) => {
      const id = await logLearningAction(context, args.input);
      const { prisma, councilId } = councilScope(context);
      return prisma.learningAction.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id } } });
    },
  }),
);

builder.mutationField("completeLearningAction", (t) =>
  t.prismaField({
    type: "LearningAction",
    description: "Mark a learning action completed",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: CompleteLearningActionInput, required: true, description: "The action and the date it was completed" }) },
    resolve: async (query, _root, args, context) => {
      const id = await completeLearningAction(context, args.input);
      const { prisma, councilId } = councilScope(context);
      return prisma.learningAction.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id } } });
    },
  }),
);
