import type { CouncilAdapter } from "@csc/council-kit";
import type { CouncilModule } from "./council-module";
import { councilLoaders } from "./councils";

/** An unknown council id: the message lists the councils that exist. */
export class UnknownCouncilError extends Error {
  readonly councilId: string;
  constructor(id: string, known: readonly string[]) {
    super(`Unknown council "${id}"; known councils: ${known.length > 0 ? known.join(", ") : "(none registered)"}`);
    this.name = "UnknownCouncilError";
    this.councilId = id;
  }
}

export interface CouncilRegistryEntry {
  readonly id: string;
  /** Loads the plugin package (once) and returns its adapter. */
  load(): Promise<CouncilAdapter>;
}

export interface CouncilRegistry {
  list(): string[];
  has(id: string): boolean;
  load(id: string): Promise<CouncilAdapter>;
  entries(): CouncilRegistryEntry[];
}

/** A registry over explicit loaders; each plugin is imported at most once and checked to carry its own id. */
export function createCouncilRegistry(loaders: Readonly<Record<string, () => Promise<CouncilModule>>>): CouncilRegistry {
  const cache = new Map<string, Promise<CouncilAdapter>>();
  const ids = Object.keys(loaders).sort();
  const load = (id: string): Promise<CouncilAdapter> => {
    const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
    if (!loader) return Promise.reject(new UnknownCouncilError(id, ids));
    let pending = cache.get(id);
    if (!pending) {
      pending = loader().then((module) => {
        const adapter = module.council;
        if (!adapter || adapter.id !== id) {
          throw new Error(
            `Council plugin registered as "${id}" exports ${adapter ? `the adapter "${adapter.id}"` : "no council export"}; fix packages/registry/src/councils.ts`,
          );
        }
        return adapter;
      });
      pending.catch(() => cache.delete(id));
      cache.set(id, pending);
    }
    return pending;
  };
  return {
    list: () => [...ids],
    has: (id) => ids.includes(id),
    load,
    entries: () => ids.map((id) => ({ id, load: () => load(id) })),
  };
}

/** The platform's registry of council adapters (packages/registry/src/councils.ts). */
export const councilRegistry: CouncilRegistry = createCouncilRegistry(councilLoaders);

/** Ids of every registered council, alphabetical. */
export function listCouncils(): string[] {
  return councilRegistry.list();
}

/** The adapter for `id`, loaded on first use; rejects with UnknownCouncilError for an id not registered. */
export function loadCouncil(id: string): Promise<CouncilAdapter> {
  return councilRegistry.load(id);
}
