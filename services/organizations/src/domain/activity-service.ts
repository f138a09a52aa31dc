import { randomUUID } from 'node:crypto';
import { isUuid, transaction, type EntityManager } from '@linli/db';
import { today, Validation } from '@linli/domain';
import { ActivityRepository, type ActivityRow, type SeriesRow } from '../repositories/activity-repository';
import type { OrganizationRow } from '../repositories/organization-repository';
import { ProjectRepository, type ProjectRow } from '../repositories/project-repository';
import { CONSTRAINT_RULES } from './constraint-rules';
import { BOUNDS, checkBound, projectAcceptsOutcomes, seriesDates, text, type ActivityFrequency } from './rules';
import { Work } from './work';

export interface RecordActivity {
  organizationId: string;
  title: string;
  heldOn: string;
  place: string;
  participants: number;
  peopleServed: number;
  serviceProjectId?: string | null;
}

export interface RecordActivitySeries extends Omit<RecordActivity, 'heldOn'> {
  frequency: ActivityFrequency;
  from: string;
  to: string;
}

/** A series records at most this many occurrences at once (ten years of a monthly event). */
export const MAX_OCCURRENCES = 120;

/** Activities organizations held, one at a time or as a regular event. */
export class ActivityService extends Work {
  async recordActivity(input: RecordActivity): Promise<{ activity: ActivityRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const { org, common, project, v } = await this.prepare(tx, input);
        this.checkDay(input.heldOn, ['input', 'heldOn'], org, project, v);
        v.throwIfAny();
        const [activity] = await this.insert(tx, org, common, [input.heldOn], null);
        return { activity };
      },
      CONSTRAINT_RULES,
    );
  }

  async recordSeries(input: RecordActivitySeries): Promise<{ series: SeriesRow; activities: ActivityRow[] }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const { org, common, project, v } = await this.prepare(tx, input);
        let dates: string[] = [];
        if (v.check(input.from <= input.to, ['input', 'to'], 'SERIES_PERIOD_INVALID', 'the series must end on or after its first day')) {
          v.check(input.to <= today(), ['input', 'to'], 'ACTIVITY_IN_FUTURE', 'only activities already held are recorded; the series ends in the future');
          v.check(input.from >= org.foundedOn, ['input', 'from'], 'ACTIVITY_BEFORE_FOUNDED', `${org.name} was founded on ${org.foundedOn}`);
          dates = seriesDates(input.from, input.to, input.frequency, MAX_OCCURRENCES);
          v.check(dates.length <= MAX_OCCURRENCES, ['input', 'to'], 'SERIES_TOO_LONG', `a series records at most ${MAX_OCCURRENCES} occurrences at once`);
          if (project)
            v.check(
              dates.every((d) => d >= project.startsOn && d <= project.endsOn),
              ['input', 'serviceProjectId'],
              'ACTIVITY_OUTSIDE_PROJECT_PERIOD',
              `project ${project.name} runs from ${project.startsOn} to ${project.endsOn}`,
            );
        }
        v.throwIfAny();
        const series = await new ActivityRepository(tx).insertSeries({
          id: randomUUID(),
          organizationId: org.id,
          title: common.title,
          frequency: input.frequency,
          from: input.from,
          to: input.to,
          occurrences: dates.length,
        });
        const activities = await this.insert(tx, org, common, dates, series.id);
        return { series, activities };
      },
      CONSTRAINT_RULES,
    );
  }

  /** Checks what one activity and a series share: the organization, texts, figures and project. */
  private async prepare(tx: EntityManager, input: Omit<RecordActivity, 'heldOn'>) {
    const org = await this.organizationFor(tx, input.organizationId, ['input', 'organizationId']);
    this.requireActive(org, ['input', 'organizationId']);
    const v = new Validation();
    const title = text(input.title, 100, ['input', 'title'], 'TITLE_INVALID', 'the title', v);
    const place = text(input.place, 200, ['input', 'place'], 'PLACE_INVALID', 'the place', v);
    checkBound(input.participants, BOUNDS.participants, ['input', 'participants'], 'PARTICIPANTS_INVALID', 'participants', v);
    checkBound(input.peopleServed, BOUNDS.peopleServed, ['input', 'peopleServed'], 'PEOPLE_SERVED_INVALID', 'people served', v);
    let project: ProjectRow | null = null;
    if (input.serviceProjectId) {
      [project] = isUuid(input.serviceProjectId) ? await new ProjectRepository(tx).byIds([input.serviceProjectId], this.scope) : [];
      project ??= null;
      if (
        v.check(project?.organizationId === org.id, ['input', 'serviceProjectId'], 'PROJECT_UNKNOWN', `${org.name} runs no project ${input.serviceProjectId}`)
      )
        v.check(
          projectAcceptsOutcomes(project!.status),
          ['input', 'serviceProjectId'],
          'PROJECT_NOT_RUNNING',
          `project ${project!.name} is ${project!.status.toLowerCase()}`,
        );
    }
    const common = { title, place, participants: input.participants, peopleServed: input.peopleServed, projectId: project?.id ?? null };
    return { org, common, project, v };
  }

  private checkDay(day: string, field: string[], org: OrganizationRow, project: ProjectRow | null, v: Validation): void {
    v.check(day <= today(), field, 'ACTIVITY_IN_FUTURE', 'only activities already held are recorded');
    v.check(day >= org.foundedOn, field, 'ACTIVITY_BEFORE_FOUNDED', `${org.name} was founded on ${org.foundedOn}`);
    if (project)
      v.check(
        day >= project.startsOn && day <= project.endsOn,
        field,
        'ACTIVITY_OUTSIDE_PROJECT_PERIOD',
        `project ${project.name} runs from ${project.startsOn} to ${project.endsOn}`,
      );
  }

  private async insert(
    tx: EntityManager,
    org: OrganizationRow,
    common: Pick<ActivityRow, 'title' | 'place' | 'participants' | 'peopleServed' | 'projectId'>,
    dates: string[],
    seriesId: string | null,
  ): Promise<ActivityRow[]> {
    const activities = await new ActivityRepository(tx).insertMany(
      dates.map((heldOn) => ({ id: randomUUID(), organizationId: org.id, areaCode: org.areaCode, heldOn, seriesId, ...common })),
    );
    activities.sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    for (const a of activities)
      await this.outbox.add(
        tx,
        'organizations.activity.recorded',
        org.areaCode,
        {
          activityId: a.id,
          organizationId: org.id,
          heldOn: a.heldOn,
          participants: a.participants,
          peopleServed: a.peopleServed,
          projectId: a.projectId,
          seriesId: a.seriesId,
        },
        this.trace(),
      );
    return activities;
  }
}
