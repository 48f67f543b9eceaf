export { seedDemo, type SeedOptions, type SeedSummary, type SeedSignIn } from "./seed";
export {
  CANONICAL_DIMENSION_OF,
  councilDefinitionSchema,
  parseCouncilDefinition,
  type CouncilDefinition,
  type CouncilDefinitionInput,
} from "./definition";
export { DEMO_COUNCILS, DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from "./demo-councils";
