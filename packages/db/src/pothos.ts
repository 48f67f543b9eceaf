/** The Pothos prisma plugin's types and datamodel, generated from schema.prisma (generator prisma-pothos-types). */
export type { default as PrismaTypes } from "../generated/pothos-types";
export { getDatamodel } from "../generated/pothos-types";
