import { hasRole, type Viewer } from '@linli/auth';
import type { OrganizationStatus } from '@linli/contracts';
import { Validation, type IsoDate } from '@linli/domain';

export type ProjectStatus = 'PLANNED' | 'RUNNING' | 'COMPLETED' | 'CANCELLED';
export type ActivityFrequency = 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** The organization life cycle: a suspended organization may resume; deregistration is final. */
const ORGANIZATION_STEPS: Record<OrganizationStatus, readonly OrganizationStatus[]> = {
  ACTIVE: ['SUSPENDED', 'DEREGISTERED'],
  SUSPENDED: ['ACTIVE', 'DEREGISTERED'],
  DEREGISTERED: [],
};

export function organizationMayBecome(from: OrganizationStatus, to: OrganizationStatus): boolean {
  return ORGANIZATION_STEPS[from].includes(to);
}

/** The project life cycle: cancelled before completion, or run to completion. */
const PROJECT_STEPS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function projectMayBecome(from: ProjectStatus, to: ProjectStatus): boolean {
  return PROJECT_STEPS[from].includes(to);
}

/** Outcomes and activities count for a project only once it has started, never after cancellation. */
export function projectAcceptsOutcomes(status: ProjectStatus): boolean {
  return status === 'RUNNING' || status === 'COMPLETED';
}

/** The smallest and largest value a numeric input accepts (both included). */
export interface Bound {
  min: number;
  max: number;
}

/**
 * What organizations accepts, chosen to be plausible for a community organization and small
 * enough that no figure built from them (a target's progress, an area's totals) can fail. The
 * schema descriptions and the README give the same numbers; a value above `max` is refused
 * with OUT_OF_RANGE.
 */
export const BOUNDS = {
  /** People taking part in one activity (a district festival stays below this). */
  participants: { min: 0, max: 100_000 },
  /** People served (服务人次) at one activity. */
  peopleServed: { min: 0, max: 100_000 },
  /** A project target's figure. */
  target: { min: 1, max: 1_000_000 },
  /** Targets of one project. */
  targets: { min: 1, max: 20 },
  /** One outcome report. */
  outcome: { min: 1, max: 1_000_000 },
  /** All outcomes reported against one target, so `achieved` stays a 32-bit Int. */
  achieved: { min: 0, max: 1_000_000_000 },
  /** A project's budget in fen: at most 100 million yuan (1 亿元). */
  budgetFen: { min: 1, max: 10_000_000_000 },
  /** A campaign's goal in fen: at most 100 million yuan. */
  goalFen: { min: 1, max: 10_000_000_000 },
  /** One donation in fen: at most 10 million yuan (1000 万元). */
  donationFen: { min: 1, max: 1_000_000_000 },
} as const satisfies Record<string, Bound>;

/** Records OUT_OF_RANGE unless a whole number lies within its bound; `below` names a value under the minimum as before. */
export function checkBound(value: number, bound: Bound, field: string[], below: string, label: string, v: Validation): boolean {
  if (!v.check(Number.isInteger(value) && value >= bound.min, field, below, `${label} must be a whole number, ${bound.min} or more`)) return false;
  return v.inRange(field, value, bound, label);
}

/**
 * Checks an amount of money given in fen: a whole, positive number within its bound. Records
 * a user error and returns false otherwise; never rounds.
 */
export function checkFen(value: unknown, bound: Bound, field: string[], v: Validation): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return v.check(false, field, 'AMOUNT_INVALID', 'the amount must be a number of fen');
  if (!v.check(Number.isInteger(value), field, 'AMOUNT_FRACTIONAL_FEN', 'amounts are whole fen (分); a fraction of a fen cannot be paid')) return false;
  if (!v.check(value >= bound.min, field, 'AMOUNT_NOT_POSITIVE', 'the amount must be more than 0 fen')) return false;
  return v.check(value <= bound.max, field, 'OUT_OF_RANGE', `the amount must be at most ${bound.max.toLocaleString('en-US')} fen`);
}

/** The last day of a month (1-based month). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The days a regular event fell on from `from` to `to` (both included). A monthly event on
 * the 31st falls on the last day of shorter months and returns to the 31st after; a yearly
 * one on 29 February falls on the 28th in common years. Stops after `limit` + 1 dates so a
 * caller can tell the series is too long without building it.
 */
export function seriesDates(from: IsoDate, to: IsoDate, frequency: ActivityFrequency, limit = 120): IsoDate[] {
  const dates: IsoDate[] = [];
  const [y, m, d] = from.split('-').map(Number);
  for (let i = 0; dates.length <= limit; i++) {
    let date: IsoDate;
    if (frequency === 'WEEKLY') {
      const t = new Date(Date.UTC(y, m - 1, d + 7 * i));
      date = t.toISOString().slice(0, 10);
    } else if (frequency === 'MONTHLY') {
      const months = m - 1 + i;
      const year = y + Math.floor(months / 12);
      const month = (months % 12) + 1;
      date = dateOf(year, month, Math.min(d, daysInMonth(year, month)));
    } else {
      date = dateOf(y + i, m, Math.min(d, daysInMonth(y + i, m)));
    }
    if (date > to) break;
    dates.push(date);
  }
  return dates;
}

/** Roles that keep the registry of their areas: register, change status, buy services. */
export function keepsRegistry(viewer: Viewer): boolean {
  return hasRole(viewer, 'DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER');
}

/** Who may record an organization's own work (members, activities, outcomes, funds): the registry's keepers and its own staff. */
export function mayActFor(viewer: Viewer, organizationId: string): boolean {
  return keepsRegistry(viewer) || (hasRole(viewer, 'ORG_STAFF') && viewer.orgs.includes(organizationId));
}

/** Trims text and checks its length; returns the trimmed text. */
export function text(value: string | null | undefined, max: number, field: string[], code: string, label: string, v: Validation): string {
  const trimmed = (value ?? '').trim();
  v.check(trimmed.length > 0 && trimmed.length <= max, field, code, `${label} must be 1 to ${max} characters`);
  return trimmed;
}

/** Decimal hours to two places, the one shape hours come in (minutes stay exact in the database). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
