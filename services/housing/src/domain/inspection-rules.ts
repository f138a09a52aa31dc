import { isIsoDate, Validation, type IsoDate } from '@linli/domain';

export type HazardSeverity = 'LOW' | 'MEDIUM' | 'HIGH';
export type HazardStatus = 'OPEN' | 'OVERDUE' | 'RECTIFIED';

export interface ResultInput {
  itemCode: string;
  passed: boolean;
  note?: string | null;
  hazard?: { description: string; severity: HazardSeverity; deadline: IsoDate } | null;
}

export interface InspectionInput {
  inspectedOn: IsoDate;
  results: readonly ResultInput[];
}

/**
 * An inspection answers every active checklist item exactly once, on a day not in the
 * future; only a failed item may raise a hazard, with a deadline not before the inspection.
 */
export function checkInspection(input: InspectionInput, activeItems: readonly string[], allItems: readonly string[], today: IsoDate, v: Validation): void {
  const dateOk = v.check(isIsoDate(input.inspectedOn), ['input', 'inspectedOn'], 'DATE_INVALID', 'inspectedOn must be a date YYYY-MM-DD');
  if (dateOk) v.check(input.inspectedOn <= today, ['input', 'inspectedOn'], 'DATE_IN_FUTURE', 'an inspection cannot be recorded for a day after today');
  const seen = new Set<string>();
  input.results.forEach((r, i) => {
    const field = ['input', 'results', String(i)];
    if (!allItems.includes(r.itemCode)) v.add([...field, 'itemCode'], 'CHECKLIST_ITEM_UNKNOWN', `no checklist item ${r.itemCode}`);
    else if (!activeItems.includes(r.itemCode)) v.add([...field, 'itemCode'], 'CHECKLIST_ITEM_RETIRED', `checklist item ${r.itemCode} is retired`);
    if (seen.has(r.itemCode)) v.add([...field, 'itemCode'], 'CHECKLIST_ITEM_REPEATED', `${r.itemCode} is answered twice`);
    seen.add(r.itemCode);
    if (r.note && r.note.length > 500) v.add([...field, 'note'], 'NOTE_TOO_LONG', 'a note is at most 500 characters');
    if (!r.hazard) return;
    const hazard = [...field, 'hazard'];
    if (!v.check(!r.passed, hazard, 'HAZARD_ON_PASSED_ITEM', `${r.itemCode} passed, so it raises no hazard`)) return;
    v.check(
      r.hazard.description.trim().length > 0 && r.hazard.description.length <= 500,
      [...hazard, 'description'],
      'DESCRIPTION_INVALID',
      'describe the hazard in 1 to 500 characters',
    );
    if (!v.check(isIsoDate(r.hazard.deadline), [...hazard, 'deadline'], 'DATE_INVALID', 'deadline must be a date YYYY-MM-DD')) return;
    if (dateOk)
      v.check(
        r.hazard.deadline >= input.inspectedOn,
        [...hazard, 'deadline'],
        'DEADLINE_BEFORE_INSPECTION',
        'the rectification deadline cannot be before the inspection',
      );
  });
  const missing = activeItems.filter((code) => !seen.has(code));
  v.check(missing.length === 0, ['input', 'results'], 'CHECKLIST_INCOMPLETE', `every active checklist item must be answered; missing: ${missing.join(', ')}`);
}

export interface Rectification {
  rectifiedOn: IsoDate;
  note: string;
}

/** A rectification is dated between the hazard's report and today, with a note of what was done. */
export function checkRectification(r: Rectification, reportedOn: IsoDate, today: IsoDate, v: Validation): void {
  v.check(r.note.trim().length > 0 && r.note.length <= 500, ['input', 'note'], 'NOTE_REQUIRED', 'say in 1 to 500 characters how the hazard was rectified');
  if (!v.check(isIsoDate(r.rectifiedOn), ['input', 'rectifiedOn'], 'DATE_INVALID', 'rectifiedOn must be a date YYYY-MM-DD')) return;
  v.check(r.rectifiedOn <= today, ['input', 'rectifiedOn'], 'DATE_IN_FUTURE', 'rectifiedOn cannot be after today');
  v.check(r.rectifiedOn >= reportedOn, ['input', 'rectifiedOn'], 'RECTIFIED_BEFORE_REPORTED', `the hazard was reported on ${reportedOn}`);
}

/** Where a hazard stands on a day: rectified, else overdue once its deadline has passed. */
export function hazardStatus(h: { rectifiedOn: IsoDate | null; deadline: IsoDate }, today: IsoDate): HazardStatus {
  if (h.rectifiedOn) return 'RECTIFIED';
  return h.deadline < today ? 'OVERDUE' : 'OPEN';
}
