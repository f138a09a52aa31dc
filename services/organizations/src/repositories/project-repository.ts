import { within, Params, row, rows, type Connection } from '@linli/db';
import type { ProjectMeasure } from '@linli/contracts';
import type { ProjectStatus } from '../domain/rules';
import { pagesByParent, type Db } from '@linli/db';

export interface ProjectRow {
  id: string;
  organizationId: string;
  areaCode: string;
  name: string;
  funder: string;
  /** bigint as text: exact. */
  budgetFen: string;
  startsOn: string;
  endsOn: string;
  status: ProjectStatus;
}

export interface TargetRow {
  id: string;
  projectId: string;
  measure: ProjectMeasure;
  name: string;
  target: number;
  achieved: number;
  progress: number;
}

export interface OutcomeRow {
  id: string;
  projectId: string;
  targetId: string;
  value: number;
  reportedOn: string;
  note: string | null;
}

const COLUMNS = `p.id, p.organization_id AS "organizationId", p.area_code AS "areaCode", p.name, p.funder, p.budget_fen::text AS "budgetFen",
  to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn", p.status`;
const OUTCOME_COLUMNS = `oc.id, oc.project_id AS "projectId", oc.target_id AS "targetId", oc.value, to_char(oc.reported_on, 'YYYY-MM-DD') AS "reportedOn", oc.note`;

export class ProjectRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<ProjectRow[]> {
    const p = new Params([ids]);
    return rows<ProjectRow>(
      this.db,
      `/* projectsByIds */ SELECT ${COLUMNS} FROM service_projects p WHERE p.id = ANY($1::uuid[]) AND ${within('p.area_code', scope, p)}`,
      p.values,
    );
  }

  async lock(id: string, scope: readonly string[]): Promise<ProjectRow | null> {
    const p = new Params([id]);
    return row<ProjectRow>(
      this.db,
      `/* projectLock */ SELECT ${COLUMNS} FROM service_projects p WHERE p.id = $1::uuid AND ${within('p.area_code', scope, p)} FOR UPDATE`,
      p.values,
    );
  }

  /** A page of projects for each organization, newest first, in one statement. */
  async pages(
    organizationIds: readonly string[],
    args: { status?: ProjectStatus | null; first: number; after?: string | null },
    scope: readonly string[],
  ): Promise<Connection<ProjectRow>[]> {
    const p = new Params();
    const where = [within('p.area_code', scope, p)];
    if (args.status) where.push(`p.status = ${p.param(args.status)}`);
    return pagesByParent<ProjectRow>(this.db, organizationIds, args.first, args.after, {
      name: 'projectPagesByOrganizations',
      select: COLUMNS,
      from: 'service_projects p',
      parent: 'p.organization_id',
      where,
      params: p,
      order: [
        { expr: 'p.starts_on', cast: 'date' },
        { expr: 'p.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (x) => [x.startsOn, x.id],
      parentOf: (x) => x.organizationId,
    });
  }

  /** Targets of many projects with what has been reported against each, in one statement. */
  async targetsOf(projectIds: readonly string[], scope: readonly string[]): Promise<TargetRow[]> {
    const p = new Params([projectIds]);
    return rows<TargetRow>(
      this.db,
      `/* targetsByProjects */ SELECT t.id, t.project_id AS "projectId", t.measure, t.name, t.target,
         COALESCE(sum(oc.value), 0)::float8 AS achieved, round(COALESCE(sum(oc.value), 0)::numeric / t.target, 4)::float8 AS progress
       FROM project_targets t JOIN service_projects p ON p.id = t.project_id LEFT JOIN project_outcomes oc ON oc.target_id = t.id
       WHERE t.project_id = ANY($1::uuid[]) AND ${within('p.area_code', scope, p)}
       GROUP BY t.id ORDER BY t.position`,
      p.values,
    );
  }

  /** A page of outcomes for each project, newest first, in one statement. */
  async outcomePages(
    projectIds: readonly string[],
    args: { first: number; after?: string | null },
    scope: readonly string[],
  ): Promise<Connection<OutcomeRow>[]> {
    const p = new Params();
    return pagesByParent<OutcomeRow>(this.db, projectIds, args.first, args.after, {
      name: 'outcomePagesByProjects',
      select: OUTCOME_COLUMNS,
      from: 'project_outcomes oc',
      parent: 'oc.project_id',
      where: [within('oc.area_code', scope, p)],
      params: p,
      order: [
        { expr: 'oc.reported_on', cast: 'date' },
        { expr: 'oc.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (x) => [x.reportedOn, x.id],
      parentOf: (x) => x.projectId,
    });
  }

  async insert(x: ProjectRow, targets: { id: string; measure: ProjectMeasure; name: string; target: number }[]): Promise<ProjectRow> {
    const [created] = await rows<ProjectRow>(
      this.db,
      `/* projectInsert */ INSERT INTO service_projects AS p (id, organization_id, area_code, name, funder, budget_fen, starts_on, ends_on, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [x.id, x.organizationId, x.areaCode, x.name, x.funder, x.budgetFen, x.startsOn, x.endsOn, x.status],
    );
    await rows(
      this.db,
      `/* projectTargetsInsert */ INSERT INTO project_targets (id, project_id, measure, name, target, position)
       SELECT t.id, $1, t.measure, t.name, t.target, t.position FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS t(id, measure, name, target, position)`,
      [x.id, targets.map((t) => t.id), targets.map((t) => t.measure), targets.map((t) => t.name), targets.map((t) => t.target)],
    );
    return created;
  }

  async setStatus(id: string, status: ProjectStatus): Promise<ProjectRow> {
    const [updated] = await rows<ProjectRow>(
      this.db,
      `/* projectStatusSet */ UPDATE service_projects AS p SET status = $2 WHERE p.id = $1 RETURNING ${COLUMNS}`,
      [id, status],
    );
    return updated;
  }

  async insertOutcome(o: OutcomeRow & { areaCode: string }): Promise<OutcomeRow> {
    const [created] = await rows<OutcomeRow>(
      this.db,
      `/* projectOutcomeInsert */ INSERT INTO project_outcomes AS oc (id, project_id, target_id, area_code, value, reported_on, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${OUTCOME_COLUMNS}`,
      [o.id, o.projectId, o.targetId, o.areaCode, o.value, o.reportedOn, o.note],
    );
    return created;
  }
}
