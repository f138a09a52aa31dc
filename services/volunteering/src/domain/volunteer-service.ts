import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import { conflict, transaction, type DataSource, type EntityManager } from '@linli/db';
import { isAreaCode, refuse, today, UserErrorsException, Validation } from '@linli/domain';
import { KNOWN_BUILDINGS, KNOWN_PERSONS, ReadModelRepository, type KnownBuilding, type Outbox } from '@linli/events';
import { TeamRepository, teamKind, type TeamKind, type TeamRow } from '../repositories/team-repository';
import { VolunteerRepository, type AwardRow, type VolunteerRow, type VolunteerStatus } from '../repositories/volunteer-repository';
import { reachOf, requireStaff, type Reach } from './access';
import { EARLIEST_DAY, normalizeSkills } from './rules';

/**
 * The constraints each change relies on, and what the request that loses a race past the
 * check hears (the kernel's transaction answers the rule, never the constraint's name).
 */
export const VOLUNTEER_CONFLICTS = {
  registerVolunteer: {
    volunteers_one_per_person: conflict(['input', 'personId'], 'ALREADY_VOLUNTEER', 'this person is already registered as a volunteer'),
  },
  createTeam: {
    teams_name_per_area: conflict(['input', 'name'], 'TEAM_NAME_TAKEN', 'a team of this name already serves this area'),
  },
  addTeamMember: {
    team_members_pkey: conflict(['input', 'volunteerId'], 'ALREADY_MEMBER', 'the volunteer is already in this team'),
  },
  assignCaptain: {
    building_captains_pkey: conflict(['input', 'volunteerId'], 'ALREADY_CAPTAIN', 'the volunteer already captains this building'),
  },
  giveAward: {
    awards_once: conflict(['input', 'title'], 'AWARD_ALREADY_GIVEN', 'the volunteer was already given this award on this day'),
  },
} as const;

export interface RegisterVolunteer {
  personId: string;
  areaCode: string;
  skills?: string[] | null;
  registeredOn?: string | null;
}

export interface ChangeTeamLeader {
  teamId: string;
  leaderId: string;
}

export interface CreateTeam {
  name: string;
  kind: TeamKind | 'NEIGHBOURHOOD_PATROL';
  areaCode: string;
  leaderId?: string | null;
}

/**
 * Volunteers, teams, building captains and awards. Every change commits with its event in
 * one transaction; a refusal throws before anything is written. A request that loses a race
 * past a check (two registrations of one person, two teams of one name) is refused by the
 * unique constraint behind the check, with the same user error.
 */
