import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import { isUuid, transaction, type DataSource, type EntityManager } from '@linli/db';
import { addDays, levelOf, refuse, today, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { IncidentRepository, type IncidentChange, type IncidentRow, type ReporterKind, type RouteRow } from '../repositories/incident-repository';
import { demand } from './access';
import { daysBetween, inBounds } from './bounds';
import { effectiveDay, text } from './dates';
import { evaluationAction, handlingLate, nextStep, type IncidentAction } from './incident-steps';
import { CONSTRAINT_RULES } from './constraint-rules';
import { checkPersonsInScope } from './persons';

export interface ReportIncident {
  areaCode: string;
  category: string;
  place: string;
  description: string;
  reporterKind: ReporterKind;
  reporterId?: string | null;
  reportedOn?: string | null;
}

type Result = Promise<{ incident: IncidentRow }>;

/**
 * The five steps of a grid incident. Each step commits with its history row (and event where
 * the contract has one); a refusal throws before anything is written.
 */
export class IncidentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
  ) {}

  async report(input: ReportIncident): Result {
    demand(this.viewer, 'incidents', 'report grid incidents');
    return transaction(
      this.dataSource,
      async (tx) => {
        const incidents = new IncidentRepository(tx);
        const v = new Validation();
        const level = levelOf(input.areaCode);
        if (
          v.check(
            level === 'COMMUNITY' || level === 'GRID',
            ['input', 'areaCode'],
            'AREA_NOT_COMMUNITY_OR_GRID',
            'an incident belongs to a grid or a community',
          )
        )
          v.check(inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'the area lies outside your areas');
        v.check(
          (await incidents.route(input.category)) !== null,
          ['input', 'category'],
          'CATEGORY_UNKNOWN',
          `no category ${input.category} in the routing table`,
        );
        const place = text(input.place, ['input', 'place'], 'PLACE_REQUIRED', v, 200);
        const description = text(input.description, ['input', 'description'], 'DESCRIPTION_REQUIRED', v);
        if (input.reporterId && v.check(isUuid(input.reporterId), ['input', 'reporterId'], 'PERSON_ID_INVALID', 'the reporter is a person id'))
          await checkPersonsInScope(tx, this.viewer, [{ field: ['input', 'reporterId'], personId: input.reporterId }], v);
        const reportedOn = effectiveDay(input.reportedOn, ['input', 'reportedOn'], v);
        v.throwIfAny();
        const created = await incidents.insert({
          id: randomUUID(),
          areaCode: input.areaCode,
          category: input.category,
          place,
          description,
          reporterKind: input.reporterKind,
          reporterId: input.reporterId ?? null,
          reportedOn,
        });
        await incidents.recordStep(created.id, null, 'REPORTED', reportedOn, null, this.viewer.id);
        await this.outbox.add(
          tx,
          'mediation.incident.reported',
          created.areaCode,
          { incidentId: created.id, category: created.category, reportedOn, reporterKind: created.reporterKind, reporterId: created.reporterId },
          this.trace(),
        );
        return { incident: created };
      },
      CONSTRAINT_RULES,
    );
  }

  /** Step 2: a department is required (given, or the category's); the deadline comes from the routing table and is never in the past. */
  async dispatch(input: { incidentId: string; departmentCode?: string | null; deadline?: string | null; on?: string | null }): Result {
    demand(this.viewer, 'dispatch', 'dispatch grid incidents');
    return this.step(input.incidentId, 'DISPATCH', async (tx, found, v) => {
      const incidents = new IncidentRepository(tx);
      const on = effectiveDay(input.on, ['input', 'on'], v, found.reportedOn);
      const route = (await incidents.route(found.category)) as RouteRow;
      const departmentCode = input.departmentCode ?? route.departmentCode;
      if (
        v.check(
          !!departmentCode,
          ['input', 'departmentCode'],
          'DEPARTMENT_REQUIRED',
          `category ${found.category} has no department in the routing table; name one`,
        )
      )
        v.check(
          (await incidents.departmentsByCodes([departmentCode!])).length === 1,
          ['input', 'departmentCode'],
          'DEPARTMENT_UNKNOWN',
          `no department ${departmentCode}`,
        );
      const deadline = input.deadline ?? addDays(on, route.timeLimitDays);
      if (v.check(deadline >= today(), ['input', 'deadline'], 'DEADLINE_IN_PAST', `the deadline ${deadline} has already passed`))
        if (v.check(deadline >= on, ['input', 'deadline'], 'DEADLINE_BEFORE_DISPATCH', 'the deadline cannot precede the dispatch'))
          inBounds(v, 'deadlineDays', daysBetween(on, deadline), ['input', 'deadline'], 'days from dispatch to the deadline');
      return { change: { departmentCode: departmentCode!, dispatchedOn: on, deadline }, on, note: null };
    });
  }

  async handle(input: { incidentId: string; handling: string; on?: string | null }): Result {
    demand(this.viewer, 'incidents', 'record the handling of grid incidents');
    return this.step(input.incidentId, 'HANDLE', async (tx, found, v) => {
      const on = effectiveDay(input.on, ['input', 'on'], v, found.dispatchedOn);
      const handling = text(input.handling, ['input', 'handling'], 'HANDLING_REQUIRED', v);
      const after = () =>
        new IncidentRepository(tx).insertHandling({
          incidentId: found.id,
          areaCode: found.areaCode,
          departmentCode: found.departmentCode!,
          handledOn: on,
          deadline: found.deadline!,
        });
      return { change: { handledOn: on, handling }, on, note: handling, after };
    });
  }

  async followUp(input: { incidentId: string; note: string; on?: string | null }): Result {
    demand(this.viewer, 'incidents', 'follow up grid incidents');
    return this.step(input.incidentId, 'FOLLOW_UP', async (_tx, found, v) => {
      const on = effectiveDay(input.on, ['input', 'on'], v, found.handledOn);
      const note = text(input.note, ['input', 'note'], 'NOTE_REQUIRED', v);
      return { change: { followedUpOn: on, followUpNote: note }, on, note };
    });
  }

  /** Step 5: satisfied closes; unsatisfied sends the incident back to its department with a fresh deadline. */
  async evaluate(input: { incidentId: string; satisfied: boolean; score: number; comment?: string | null; on?: string | null }): Result {
    demand(this.viewer, 'incidents', 'evaluate grid incidents');
    const action = evaluationAction(input.satisfied);
    return this.step(input.incidentId, action, async (tx, found, v) => {
      const on = effectiveDay(input.on, ['input', 'on'], v, found.followedUpOn);
      inBounds(v, 'score', input.score, ['input', 'score'], 'a score');
      const comment = input.comment?.trim() || null;
      const after = async () => {
        await new IncidentRepository(tx).insertEvaluation({
          incidentId: found.id,
          areaCode: found.areaCode,
          evaluatedOn: on,
          satisfied: input.satisfied,
          score: input.score,
          comment,
        });
      };
      if (input.satisfied) return { change: { closedOn: on }, on, note: comment, score: input.score, after };
      const route = (await new IncidentRepository(tx).route(found.category)) as RouteRow;
      const deadline = addDays(today(), route.timeLimitDays);
      return {
        change: { dispatchedOn: on, deadline, handledOn: null, handling: null, followedUpOn: null, followUpNote: null, reopenCount: found.reopenCount + 1 },
        on,
        note: comment,
        after,
      };
    });
  }

  async setRoute(input: { category: string; name: string; departmentCode?: string | null; timeLimitDays: number }) {
    demand(this.viewer, 'routes', 'change the routing table');
    return transaction(
      this.dataSource,
      async (tx) => {
        const incidents = new IncidentRepository(tx);
        const v = new Validation();
        v.check(
          /^[A-Z][A-Z0-9_]{1,39}$/.test(input.category),
          ['input', 'category'],
          'CATEGORY_CODE_INVALID',
          'a category code is capital letters, digits and underscores',
        );
        const name = text(input.name, ['input', 'name'], 'NAME_INVALID', v, 100);
        if (input.departmentCode)
          v.check(
            (await incidents.departmentsByCodes([input.departmentCode])).length === 1,
            ['input', 'departmentCode'],
            'DEPARTMENT_UNKNOWN',
            `no department ${input.departmentCode}`,
          );
        inBounds(v, 'timeLimitDays', input.timeLimitDays, ['input', 'timeLimitDays'], 'a time limit in days');
        v.throwIfAny();
        return {
          route: await incidents.upsertRoute({
            category: input.category,
            name,
            departmentCode: input.departmentCode ?? null,
            timeLimitDays: input.timeLimitDays,
          }),
        };
      },
      CONSTRAINT_RULES,
    );
  }

  private async step(
    incidentId: string,
    action: IncidentAction,
    details: (
      tx: EntityManager,
      found: IncidentRow,
      v: Validation,
    ) => Promise<{ change: Omit<IncidentChange, 'step'>; on: string; note: string | null; score?: number; after?: () => Promise<void> }>,
  ): Result {
    return transaction(
      this.dataSource,
      async (tx) => {
        const incidents = new IncidentRepository(tx);
        const [found] = isUuid(incidentId) ? await incidents.byIds([incidentId], this.viewer.areas, true) : [];
        if (!found) refuse(['input', 'incidentId'], 'INCIDENT_UNKNOWN', `no grid incident ${incidentId} in your areas`);
        const to = nextStep(found.step, action);
        if (!to) {
          if (action === 'CLOSE' || action === 'REOPEN')
            refuse(['input', 'incidentId'], 'INCIDENT_NOT_FOLLOWED_UP', `an incident is evaluated after the follow-up visit; it is ${found.step}`);
          refuse(['input', 'incidentId'], 'STEP_NOT_ALLOWED', `an incident that is ${found.step} cannot take the step ${action}`);
        }
        const v = new Validation();
        const { change, on, note, score, after } = await details(tx, found, v);
        v.throwIfAny();
        const changed = await incidents.change(found.id, { ...change, step: to });
        await incidents.recordStep(found.id, found.step, to, on, note, this.viewer.id);
        await after?.();
        if (action === 'DISPATCH' || action === 'REOPEN')
          await this.outbox.add(
            tx,
            'mediation.incident.dispatched',
            changed.areaCode,
            {
              incidentId: changed.id,
              department: changed.departmentCode!,
              deadline: changed.deadline!,
              category: changed.category,
              reopened: action === 'REOPEN',
            },
            this.trace(),
          );
        if (action === 'CLOSE')
          await this.outbox.add(
            tx,
            'mediation.incident.closed',
            changed.areaCode,
            { incidentId: changed.id, satisfied: true, closedOn: on, score, handledOnTime: !handlingLate(changed.deadline!, changed.handledOn, on) },
            this.trace(),
          );
        return { incident: changed };
      },
      CONSTRAINT_RULES,
    );
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
