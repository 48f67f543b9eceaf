import { z } from "zod";
import { builder } from "../builder";
import { createCouncil } from "../services/create-council";
import type { CreatedCouncil, StarterVocabulary } from "../services/create-council";
import { textRule } from "./input-rules";
import { VocabularyKindEnum } from "./configuration-vocabulary";

const platform = { platformAdmin: true } as const;

const CreateCouncilInput = builder.inputType("CreateCouncilInput", {
  description: "A new council",
  fields: (t) => ({
    id: t.string({
      description: "Lower-case letters, digits and hyphens, e.g. demo-east",
      validate: z
        .string()
        .regex(/^[a-z][a-z0-9-]{1,62}$/, "must be lower-case letters, digits and hyphens, starting with a letter")
        // "platform" names the platform's own rows in the audit log (actions outside any council): never a council.
        .refine((id) => id !== "platform", "is reserved for the platform's own audit records"),
    }),
    name: t.string({ description: "The council's name as it publishes it, e.g. Exampleshire County Council", validate: textRule(200) }),
    onsCode: t.string({
      required: false,
      description: "The council's ONS code: E06 (unitary), E08 (metropolitan), E09 (London borough) or E10 (county) and six digits",
      // ONS codes of English councils with children's social care: E06 unitary, E08 metropolitan, E09 London, E10 county.
      validate: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^E(06|08|09|10)\d{6}$/, "must be an English council's ONS code: E06, E08, E09 or E10 and six digits, e.g. E10000013"),
    }),
  }),
});

const StarterVocabularyRef = builder.objectRef<StarterVocabulary>("StarterVocabulary").implement({
  description: "A vocabulary a new council starts with: version 1, the canonical values as its entries",
  authScopes: platform,
  fields: (t) => ({
    kind: t.expose("kind", { type: VocabularyKindEnum, description: "Which vocabulary" }),
    version: t.exposeInt("version", { description: "Its version number (1)" }),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date", description: "The day it is in force from" }),
    codes: t.exposeStringList("codes", { description: "Its entries' codes, each the canonical value it maps to" }),
  }),
});

const CreatedCouncilRef = builder.objectRef<CreatedCouncil>("CreatedCouncil").implement({
  description: "What createCouncil made: the council, its procedure settings and its starting vocabularies",
  authScopes: platform,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The council's id" }),
    name: t.exposeString("name", { description: "The council's name" }),
    onsCode: t.exposeString("onsCode", { nullable: true, description: "The council's ONS code" }),
    settings: t.field({
      type: "JSON",
      description: "Procedure settings it starts with (statutory timescales, SI 2006/1738 regs 14, 17, 19; acknowledgement target)",
      resolve: (council) => council.settings ?? {},
    }),
    serviceAreas: t.exposeStringList("serviceAreas", { description: "Service-area codes it starts with (the canonical service areas)" }),
    vocabularies: t.field({ type: [StarterVocabularyRef], description: "Vocabularies it starts with", resolve: (c) => c.vocabularies }),
  }),
});

builder.mutationField("createCouncil", (t) =>
  t.field({
    type: CreatedCouncilRef,
    description:
      "Create a council (platform administrator only) with statutory procedure defaults and the canonical vocabularies; a second call for the same id or ONS code is refused with CONFLICT",
    authScopes: platform,
    args: { input: t.arg({ type: CreateCouncilInput, required: true, description: "The council to create" }) },
    resolve: (_root, args, context) => createCouncil(context, args.input),
  }),
);
