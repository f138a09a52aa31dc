import { randomUUID } from 'node:crypto';
import { isUuid, transaction } from '@linli/db';
import type { ProjectMeasure } from '@linli/contracts';
import { refuse, today, Validation } from '@linli/domain';
import { ProjectRepository, type OutcomeRow, type ProjectRow } from '../repositories/project-repository';
import { CONSTRAINT_RULES } from './constraint-rules';
import { BOUNDS, checkBound, checkFen, projectAcceptsOutcomes, projectMayBecome, text, type ProjectStatus } from './rules';
import { Work } from './work';

export interface CreateServiceProject {
  organizationId: string;
  name: string;
  funder: string;
  budgetFen: number;
  startsOn: string;
  endsOn: string;
  targets: { measure: ProjectMeasure; name?: string | null; target: number }[];
}

export interface ReportProjectOutcome {
  serviceProjectId: string;
  targetId: string;
  value: number;
  reportedOn: string;
  note?: string | null;
}

/** The name a target of a standard measure gets when none is given. */
export const MEASURE_NAMES: Record<Exclude<ProjectMeasure, 'OTHER'>, string> = {
  HOUSEHOLDS_VISITED: '走访家庭',
  ACTIVITIES_HELD: '开展活动',
  PERSON_TIMES_SERVED: '服务人次',
};

/** Government-purchased service projects (项目化购买服务): targets, outcomes and the life cycle. */
export class ProjectService extends Work {
  async createProject(input: CreateServiceProject): Promise<{ serviceProject: ProjectRow }> {
    this.requireRegistryKeeper('register purchased-service projects');
    return transaction(
      this.dataSource,
      async (tx) => {
        const org = await this.organizationFor(tx, input.organizationId, ['input', 'organizationId']);
        this.requireActive(org, ['input', 'organizationId']);
        const v = new Validation();
        const name = text(input.name, 100, ['input', 'name'], 'NAME_INVALID', 'the name', v);
        const funder = text(input.funder, 100, ['input', 'funder'], 'FUNDER_INVALID', 'the funder', v);
        checkFen(input.budgetFen, BOUNDS.budgetFen, ['input', 'budgetFen'], v);
        v.check(input.startsOn <= input.endsOn, ['input', 'endsOn'], 'PERIOD_INVALID', 'the project must end on or after the day it starts');
        if (v.check(input.targets.length >= BOUNDS.targets.min, ['input', 'targets'], 'TARGETS_REQUIRED', 'a project needs at least one target'))
          v.check(input.targets.length <= BOUNDS.targets.max, ['input', 'targets'], 'OUT_OF_RANGE', `a project has at most ${BOUNDS.targets.max} targets`);
        const seen = new Set<string>();
        const targets = input.targets.map((t, i) => {
          const field = ['input', 'targets', String(i)];
          const targetName = t.name?.trim() || (t.measure === 'OTHER' ? '' : MEASURE_NAMES[t.measure]);
          if (
            v.check(
              targetName.length > 0 && targetName.length <= 100,
              [...field, 'name'],
              'TARGET_NAME_REQUIRED',
              'a target of another measure needs a name (1 to 100 characters)',
            )
          )
            v.check(!seen.has(`${t.measure}/${targetName}`), [...field, 'name'], 'TARGET_DUPLICATE', `the target ${targetName} is given twice`);
          seen.add(`${t.measure}/${targetName}`);
          checkBound(t.target, BOUNDS.target, [...field, 'target'], 'TARGET_INVALID', 'a target', v);
          return { id: randomUUID(), measure: t.measure, name: targetName, target: t.target };
        });
        v.throwIfAny();
        const serviceProject = await new ProjectRepository(tx).insert(
          {
            id: randomUUID(),
            organizationId: org.id,
            areaCode: org.areaCode,
            name,
            funder,
            budgetFen: String(input.budgetFen),
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            status: 'PLANNED',
          },
          targets,
        );
        return { serviceProject };
      },
      CONSTRAINT_RULES,
    );
  }

