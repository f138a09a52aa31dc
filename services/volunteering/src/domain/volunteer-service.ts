import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import type { DataSource, EntityManager } from '@linli/db';
import { isAreaCode, refuse, today, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { ReadModelRepository, type KnownBuildingRow } from '../repositories/read-model-repository';
import { TeamRepository, type TeamKind, type TeamRow } from '../repositories/team-repository';
import { VolunteerRepository, type AwardRow, type VolunteerRow, type VolunteerStatus } from '../repositories/volunteer-repository';
import { requireStaff } from './access';
import { normalizeSkills } from './rules';

export interface RegisterVolunteer {
  personId: string;
  areaCode: string;
  skills?: string[] | null;
  registeredOn?: string | null;
}

export interface CreateTeam {
  name: string;
  kind: TeamKind;
  areaCode: string;
  leaderId?: string | null;
}

/**
 * Volunteers, teams, building captains and awards. Every change commits with its event in
 * one transaction; a refusal throws before anything is written.
 */
export class VolunteerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
  ) {}

  async registerVolunteer(input: RegisterVolunteer): Promise<{ volunteer: VolunteerRow }> {
    requireStaff(this.viewer, 'register volunteers');
    const v = new Validation();
    v.check(isAreaCode(input.areaCode) && inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'areaCode must be an area within your areas');
    const skills = normalizeSkills(input.skills, ['input', 'skills'], v);
    const registeredOn = input.registeredOn ?? today();
    v.check(registeredOn <= today(), ['input', 'registeredOn'], 'REGISTERED_ON_IN_FUTURE', 'registration cannot be dated in the future');
    v.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      if (!(await new ReadModelRepository(tx).personExists(input.personId)))
        refuse(['input', 'personId'], 'PERSON_UNKNOWN', `person ${input.personId} is not known to volunteering (population has not announced them)`);
      const existing = await volunteers.idOfPerson(input.personId);
      if (existing) refuse(['input', 'personId'], 'ALREADY_VOLUNTEER', `this person is already registered as volunteer ${existing}`);
      const volunteer = await volunteers.insert({ id: randomUUID(), personId: input.personId, areaCode: input.areaCode, skills, status: 'ACTIVE', registeredOn });
      await this.outbox.add(
        tx,
        'volunteering.volunteer.registered',
        volunteer.areaCode,
        { volunteerId: volunteer.id, personId: volunteer.personId, registeredOn: volunteer.registeredOn },
        this.trace(),
      );
      return { volunteer };
    });
  }

  async updateVolunteer(input: { volunteerId: string; skills?: string[] | null; status?: VolunteerStatus | null }): Promise<{ volunteer: VolunteerRow }> {
    requireStaff(this.viewer, 'change volunteers');
    const v = new Validation();
    const skills = input.skills ? normalizeSkills(input.skills, ['input', 'skills'], v) : undefined;
    v.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      await this.volunteer(tx, input.volunteerId, ['input', 'volunteerId']);
      return { volunteer: await volunteers.update(input.volunteerId, { skills, status: input.status ?? undefined }) };
    });
  }

  async createTeam(input: CreateTeam): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'create teams');
    const name = input.name.trim();
    return this.dataSource.transaction(async (tx) => {
      const teams = new TeamRepository(tx);
      const v = new Validation();
      const areaOk = v.check(isAreaCode(input.areaCode) && inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'areaCode must be an area within your areas');
      if (v.check(name.length >= 1 && name.length <= 100, ['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters') && areaOk)
        v.check(!(await teams.nameTaken(input.areaCode, name)), ['input', 'name'], 'TEAM_NAME_TAKEN', `a team named ${name} already serves ${input.areaCode}`);
      if (input.leaderId) {
        const [leader] = await new VolunteerRepository(tx).byIds([input.leaderId], this.viewer.areas);
        if (v.check(!!leader, ['input', 'leaderId'], 'VOLUNTEER_UNKNOWN', `no volunteer ${input.leaderId} in your areas`))
          v.check(leader.status === 'ACTIVE', ['input', 'leaderId'], 'VOLUNTEER_NOT_ACTIVE', 'the leader must be an active volunteer');
      }
      v.throwIfAny();
      const team = await teams.insert({ id: randomUUID(), name, kind: input.kind, areaCode: input.areaCode, leaderId: input.leaderId ?? null });
      if (team.leaderId) await teams.addMember(team.id, team.leaderId);
      return { team };
    });
  }

  async addTeamMember(input: { teamId: string; volunteerId: string }): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'change teams');
    return this.dataSource.transaction(async (tx) => {
      const teams = new TeamRepository(tx);
      const v = new Validation();
      const [team] = await teams.byIds([input.teamId], this.viewer.areas, true);
      v.check(!!team, ['input', 'teamId'], 'TEAM_UNKNOWN', `no team ${input.teamId} in your areas`);
      const [volunteer] = await new VolunteerRepository(tx).byIds([input.volunteerId], this.viewer.areas);
      if (v.check(!!volunteer, ['input', 'volunteerId'], 'VOLUNTEER_UNKNOWN', `no volunteer ${input.volunteerId} in your areas`))
        v.check(volunteer.status === 'ACTIVE', ['input', 'volunteerId'], 'VOLUNTEER_NOT_ACTIVE', 'only active volunteers join teams');
      v.throwIfAny();
      if (await teams.isMember(team.id, volunteer.id)) refuse(['input', 'volunteerId'], 'ALREADY_MEMBER', 'the volunteer is already in this team');
      await teams.addMember(team.id, volunteer.id);
      return { team };
    });
  }

  async removeTeamMember(input: { teamId: string; volunteerId: string }): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'change teams');
    return this.dataSource.transaction(async (tx) => {
      const teams = new TeamRepository(tx);
      const [team] = await teams.byIds([input.teamId], this.viewer.areas, true);
      if (!team) refuse(['input', 'teamId'], 'TEAM_UNKNOWN', `no team ${input.teamId} in your areas`);
      if (!(await teams.isMember(team.id, input.volunteerId))) refuse(['input', 'volunteerId'], 'NOT_A_MEMBER', 'the volunteer is not in this team');
      if (team.leaderId === input.volunteerId) refuse(['input', 'volunteerId'], 'LEADER_CANNOT_LEAVE', 'name another leader before the leader leaves');
      await teams.removeMember(team.id, input.volunteerId);
      return { team };
    });
  }

  async assignCaptain(input: { buildingId: string; volunteerId: string }): Promise<{ building: KnownBuildingRow }> {
    requireStaff(this.viewer, 'assign building captains');
    return this.dataSource.transaction(async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      const v = new Validation();
      const [building] = await new ReadModelRepository(tx).buildingsByIds([input.buildingId], this.viewer.areas);
      v.check(!!building, ['input', 'buildingId'], 'BUILDING_UNKNOWN', `no building ${input.buildingId} in your areas (known from housing)`);
      const [volunteer] = await volunteers.byIds([input.volunteerId], this.viewer.areas);
      if (v.check(!!volunteer, ['input', 'volunteerId'], 'VOLUNTEER_UNKNOWN', `no volunteer ${input.volunteerId} in your areas`))
        v.check(volunteer.status === 'ACTIVE', ['input', 'volunteerId'], 'VOLUNTEER_NOT_ACTIVE', 'only active volunteers captain buildings');
      v.throwIfAny();
      if (await volunteers.isCaptain(building.id, volunteer.id)) refuse(['input', 'volunteerId'], 'ALREADY_CAPTAIN', 'the volunteer already captains this building');
      await volunteers.assignCaptain(building.id, volunteer.id, building.gridCode);
      return { building };
    });
  }

  async relieveCaptain(input: { buildingId: string; volunteerId: string }): Promise<{ building: KnownBuildingRow }> {
    requireStaff(this.viewer, 'relieve building captains');
    return this.dataSource.transaction(async (tx) => {
      const [building] = await new ReadModelRepository(tx).buildingsByIds([input.buildingId], this.viewer.areas);
      if (!building) refuse(['input', 'buildingId'], 'BUILDING_UNKNOWN', `no building ${input.buildingId} in your areas (known from housing)`);
      if (!(await new VolunteerRepository(tx).relieveCaptain(building.id, input.volunteerId)))
        refuse(['input', 'volunteerId'], 'NOT_A_CAPTAIN', 'the volunteer does not captain this building');
      return { building };
    });
  }

  async giveAward(input: { volunteerId: string; kind: AwardRow['kind']; title: string; awardedOn?: string | null }): Promise<{ award: AwardRow }> {
    requireStaff(this.viewer, 'give awards');
    const title = input.title.trim();
    const awardedOn = input.awardedOn ?? today();
    const v = new Validation();
    v.check(title.length >= 1 && title.length <= 100, ['input', 'title'], 'TITLE_INVALID', 'title must be 1 to 100 characters');
    v.check(awardedOn <= today(), ['input', 'awardedOn'], 'AWARDED_ON_IN_FUTURE', 'an award cannot be dated in the future');
    v.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      await this.volunteer(tx, input.volunteerId, ['input', 'volunteerId']);
      const award = await new VolunteerRepository(tx).insertAward({ id: randomUUID(), volunteerId: input.volunteerId, kind: input.kind, title, awardedOn, awardedBy: this.viewer.id });
      return { award };
    });
  }

  private async volunteer(tx: EntityManager, id: string, field: string[]): Promise<VolunteerRow> {
    const [volunteer] = await new VolunteerRepository(tx).byIds([id], this.viewer.areas, true);
    if (!volunteer) refuse(field, 'VOLUNTEER_UNKNOWN', `no volunteer ${id} in your areas`);
    return volunteer;
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