export class VolunteerService {
  private readonly reach: Reach;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
  ) {
    this.reach = reachOf(viewer);
  }

  async registerVolunteer(input: RegisterVolunteer): Promise<{ volunteer: VolunteerRow }> {
    requireStaff(this.viewer, 'register volunteers');
    const v = new Validation();
    v.check(isAreaCode(input.areaCode) && inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'areaCode must be an area within your areas');
    const skills = normalizeSkills(input.skills, ['input', 'skills'], v);
    const registeredOn = input.registeredOn ?? today();
    if (v.check(registeredOn >= EARLIEST_DAY, ['input', 'registeredOn'], 'OUT_OF_RANGE', `registration is dated from ${EARLIEST_DAY}`))
      v.check(registeredOn <= today(), ['input', 'registeredOn'], 'REGISTERED_ON_IN_FUTURE', 'registration cannot be dated in the future');
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      // a person outside the caller's areas is unknown to them, as on every read
      if (!(await new ReadModelRepository(tx, KNOWN_PERSONS).knownInScope([input.personId], this.viewer.areas)).size)
        refuse(['input', 'personId'], 'PERSON_UNKNOWN', `no person ${input.personId} in your areas`);
      // the registration may lie in another area (the person moved): its id is not the caller's to learn
      if (await volunteers.idOfPerson(input.personId)) refuse(['input', 'personId'], 'ALREADY_VOLUNTEER', 'this person is already registered as a volunteer');
      const volunteer = await volunteers.insert({ id: randomUUID(), personId: input.personId, areaCode: input.areaCode, skills, status: 'ACTIVE', registeredOn });
      await this.outbox.add(
        tx,
        'volunteering.volunteer.registered',
        volunteer.areaCode,
        { volunteerId: volunteer.id, personId: volunteer.personId, registeredOn: volunteer.registeredOn },
        this.trace(),
      );
      return { volunteer };
    }, VOLUNTEER_CONFLICTS.registerVolunteer);
  }

  async updateVolunteer(input: { volunteerId: string; skills?: string[] | null; status?: VolunteerStatus | null }): Promise<{ volunteer: VolunteerRow }> {
    requireStaff(this.viewer, 'change volunteers');
    const v = new Validation();
    const skills = input.skills ? normalizeSkills(input.skills, ['input', 'skills'], v) : undefined;
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      await this.volunteer(tx, input.volunteerId, ['input', 'volunteerId']);
      return { volunteer: await volunteers.update(input.volunteerId, { skills, status: input.status ?? undefined }) };
    });
  }

  async createTeam(input: CreateTeam): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'create teams');
    const name = input.name.trim();
    return transaction(this.dataSource, async (tx) => {
      const teams = new TeamRepository(tx);
      const v = new Validation();
      const areaOk = v.check(isAreaCode(input.areaCode) && inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'areaCode must be an area within your areas');
      if (v.check(name.length >= 1 && name.length <= 100, ['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters') && areaOk)
        v.check(!(await teams.nameTaken(input.areaCode, name)), ['input', 'name'], 'TEAM_NAME_TAKEN', `a team named ${name} already serves ${input.areaCode}`);
      if (input.leaderId) await this.checkLeader(tx, input.leaderId, areaOk ? input.areaCode : null, v);
      v.throwIfAny();
      const team = await teams.insert({ id: randomUUID(), name, kind: teamKind(input.kind), areaCode: input.areaCode, leaderId: input.leaderId ?? null });
      if (team.leaderId) await teams.addMember(team.id, team.leaderId);
      return { team };
    }, VOLUNTEER_CONFLICTS.createTeam);
  }

  /**
   * Names a new leader: an active volunteer within the team's area, who joins the team if
   * not yet a member. The former leader stays a member. The team's row is locked, then the
   * volunteer's, so a concurrent removal or suspension waits for this change or sees it.
   */
  async changeTeamLeader(input: ChangeTeamLeader): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'change team leaders');
    return transaction(this.dataSource, async (tx) => {
      const teams = new TeamRepository(tx);
      const [team] = await teams.byIds([input.teamId], this.viewer.areas, true);
      if (!team) refuse(['input', 'teamId'], 'TEAM_UNKNOWN', `no team ${input.teamId} in your areas`);
      const v = new Validation();
      const leader = await this.checkLeader(tx, input.leaderId, team.areaCode, v);
      if (leader) v.check(team.leaderId !== leader.id, ['input', 'leaderId'], 'ALREADY_LEADER', 'the volunteer already leads this team');
      v.throwIfAny();
      if (!(await teams.isMember(team.id, input.leaderId))) await teams.addMember(team.id, input.leaderId);
      return { team: await teams.setLeader(team.id, input.leaderId) };
    });
  }

  async addTeamMember(input: { teamId: string; volunteerId: string }): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'change teams');
    // the team's row lock already orders concurrent additions; the key backs it
    return transaction(this.dataSource, async (tx) => {
      const teams = new TeamRepository(tx);
      const v = new Validation();
      const [team] = await teams.byIds([input.teamId], this.viewer.areas, true);
      v.check(!!team, ['input', 'teamId'], 'TEAM_UNKNOWN', `no team ${input.teamId} in your areas`);
      const [volunteer] = await new VolunteerRepository(tx).byIds([input.volunteerId], this.reach);
      if (v.check(!!volunteer, ['input', 'volunteerId'], 'VOLUNTEER_UNKNOWN', `no volunteer ${input.volunteerId} in your areas`)) {
        v.check(volunteer.status === 'ACTIVE', ['input', 'volunteerId'], 'VOLUNTEER_NOT_ACTIVE', 'only active volunteers join teams');
        if (team) v.check(volunteer.areaCode.startsWith(team.areaCode), ['input', 'volunteerId'], 'OUTSIDE_TEAM_AREA', `members are volunteers within the team's area ${team.areaCode}`);
      }
      v.throwIfAny();
      if (await teams.isMember(team.id, volunteer.id)) refuse(['input', 'volunteerId'], 'ALREADY_MEMBER', 'the volunteer is already in this team');
      await teams.addMember(team.id, volunteer.id);
      return { team };
    }, VOLUNTEER_CONFLICTS.addTeamMember);
  }

  async removeTeamMember(input: { teamId: string; volunteerId: string }): Promise<{ team: TeamRow }> {
    requireStaff(this.viewer, 'change teams');
    return transaction(this.dataSource, async (tx) => {
      const teams = new TeamRepository(tx);
      const [team] = await teams.byIds([input.teamId], this.viewer.areas, true);
      if (!team) refuse(['input', 'teamId'], 'TEAM_UNKNOWN', `no team ${input.teamId} in your areas`);
      if (!(await teams.isMember(team.id, input.volunteerId))) refuse(['input', 'volunteerId'], 'NOT_A_MEMBER', 'the volunteer is not in this team');
      if (team.leaderId === input.volunteerId) refuse(['input', 'volunteerId'], 'LEADER_CANNOT_LEAVE', 'name another leader before the leader leaves');
      await teams.removeMember(team.id, input.volunteerId);
      return { team };
    });
  }

  async assignCaptain(input: { buildingId: string; volunteerId: string }): Promise<{ building: KnownBuilding }> {
    requireStaff(this.viewer, 'assign building captains');
    return transaction(this.dataSource, async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      const v = new Validation();
      const [building] = await new ReadModelRepository(tx, KNOWN_BUILDINGS).byIds([input.buildingId], this.viewer.areas);
      v.check(!!building, ['input', 'buildingId'], 'BUILDING_UNKNOWN', `no building ${input.buildingId} in your areas (known from housing)`);
      const [volunteer] = await volunteers.byIds([input.volunteerId], this.reach);
      if (v.check(!!volunteer, ['input', 'volunteerId'], 'VOLUNTEER_UNKNOWN', `no volunteer ${input.volunteerId} in your areas`))
        v.check(volunteer.status === 'ACTIVE', ['input', 'volunteerId'], 'VOLUNTEER_NOT_ACTIVE', 'only active volunteers captain buildings');
      v.throwIfAny();
      if (await volunteers.isCaptain(building.id, volunteer.id)) refuse(['input', 'volunteerId'], 'ALREADY_CAPTAIN', 'the volunteer already captains this building');
      await volunteers.assignCaptain(building.id, volunteer.id, building.gridCode);
      return { building };
    }, VOLUNTEER_CONFLICTS.assignCaptain);
  }

  async relieveCaptain(input: { buildingId: string; volunteerId: string }): Promise<{ building: KnownBuilding }> {
    requireStaff(this.viewer, 'relieve building captains');
    return transaction(this.dataSource, async (tx) => {
      const [building] = await new ReadModelRepository(tx, KNOWN_BUILDINGS).byIds([input.buildingId], this.viewer.areas);
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
    if (v.check(awardedOn >= EARLIEST_DAY, ['input', 'awardedOn'], 'OUT_OF_RANGE', `an award is dated from ${EARLIEST_DAY}`))
      v.check(awardedOn <= today(), ['input', 'awardedOn'], 'AWARDED_ON_IN_FUTURE', 'an award cannot be dated in the future');
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const volunteers = new VolunteerRepository(tx);
      await this.volunteer(tx, input.volunteerId, ['input', 'volunteerId']);
      const award = { volunteerId: input.volunteerId, kind: input.kind, title, awardedOn };
      if (await volunteers.awardGiven(award)) throw new UserErrorsException([VOLUNTEER_CONFLICTS.giveAward.awards_once]);
      return { award: await volunteers.insertAward({ id: randomUUID(), ...award, awardedBy: this.viewer.id }) };
    }, VOLUNTEER_CONFLICTS.giveAward);
  }

  /** A team's leader: a volunteer in the caller's areas, active, and within the team's area when that is known. */
  private async checkLeader(tx: EntityManager, leaderId: string, teamArea: string | null, v: Validation): Promise<VolunteerRow | undefined> {
    const field = ['input', 'leaderId'];
    const [leader] = await new VolunteerRepository(tx).byIds([leaderId], this.reach, true);
    if (!v.check(!!leader, field, 'VOLUNTEER_UNKNOWN', `no volunteer ${leaderId} in your areas`)) return undefined;
    v.check(leader.status === 'ACTIVE', field, 'VOLUNTEER_NOT_ACTIVE', 'the leader must be an active volunteer');
    if (teamArea) v.check(leader.areaCode.startsWith(teamArea), field, 'OUTSIDE_TEAM_AREA', `the leader must be a volunteer within the team's area ${teamArea}`);
    return leader;
  }

  private async volunteer(tx: EntityManager, id: string, field: string[]): Promise<VolunteerRow> {
    const [volunteer] = await new VolunteerRepository(tx).byIds([id], this.reach, true);
    if (!volunteer) refuse(field, 'VOLUNTEER_UNKNOWN', `no volunteer ${id} in your areas`);
    return volunteer;
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