  async changeStatus(input: { serviceProjectId: string; status: ProjectStatus }): Promise<{ serviceProject: ProjectRow }> {
    this.requireRegistryKeeper('change a project’s status');
    return transaction(
      this.dataSource,
      async (tx) => {
        const projects = new ProjectRepository(tx);
        const project = isUuid(input.serviceProjectId) ? await projects.lock(input.serviceProjectId, this.scope) : null;
        if (!project) refuse(['input', 'serviceProjectId'], 'PROJECT_UNKNOWN', `no project ${input.serviceProjectId} in your areas`);
        const org = await this.organizationFor(tx, project.organizationId, ['input', 'serviceProjectId']);
        this.requireWritable(org, ['input', 'serviceProjectId']);
        if (!projectMayBecome(project.status, input.status))
          refuse(['input', 'status'], 'STATUS_TRANSITION_INVALID', `a project cannot go from ${project.status} to ${input.status}`);
        return { serviceProject: await projects.setStatus(project.id, input.status) };
      },
      CONSTRAINT_RULES,
    );
  }

  async reportOutcome(input: ReportProjectOutcome): Promise<{ outcome: OutcomeRow; serviceProject: ProjectRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const projects = new ProjectRepository(tx);
        const project = isUuid(input.serviceProjectId) ? await projects.lock(input.serviceProjectId, this.scope) : null;
        if (!project) refuse(['input', 'serviceProjectId'], 'PROJECT_UNKNOWN', `no project ${input.serviceProjectId} in your areas`);
        const org = await this.organizationFor(tx, project.organizationId, ['input', 'serviceProjectId']);
        this.requireWritable(org, ['input', 'serviceProjectId']);
        const v = new Validation();
        v.check(
          projectAcceptsOutcomes(project.status),
          ['input', 'serviceProjectId'],
          'PROJECT_NOT_RUNNING',
          `project ${project.name} is ${project.status.toLowerCase()}`,
        );
        const target = (await projects.targetsOf([project.id], this.scope)).find((t) => t.id === input.targetId);
        v.check(!!target, ['input', 'targetId'], 'TARGET_UNKNOWN', `project ${project.name} has no target ${input.targetId}`);
        // the project is locked: outcomes of its targets are added one request at a time
        if (checkBound(input.value, BOUNDS.outcome, ['input', 'value'], 'VALUE_INVALID', 'an outcome', v) && target)
          v.check(
            target.achieved + input.value <= BOUNDS.achieved.max,
            ['input', 'value'],
            'OUT_OF_RANGE',
            `the outcomes of one target add up to at most ${BOUNDS.achieved.max.toLocaleString('en-US')}; ${target.name} has ${target.achieved.toLocaleString('en-US')}`,
          );
        v.check(
          input.reportedOn >= project.startsOn && input.reportedOn <= project.endsOn,
          ['input', 'reportedOn'],
          'OUTCOME_OUTSIDE_PERIOD',
          `project ${project.name} runs from ${project.startsOn} to ${project.endsOn}`,
        );
        v.check(input.reportedOn <= today(), ['input', 'reportedOn'], 'OUTCOME_IN_FUTURE', 'an outcome cannot be reported for a future day');
        const note = input.note?.trim() || null;
        if (note) v.check(note.length <= 500, ['input', 'note'], 'NOTE_TOO_LONG', 'a note is at most 500 characters');
        v.throwIfAny();
        const outcome = await projects.insertOutcome({
          id: randomUUID(),
          projectId: project.id,
          targetId: target!.id,
          areaCode: project.areaCode,
          value: input.value,
          reportedOn: input.reportedOn,
          note,
        });
        await this.outbox.add(
          tx,
          'organizations.project.outcome_reported',
          project.areaCode,
          {
            projectId: project.id,
            organizationId: org.id,
            measure: target!.measure,
            value: outcome.value,
            reportedOn: outcome.reportedOn,
            targetId: target!.id,
            targetName: target!.name,
            outcomeId: outcome.id,
          },
          this.trace(),
        );
        return { outcome, serviceProject: project };
      },
      CONSTRAINT_RULES,
    );
  }
}
