import type { DomainEvent, EventOf, EventType } from '@linli/contracts';
import { rows, within, Params, type EntityManager } from '@linli/db';
import type { ConsumerDefinition } from './consumer';

type Db = Pick<EntityManager, 'query'>;

/** One column of a read model besides its id: the row's property, the table's column, its SQL type. */
export interface ReadModelColumn<R> {
  property: Exclude<keyof R, 'id'> & string;
  column: string;
  type: 'text' | 'integer' | 'boolean' | 'uuid' | 'date';
  nullable?: boolean;
}

/**
 * A read model of an entity another service owns (persons, houses, buildings, organizations):
 * one table keyed by the entity's id holding the last state that service announced, written
 * only by its consumer. Services declare it; the kernel makes its table, its consumer and its
 * reads, so every copy orders events and scopes reads the same way.
 *
 * The one ordering rule: a row holds the state of the event that happened last (occurredAt),
 * ties broken by the event id; an older event arriving late is recorded in the inbox and
 * changes nothing. Events may arrive in any order.
 */
export interface ReadModel<R extends { id: string }, T extends EventType = EventType> {
  /** Table name, e.g. `known_persons`. */
  table: string;
  columns: readonly ReadModelColumn<R>[];
  /** The column with the entity's area code: reads are scoped by it. */
  areaColumn: string;
  /** The event types that carry the entity's whole state. */
  types: readonly T[];
  /** The row an event announces. */
  rowOf(event: EventOf<T>): R;
}

export interface Known<R> {
  row: R;
  /** The area before this event, when the row existed: a service whose rows follow the entity moves them. */
  previousArea: string | null;
}

