import { DOMAINS, type Domain } from './envelope';
import type { HousingEvent } from './housing';
import type { MediationEvent } from './mediation';
import type { OrganizationsEvent } from './organizations';
import type { PopulationEvent } from './population';
import type { VolunteeringEvent } from './volunteering';

export * from './envelope';
export type * from './housing';
export type * from './population';
export type * from './organizations';
export type * from './mediation';
export type * from './volunteering';

/** Every event of the federation: a discriminated union on `type`. */
export type DomainEvent = HousingEvent | PopulationEvent | OrganizationsEvent | MediationEvent | VolunteeringEvent;
export type EventType = DomainEvent['type'];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
export type DataOf<T extends EventType> = EventOf<T>['data'];
export type EventsOf<D extends Domain> = Extract<DomainEvent, { type: `${D}.${string}` }>;

/** The contract version each event type is published at. */
export const EVENT_VERSIONS: { [T in EventType]: EventOf<T>['version'] } = {
  'housing.area.created': 1,
  'housing.area.renamed': 1,
  'housing.area.retired': 1,
  'housing.building.registered': 1,
  'housing.building.updated': 1,
  'housing.house.registered': 1,
  'housing.house.updated': 1,
  'housing.inspection.recorded': 1,
  'housing.hazard.reported': 1,
  'housing.hazard.rectified': 1,
  'housing.hazard.overdue': 1,
  'population.person.registered': 1,
  'population.person.updated': 1,
  'population.residence.registered': 1,
  'population.residence.ended': 1,
  'population.keygroup.tagged': 1,
  'population.keygroup.untagged': 1,
  'population.visit.recorded': 1,
  'population.points.awarded': 1,
  'organizations.organization.registered': 1,
  'organizations.organization.updated': 1,
  'organizations.organization.status_changed': 1,
  'organizations.member.joined': 1,
  'organizations.member.left': 1,
  'organizations.activity.recorded': 1,
  'organizations.project.outcome_reported': 1,
  'mediation.case.opened': 1,
  'mediation.case.transitioned': 1,
  'mediation.case.closed': 1,
  'mediation.incident.reported': 1,
  'mediation.incident.dispatched': 1,
  'mediation.incident.closed': 1,
  'mediation.topic.resolved': 1,
  'volunteering.volunteer.registered': 1,
  'volunteering.activity.posted': 1,
  'volunteering.activity.cancelled': 1,
  'volunteering.activity.completed': 1,
  'volunteering.hours.approved': 1,
  'volunteering.hours.reversed': 1,
};

export const EVENT_TYPES = Object.keys(EVENT_VERSIONS) as EventType[];

export function domainOf(type: string): Domain {
  const domain = type.slice(0, type.indexOf('.'));
  if (!(DOMAINS as readonly string[]).includes(domain)) throw new Error(`event type ${type} names no domain`);
  return domain as Domain;
}

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && value in EVENT_VERSIONS;
}

/** The JetStream stream of a domain, e.g. HOUSING, or T1A2_HOUSING under a test namespace. */
export function streamName(domain: Domain, namespace = ''): string {
  return (namespace ? `${namespace}_` : '').toUpperCase() + domain.toUpperCase();
}

/** The NATS subject an event type is published on. */
export function subjectOf(type: string, namespace = ''): string {
  return namespace ? `${namespace}.${type}` : type;
}

/** Strips the namespace from a subject back to the event type. */
export function typeOfSubject(subject: string, namespace = ''): string {
  return namespace && subject.startsWith(`${namespace}.`) ? subject.slice(namespace.length + 1) : subject;
}
