import type { GatewayContext } from "../context";
import { conflict, forbidden } from "../errors/gateway-error";
import { writeAudit } from "./audit";

export interface CreateCouncilInput {
  id: string;
  name: string;
}

/** The platform administrator creates a council (platform table: written as the owner, audited as "platform"). */
export async function createCouncil(context: GatewayContext, input: CreateCouncilInput) {
  if (!context.viewer?.platformAdmin) throw forbidden("Only the platform administrator creates councils");
  const existing = await context.root.council.findUnique({ where: { id: input.id }, select: { id: true } });
  if (existing) throw conflict(`A council with id "${input.id}" already exists`);
  const council = await context.root.council.create({ data: { id: input.id, name: input.name } });
  await writeAudit(context.root, { ...context, viewer: { ...context.viewer, councilId: null } }, {
    action: "createCouncil",
    detail: { councilId: input.id },
  });
  return council;
}
