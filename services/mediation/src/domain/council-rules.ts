/**
 * The council's voting rules, pure. A council decides only with a quorum: more than half of
 * its planned seats have voted on the topic (abstentions count towards the quorum). A topic
 * is carried when more than half of the votes cast are for it.
 */
export type VoteChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

export function quorumOf(totalSeats: number): number {
  return Math.floor(totalSeats / 2) + 1;
}

export function votesCast(t: Tally): number {
  return t.for + t.against + t.abstain;
}

export function hasQuorum(t: Tally, totalSeats: number): boolean {
  return totalSeats > 0 && votesCast(t) >= quorumOf(totalSeats);
}

export function carried(t: Tally): boolean {
  return t.for * 2 > votesCast(t);
}

/** Implementation status follows from progress: nothing done, under way, or done. */
export function implementationStatus(progress: number): 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' {
  return progress <= 0 ? 'NOT_STARTED' : progress >= 100 ? 'DONE' : 'IN_PROGRESS';
}

export interface SeatGroup {
  group: string;
  seats: number;
}

/** Problems with a seat plan: no groups, a group without seats, a name used twice. */
export function seatPlanProblems(plan: readonly SeatGroup[]): string[] {
  const problems: string[] = [];
  if (plan.length === 0) problems.push('a council needs at least one seat group');
  const names = new Set<string>();
  for (const { group, seats } of plan) {
    const name = group.trim();
    if (!name || name.length > 40) problems.push('a group name is 1 to 40 characters');
    if (!Number.isInteger(seats) || seats < 1 || seats > 99) problems.push(`group ${name} needs 1 to 99 seats`);
    if (names.has(name)) problems.push(`group ${name} appears twice`);
    names.add(name);
  }
  return problems;
}
