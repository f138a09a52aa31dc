import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import { isUuid, transaction, type DataSource, type EntityManager } from '@linli/db';
import { levelOf, refuse, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { CouncilRepository, type CouncilRow, type TopicRow } from '../repositories/council-repository';
import { IncidentRepository } from '../repositories/incident-repository';
import { demand } from './access';
import { inBounds } from './bounds';
import { carried, hasQuorum, quorumOf, seatPlanProblems, type VoteChoice } from './council-rules';
import { effectiveDay, text } from './dates';
import { CONSTRAINT_RULES } from './constraint-rules';
import { checkPersonsInScope } from './persons';

type TopicResult = Promise<{ topic: TopicRow }>;

/**
 * Residents' councils: seat plans and seats, meetings, topics, votes, resolutions and their
 * implementation. A refusal throws before anything is written.
 */
export class CouncilService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
  ) {}

  async create(input: { areaCode: string; name: string; seatPlan: { group: string; seats: number }[] }): Promise<{ council: CouncilRow }> {
    demand(this.viewer, 'councils', 'create residents’ councils');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const v = new Validation();
        if (v.check(levelOf(input.areaCode) === 'COMMUNITY', ['input', 'areaCode'], 'AREA_NOT_COMMUNITY', 'a council belongs to a community (12-digit code)'))
          v.check(inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'the community lies outside your areas');
        const name = text(input.name, ['input', 'name'], 'NAME_INVALID', v, 100);
        const plan = input.seatPlan.map((g) => ({ group: g.group.trim(), seats: g.seats }));
        if (inBounds(v, 'seatGroups', plan.length, ['input', 'seatPlan'], 'groups in a seat plan')) {
          plan.forEach((g, i) => inBounds(v, 'seats', g.seats, ['input', 'seatPlan', String(i), 'seats'], `seats of group ${g.group}`));
          if (!v.failed) for (const problem of seatPlanProblems(plan)) v.add(['input', 'seatPlan'], 'SEAT_PLAN_INVALID', problem);
        }
        if (!v.failed)
          v.check(
            !(await councils.nameTaken(input.areaCode, name)),
            ['input', 'name'],
            'COUNCIL_NAME_TAKEN',
            `the community already has a council named ${name}`,
          );
        v.throwIfAny();
        return { council: await councils.insert({ id: randomUUID(), name, areaCode: input.areaCode }, plan) };
      },
      CONSTRAINT_RULES,
    );
  }

  async seat(input: { councilId: string; personId: string; group: string; seatedOn?: string | null }) {
    demand(this.viewer, 'councils', 'seat council members');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const council = await this.council(tx, input.councilId);
        await councils.lockSeats(council.id);
        const v = new Validation();
        const group = (await councils.seatGroupsOf([council.id])).find((g) => g.group === input.group.trim());
        if (v.check(!!group, ['input', 'group'], 'SEAT_GROUP_UNKNOWN', `the seat plan has no group ${input.group}`))
          v.check(group!.filled < group!.seats, ['input', 'group'], 'SEAT_GROUP_FULL', `all ${group!.seats} seats of ${group!.group} are taken`);
        if (v.check(isUuid(input.personId), ['input', 'personId'], 'PERSON_ID_INVALID', `${input.personId} is not a person id`))
          if ((await checkPersonsInScope(tx, this.viewer, [{ field: ['input', 'personId'], personId: input.personId }], v)).size === 0)
            v.check(
              !(await councils.currentSeat(council.id, input.personId)),
              ['input', 'personId'],
              'ALREADY_SEATED',
              'the person already holds a seat on this council',
            );
        const seatedOn = effectiveDay(input.seatedOn, ['input', 'seatedOn'], v);
        v.throwIfAny();
        return { member: await councils.insertMember({ id: randomUUID(), councilId: council.id, personId: input.personId, group: group!.group, seatedOn }) };
      },
      CONSTRAINT_RULES,
    );
  }

  async unseat(input: { memberId: string; leftOn?: string | null }) {
    demand(this.viewer, 'councils', 'unseat council members');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const member = isUuid(input.memberId) ? await councils.member(input.memberId) : null;
        if (!member || !(await councils.byIds([member.councilId], this.viewer.areas)).length)
          refuse(['input', 'memberId'], 'MEMBER_UNKNOWN', `no council member ${input.memberId} in your areas`);
        if (member.leftOn) refuse(['input', 'memberId'], 'ALREADY_UNSEATED', `the member left on ${member.leftOn}`);
        const v = new Validation();
        const leftOn = effectiveDay(input.leftOn, ['input', 'leftOn'], v, member.seatedOn);
        v.throwIfAny();
        return { member: await councils.unseat(member.id, leftOn) };
      },
      CONSTRAINT_RULES,
    );
  }

  async recordMeeting(input: { councilId: string; heldOn: string; attendeeIds: string[]; minutes: string; topicIds?: string[] | null }) {
    demand(this.viewer, 'councils', 'record council meetings');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const council = await this.council(tx, input.councilId);
        const v = new Validation();
        effectiveDay(input.heldOn, ['input', 'heldOn'], v);
        const attendees = [...new Set(input.attendeeIds)];
        if (
          v.check(attendees.length > 0, ['input', 'attendeeIds'], 'ATTENDEES_REQUIRED', 'name who attended') &&
          inBounds(v, 'attendees', input.attendeeIds.length, ['input', 'attendeeIds'], 'attendees')
        )
          if (v.check(attendees.every(isUuid), ['input', 'attendeeIds'], 'PERSON_ID_INVALID', 'every attendee is a person id'))
            await checkPersonsInScope(
              tx,
              this.viewer,
              input.attendeeIds.map((personId, i) => ({ field: ['input', 'attendeeIds', String(i)], personId })),
              v,
            );
        const minutes = text(input.minutes, ['input', 'minutes'], 'MINUTES_REQUIRED', v, 10_000);
        const topicIds = [...new Set(input.topicIds ?? [])];
        if (topicIds.length && inBounds(v, 'topics', (input.topicIds ?? []).length, ['input', 'topicIds'], 'topics of a meeting')) {
          const topics = topicIds.every(isUuid) ? await councils.topicsByIds(topicIds, this.viewer.areas) : [];
          v.check(
            topics.length === topicIds.length && topics.every((t) => t.councilId === council.id),
            ['input', 'topicIds'],
            'TOPIC_UNKNOWN',
            'every topic must be one of this council',
          );
        }
        v.throwIfAny();
        const meeting = await councils.insertMeeting({
          id: randomUUID(),
          councilId: council.id,
          areaCode: council.areaCode,
          heldOn: input.heldOn,
          attendeeIds: attendees,
          minutes,
        });
        if (topicIds.length) await councils.discussAt(meeting.id, topicIds);
        return { meeting };
      },
      CONSTRAINT_RULES,
    );
  }

  async raiseTopic(input: {
    councilId: string;
    title: string;
    description?: string | null;
    raisedById?: string | null;
    stakeholders?: { personId: string; group: string }[] | null;
    raisedOn?: string | null;
    incidentId?: string | null;
  }): TopicResult {
    demand(this.viewer, 'councils', 'raise council topics');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const council = await this.council(tx, input.councilId);
        const v = new Validation();
        const title = text(input.title, ['input', 'title'], 'TITLE_REQUIRED', v, 200);
        if (input.raisedById) v.check(isUuid(input.raisedById), ['input', 'raisedById'], 'PERSON_ID_INVALID', 'raisedById is a person id');
        const stakeholders = input.stakeholders ?? [];
        if (!inBounds(v, 'stakeholders', stakeholders.length, ['input', 'stakeholders'], 'stakeholders')) v.throwIfAny();
        v.check(
          stakeholders.every((s) => isUuid(s.personId) && s.group.trim().length > 0) &&
            new Set(stakeholders.map((s) => s.personId)).size === stakeholders.length,
          ['input', 'stakeholders'],
          'STAKEHOLDERS_INVALID',
          'each stakeholder is a person id, named once, with the group they speak for',
        );
        await checkPersonsInScope(
          tx,
          this.viewer,
          [
            ...(input.raisedById ? [{ field: ['input', 'raisedById'], personId: input.raisedById }] : []),
            ...stakeholders.map((s, i) => ({ field: ['input', 'stakeholders', String(i), 'personId'], personId: s.personId })),
          ],
          v,
        );
        let incident = null;
        if (input.incidentId) {
          [incident] = isUuid(input.incidentId) ? await new IncidentRepository(tx).byIds([input.incidentId], this.viewer.areas, true) : [];
          if (v.check(!!incident, ['input', 'incidentId'], 'INCIDENT_UNKNOWN', `no grid incident ${input.incidentId} in your areas`)) {
            v.check(!incident!.councilTopicId, ['input', 'incidentId'], 'INCIDENT_ALREADY_ESCALATED', 'the incident was already escalated to a council topic');
            v.check(
              incident!.areaCode.startsWith(council.areaCode),
              ['input', 'incidentId'],
              'INCIDENT_OF_OTHER_COMMUNITY',
              "the incident lies outside the council's community",
            );
          }
        }
        const raisedOn = effectiveDay(input.raisedOn, ['input', 'raisedOn'], v, incident?.reportedOn);
        v.throwIfAny();
        const topic = await councils.insertTopic({
          id: randomUUID(),
          councilId: council.id,
          areaCode: council.areaCode,
          title,
          description: (input.description ?? '').trim(),
          raisedBy: input.raisedById ?? null,
          raisedOn,
          incidentId: incident?.id ?? null,
        });
        await councils.insertStakeholders(
          topic.id,
          stakeholders.map((s) => ({ personId: s.personId, group: s.group.trim() })),
        );
        if (incident) await new IncidentRepository(tx).change(incident.id, { step: incident.step, councilTopicId: topic.id });
        return { topic };
      },
      CONSTRAINT_RULES,
    );
  }

  /** One vote per seated member per topic (also a unique index); only while the topic is open. */
  async vote(input: { topicId: string; personId: string; choice: VoteChoice; castOn?: string | null }): TopicResult {
    demand(this.viewer, 'councils', 'record council votes');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const topic = await this.topic(tx, input.topicId);
        if (topic.status !== 'OPEN') refuse(['input', 'topicId'], 'TOPIC_NOT_OPEN', `the topic was decided on ${topic.resolvedOn}`);
        const v = new Validation();
        const unknown = (await checkPersonsInScope(tx, this.viewer, [{ field: ['input', 'personId'], personId: input.personId }], v)).size > 0;
        const seat = isUuid(input.personId) && !unknown ? await councils.currentSeat(topic.councilId, input.personId) : null;
        if (!unknown && v.check(!!seat, ['input', 'personId'], 'NOT_SEATED', 'only a person holding a seat on the council may vote'))
          v.check(!(await councils.hasVoted(topic.id, input.personId)), ['input', 'personId'], 'ALREADY_VOTED', 'the member has already voted on this topic');
        const castOn = effectiveDay(input.castOn, ['input', 'castOn'], v, topic.raisedOn);
        v.throwIfAny();
        await councils.insertVote({ topicId: topic.id, memberId: seat!.id, personId: input.personId, choice: input.choice, castOn });
        await councils.tallyVote(topic.id, input.choice);
        return { topic: (await councils.topicsByIds([topic.id], this.viewer.areas))[0] };
      },
      CONSTRAINT_RULES,
    );
  }

  /** Refused without quorum; carried when more than half of the votes cast are for it. */
  async resolve(input: { topicId: string; resolution: string; on?: string | null }): TopicResult {
    demand(this.viewer, 'councils', 'resolve council topics');
    return transaction(
      this.dataSource,
      async (tx) => {
        const councils = new CouncilRepository(tx);
        const topic = await this.topic(tx, input.topicId);
        if (topic.status !== 'OPEN') refuse(['input', 'topicId'], 'TOPIC_NOT_OPEN', `the topic was decided on ${topic.resolvedOn}`);
        const seats = (await councils.seatGroupsOf([topic.councilId])).reduce((sum, g) => sum + g.seats, 0);
        const tally = { for: topic.votesFor, against: topic.votesAgainst, abstain: topic.votesAbstain };
        const v = new Validation();
        v.check(
          hasQuorum(tally, seats),
          ['input', 'topicId'],
          'NO_QUORUM',
          `a decision needs ${quorumOf(seats)} votes of ${seats} seats; ${tally.for + tally.against + tally.abstain} were cast`,
        );
        const resolution = text(input.resolution, ['input', 'resolution'], 'RESOLUTION_REQUIRED', v, 10_000);
        const on = effectiveDay(input.on, ['input', 'on'], v, topic.raisedOn);
        v.throwIfAny();
        const isCarried = carried(tally);
        const resolved = await councils.resolve(topic.id, isCarried ? 'CARRIED' : 'REJECTED', resolution, on);
        await this.outbox.add(
          tx,
          'mediation.topic.resolved',
          resolved.areaCode,
          {
            topicId: resolved.id,
            councilId: resolved.councilId,
            carried: isCarried,
            resolvedOn: on,
            votesFor: tally.for,
            votesAgainst: tally.against,
            votesAbstain: tally.abstain,
          },
          { requestId: this.viewer.requestId },
        );
        return { topic: resolved };
      },
      CONSTRAINT_RULES,
    );
  }

  async implement(input: { topicId: string; progress: number; note?: string | null; on?: string | null }): TopicResult {
    demand(this.viewer, 'councils', 'record implementation');
    return transaction(
      this.dataSource,
      async (tx) => {
        const topic = await this.topic(tx, input.topicId);
        if (topic.status !== 'CARRIED') refuse(['input', 'topicId'], 'TOPIC_NOT_CARRIED', 'only a carried resolution is implemented');
        const v = new Validation();
        inBounds(v, 'progress', input.progress, ['input', 'progress'], 'progress in per cent');
        const on = effectiveDay(input.on, ['input', 'on'], v, topic.implementationOn ?? topic.resolvedOn);
        v.throwIfAny();
        // the day it reached 100 % is kept while it stays done; it counts as implemented once
        const implementedOn = input.progress >= 100 ? (topic.implementedOn ?? on) : null;
        return { topic: await new CouncilRepository(tx).implement(topic.id, input.progress, input.note?.trim() || null, on, implementedOn) };
      },
      CONSTRAINT_RULES,
    );
  }

  private async council(tx: EntityManager, id: string): Promise<CouncilRow> {
    const [found] = isUuid(id) ? await new CouncilRepository(tx).byIds([id], this.viewer.areas) : [];
    if (!found) refuse(['input', 'councilId'], 'COUNCIL_UNKNOWN', `no residents' council ${id} in your areas`);
    return found;
  }

  private async topic(tx: EntityManager, id: string): Promise<TopicRow> {
    const [found] = isUuid(id) ? await new CouncilRepository(tx).topicsByIds([id], this.viewer.areas, true) : [];
    if (!found) refuse(['input', 'topicId'], 'TOPIC_UNKNOWN', `no council topic ${id} in your areas`);
    return found;
  }
}
