import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 居住证: issued to a migrant with a current residence; renewed by moving the expiry. */
@Entity({ name: 'residence_permits' })
export class ResidencePermit {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** Only on rows from before permit numbers were sealed; null once sealed. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  /** The number, AES-256-GCM with its key id. */
  @Column({ name: 'number_enc', type: 'text', nullable: true })
  numberEnc: string | null;

  /** Keyed hash of the number (blind index, unique). */
  @Column({ name: 'number_hash', type: 'text', nullable: true })
  numberHash: string | null;

  /** The number as shown: first 2 and last 4 characters. */
  @Column({ name: 'number_masked', type: 'text', nullable: true })
  numberMasked: string | null;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ name: 'renewed_on', type: 'date', nullable: true })
  renewedOn: string | null;

  @Column({ type: 'integer' })
  renewals: number;
}

/** 重点人群: a membership of one key group, from a date to a date (null while current). */
@Entity({ name: 'key_group_tags' })
export class KeyGroupTag {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'from_date', type: 'date' })
  from: string;

  @Column({ name: 'to_date', type: 'date', nullable: true })
  to: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** One line of the 3456 rule table. */
@Entity({ name: 'visit_rules' })
export class VisitRule {
  @PrimaryColumn({ type: 'text' })
  category: string;

  @Column({ name: 'interval_days', type: 'integer' })
  intervalDays: number;
}

/** 入户走访: a home visit. */
@Entity({ name: 'visits' })
export class Visit {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** The person's area when visited (statistics count visits where they happened). */
  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Column({ name: 'visitor_id', type: 'text' })
  visitorId: string;

  @Column({ name: 'visitor_name', type: 'text' })
  visitorName: string;

  @Column({ type: 'text' })
  findings: string;

  @Column({ name: 'follow_up_needed', type: 'boolean' })
  followUpNeeded: boolean;
}

/** 积分: a line of a migrant's points ledger; a reversal is a negative line naming what it reverses. */
@Entity({ name: 'points_entries' })
export class PointsEntry {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  rule: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'integer' })
  points: number;

  @Column({ name: 'awarded_on', type: 'date' })
  awardedOn: string;

  @Column({ name: 'source_event_id', type: 'uuid', nullable: true })
  sourceEventId: string | null;

  @Column({ type: 'uuid', nullable: true })
  reverses: string | null;
}

/** Append-only record of a personal-data reveal (a trigger refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: 'pii_audit' })
export class PiiAudit {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'viewer_id', type: 'text' })
  viewerId: string;

  @Column({ name: 'viewer_name', type: 'text' })
  viewerName: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  field: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'request_id', type: 'text' })
  requestId: string;

  @Column({ name: 'revealed_at', type: 'timestamptz' })
  revealedAt: Date;
}