/** The statements of a migration that creates a read model's table and its area index. */
export function readModelTableSql(model: ReadModel<any, any>): string[] {
  const columns = model.columns.map((c) => `${c.column} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  return [
    `CREATE TABLE ${model.table} (
       id          uuid PRIMARY KEY,
       ${columns.join(',\n       ')},
       as_of       timestamptz NOT NULL,
       as_of_event uuid NOT NULL
     )`,
    `CREATE INDEX ${model.table}_area ON ${model.table} (${model.areaColumn} text_pattern_ops)`,
  ];
}

/** Reads and writes of one read model; the consumer is the only writer. */
export class ReadModelRepository<R extends { id: string }> {
  constructor(
    private readonly db: Db,
    private readonly model: ReadModel<R, any>,
  ) {}

  private get select(): string {
    return ['id', ...this.model.columns.map((c) => `${c.column} AS "${c.property}"`)].join(', ');
  }

  /**
   * Records the state an event announced unless a later event already did. Returns the row
   * and the area it had before, or null when the event was older than what is held.
   */
  async apply(row: R, event: DomainEvent): Promise<Known<R> | null> {
    const { table, columns, areaColumn } = this.model;
    const names = columns.map((c) => c.column);
    const values = [row.id, ...columns.map((c) => (row as Record<string, unknown>)[c.property] ?? null), event.occurredAt, event.id];
    const placeholders = values.map((_, i) => `$${i + 1}`);
    const [applied] = await rows<{ previousArea: string | null }>(
      this.db,
      `/* readModelApply:${table} */ WITH previous AS (SELECT ${areaColumn} AS area FROM ${table} WHERE id = $1)
       INSERT INTO ${table} (id, ${names.join(', ')}, as_of, as_of_event) VALUES (${placeholders.join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${[...names, 'as_of', 'as_of_event'].map((n) => `${n} = EXCLUDED.${n}`).join(', ')}
       WHERE (${table}.as_of, ${table}.as_of_event) < (EXCLUDED.as_of, EXCLUDED.as_of_event)
       RETURNING (SELECT area FROM previous) AS "previousArea"`,
      values,
    );
    return applied ? { row, previousArea: applied.previousArea } : null;
  }

  /** The rows of these ids within the caller's areas (ids that are not UUIDs name nothing). */
  async byIds(ids: readonly string[], scope: readonly string[]): Promise<R[]> {
    const p = new Params([ids]);
    return rows<R>(
      this.db,
      `/* readModelByIds:${this.model.table} */ SELECT ${this.select} FROM ${this.model.table} WHERE id = ANY($1::uuid[]) AND ${within(this.model.areaColumn, scope, p)}`,
      p.values,
    );
  }

  /** The ids among these that the owner announced and that lie within the caller's areas. */
  async knownInScope(ids: readonly string[], scope: readonly string[]): Promise<Set<string>> {
    return new Set((await this.byIds(ids, scope)).map((r) => r.id));
  }

  /** The ids among these that the owner announced, wherever they are (for writes that only need existence). */
  async known(ids: readonly string[]): Promise<Set<string>> {
    const found = await rows<{ id: string }>(this.db, `/* readModelKnown:${this.model.table} */ SELECT id FROM ${this.model.table} WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(found.map((r) => r.id));
  }
}

/**
 * The consumer that keeps a read model. `after` runs in the same transaction when an event
 * changed the row (e.g. residents or captains following a house or building to a new grid).
 */
export function readModelConsumer<R extends { id: string }, T extends EventType>(
  name: string,
  model: ReadModel<R, T>,
  after?: (tx: EntityManager, known: Known<R>) => Promise<void>,
): ConsumerDefinition<EventOf<T>> {
  return {
    name,
    types: model.types as readonly EventOf<T>['type'][],
    async handle(tx, event) {
      if (!model.types.includes(event.type as T)) throw new Error(`${name} cannot apply ${event.type}`);
      const known = await new ReadModelRepository(tx, model).apply(model.rowOf(event), event as DomainEvent);
      if (known && after) await after(tx, known);
    },
  };
}

/** A person population announced: that they exist, where they live, local or migrant. */
export interface KnownPerson {
  id: string;
  areaCode: string | null;
  householdType: string;
}

export const KNOWN_PERSONS: ReadModel<KnownPerson, 'population.person.registered' | 'population.person.updated'> = {
  table: 'known_persons',
  columns: [
    { property: 'areaCode', column: 'area_code', type: 'text', nullable: true },
    { property: 'householdType', column: 'household_type', type: 'text' },
  ],
  areaColumn: 'area_code',
  types: ['population.person.registered', 'population.person.updated'],
  rowOf: (event) => ({ id: event.data.personId, areaCode: event.data.areaCode, householdType: event.data.householdType }),
};

/** A building housing announced: the grid it stands in. */
export interface KnownBuilding {
  id: string;
  gridCode: string;
}

export const KNOWN_BUILDINGS: ReadModel<KnownBuilding, 'housing.building.registered' | 'housing.building.updated'> = {
  table: 'known_buildings',
  columns: [{ property: 'gridCode', column: 'grid_code', type: 'text' }],
  areaColumn: 'grid_code',
  types: ['housing.building.registered', 'housing.building.updated'],
  rowOf: (event) => ({ id: event.data.buildingId, gridCode: event.data.gridCode }),
};

/** A house housing announced: its grid, number, rooms, whether it is let, its landlord. */
export interface KnownHouse {
  id: string;
  buildingId: string;
  gridCode: string;
  number: string;
  rooms: number;
  rental: boolean;
}

export const KNOWN_HOUSES: ReadModel<KnownHouse, 'housing.house.registered' | 'housing.house.updated'> = {
  table: 'known_houses',
  columns: [
    { property: 'buildingId', column: 'building_id', type: 'uuid' },
    { property: 'gridCode', column: 'grid_code', type: 'text' },
    { property: 'number', column: 'number', type: 'text' },
    { property: 'rooms', column: 'rooms', type: 'integer' },
    { property: 'rental', column: 'rental', type: 'boolean' },
  ],
  areaColumn: 'grid_code',
  types: ['housing.house.registered', 'housing.house.updated'],
  rowOf: (event) => ({ id: event.data.houseId, buildingId: event.data.buildingId, gridCode: event.data.gridCode, number: event.data.number, rooms: event.data.rooms, rental: event.data.rental }),
};

/** An organization the organizations service announced: name, status, home community. */
export interface KnownOrganization {
  id: string;
  name: string;
  status: string;
  areaCode: string;
}

export const KNOWN_ORGANIZATIONS: ReadModel<
  KnownOrganization,
  'organizations.organization.registered' | 'organizations.organization.updated' | 'organizations.organization.status_changed'
> = {
  table: 'known_organizations',
  columns: [
    { property: 'name', column: 'name', type: 'text' },
    { property: 'status', column: 'status', type: 'text' },
    { property: 'areaCode', column: 'area_code', type: 'text' },
  ],
  areaColumn: 'area_code',
  types: ['organizations.organization.registered', 'organizations.organization.updated', 'organizations.organization.status_changed'],
  rowOf: (event) => ({ id: event.data.organizationId, name: event.data.name, status: event.data.status, areaCode: event.data.areaCode }),
};
