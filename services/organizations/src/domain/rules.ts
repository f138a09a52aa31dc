import { hasRole, type Viewer } from '@linli/auth';
import type { OrganizationStatus } from '@linli/contracts';
import { Validation, type IsoDate } from '@linli/domain';

export type ProjectStatus = 'PLANNED' | 'RUNNING' | 'COMPLETED' | 'CANCELLED';
export type ActivityFrequency = 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** The organisation life cycle: a suspended organisation may resume; deregistration is final. */
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

/**
 * Checks an amount of money given in fen: a whole, positive number that stays exact in a
 * JSON number. Records a user error and returns false otherwise; never rounds.
 */
export function checkFen(value: unknown, field: string[], v: Validation): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return v.check(false, field, 'AMOUNT_INVALID', 'the amount must be a number of fen');
  if (!v.check(Number.isInteger(value), field, 'AMOUNT_FRACTIONAL_FEN', 'amounts are whole fen (分); a fraction of a fen cannot be paid')) return false;
  if (!v.check(value > 0, field, 'AMOUNT_NOT_POSITIVE', 'the amount must be more than 0 fen')) return false;
  return v.check(Number.isSafeInteger(value), field, 'AMOUNT_TOO_LARGE', 'the amount is too large to be exact');
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

/** Who may record an organisation's own work (members, activities, outcomes, funds): the registry's keepers and its own staff. */
export function mayActFor(viewer: Viewer, organizationId: string): boolean {
  return keepsRegistry(viewer) || (hasRole(viewer, 'ORG_STAFF') && viewer.orgs.includes(organizationId));
}

/** Trims text and checks its length; returns the trimmed text. */
export function text(value: string | null | undefined, max: number, field: string[], code: string, label: string, v: Validation): string {
  const trimmed = (value ?? '').trim();
  v.check(trimmed.length > 0 && trimmed.length <= max, field, code, `${label} must be 1 to ${max} characters`);
  return trimmed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing (and must not reach a ::uuid cast). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
