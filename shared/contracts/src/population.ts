import type { Envelope, IsoDate } from './envelope';

export type HouseholdType = 'LOCAL' | 'MIGRANT';
export type KeyGroupKind = 'ELDERLY_ALONE' | 'DISABLED' | 'LOW_INCOME' | 'LEFT_BEHIND_CHILD' | 'COMMUNITY_CORRECTION' | 'OTHER';

/** No ID number or phone ever travels in an event: they stay encrypted in population. */
export interface PersonData {
  personId: string;
  householdType: HouseholdType;
  areaCode: string | null;
}

export interface ResidenceData {
  residenceId: string;
  personId: string;
  houseId: string;
  from: IsoDate;
  to: IsoDate | null;
  reason: string;
}

export type PopulationEvent =
  | Envelope<'population.person.registered', 1, PersonData>
  | Envelope<'population.person.updated', 1, PersonData>
  | Envelope<'population.residence.registered', 1, ResidenceData>
  | Envelope<'population.residence.ended', 1, ResidenceData & { to: IsoDate }>
  | Envelope<'population.keygroup.tagged', 1, { personId: string; kind: KeyGroupKind; from: IsoDate; to: IsoDate | null }>
  | Envelope<'population.keygroup.untagged', 1, { personId: string; kind: KeyGroupKind; to: IsoDate }>
  | Envelope<'population.visit.recorded', 1, { visitId: string; personId: string; visitedOn: IsoDate; followUpNeeded: boolean }>
  /** A points entry; a reversal (a revoked source) carries negative points and the entry it reverses. */
  | Envelope<'population.points.awarded', 1, { entryId: string; personId: string; rule: string; points: number; reference: string; reverses?: string }>;
