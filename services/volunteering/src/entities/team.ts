import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 志愿队: a volunteer team serving an area. */
@Entity({ name: 'teams' })
export class Team {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'leader_id', type: 'uuid', nullable: true })
  leaderId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A volunteer's membership of a team. */
@Entity({ name: 'team_members' })
export class TeamMember {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

/** 楼长: a volunteer captaining a building; area_code is the building's grid. */
@Entity({ name: 'building_captains' })
export class BuildingCaptain {
  @PrimaryColumn({ name: 'building_id', type: 'uuid' })
  buildingId: string;

  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
