import type { EntityManager } from '@linli/db'; import type { SeedDeps } from '@linli/subgraph'; export async function seed(_tx: EntityManager, _deps: SeedDeps): Promise<void> {}
