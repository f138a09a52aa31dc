import { Activity, Attendance, HoursEntry } from './activity';
import { KnownBuilding, KnownOrganization, KnownPerson } from './read-models';
import { BuildingCaptain, Team, TeamMember } from './team';
import { Award, Volunteer } from './volunteer';

export { Activity, Attendance, Award, BuildingCaptain, HoursEntry, KnownBuilding, KnownOrganization, KnownPerson, Team, TeamMember, Volunteer };
export const entities = [KnownPerson, KnownBuilding, KnownOrganization, Volunteer, Award, Team, TeamMember, BuildingCaptain, Activity, Attendance, HoursEntry];
