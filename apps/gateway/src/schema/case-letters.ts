import { builder } from "../builder";
import { stagesOfCase } from "../letters/case-stages";
import { lettersForCase } from "../letters/letters-for-case";
import { councilScope } from "../services/council-scope";
import { LetterKindEnum } from "./letter-template";

builder.prismaObjectFields("Case", (t) => ({
  letters: t.field({
    type: [LetterKindEnum],
    description:
      "The letters that fit this case, in the procedure's order: by its kind of feedback, and a stage's letters once the case has had that stage (generateLetter writes only these)",
    authScopes: { handleCases: true },
    resolve: async (row, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      return lettersForCase(row.kind, await stagesOfCase(prisma, councilId, row));
    },
  }),
}));
