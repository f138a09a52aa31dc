import { Activity, Attendance, HoursEntry } from './activity';
import { BuildingCaptain, Team, TeamMember } from './team';
import { Award, Volunteer } from './volunteer';

export { Activity, Attendance, Award, BuildingCaptain, HoursEntry, Team, TeamMember, Volunteer };
/** Volunteering's own tables; the read models of others' entities are the kernel's (@linli/events). */
export const entities = [Volunteer, Award, Team, TeamMember, BuildingCaptain, Activity, Attendance, HoursEntry];
