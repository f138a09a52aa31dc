import { randomUUID } from 'node:crypto';
import type { Viewer } from '@linli/auth';
import { conflict, isUuid, transaction, type DataSource } from '@linli/db';
import { refuse, today, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { HazardRepository, type HazardRow } from '../repositories/hazard-repository';
import { HouseRepository } from '../repositories/house-repository';
import { InspectionRepository, type ChecklistItemRow, type InspectionRow } from '../repositories/inspection-repository';
import { PLACE_KEEPERS, requireRole } from './access';
import { checkInspection, checkRectification, type ResultInput } from './inspection-rules';

/** The rule each constraint behind the checklist and inspections stands for (a lost race answers the rule). */
const CONFLICTS = {
  checklist_items_pkey: conflict(['input', 'code'], 'CHECKLIST_CODE_TAKEN', 'a checklist item with this code exists'),
  inspection_results_pkey: conflict(['input', 'results'], 'CHECKLIST_ITEM_REPEATED', 'a checklist item is answered more than once'),
  hazards_one_per_result: conflict(['input', 'results'], 'CHECKLIST_ITEM_REPEATED', 'a checklist item raises at most one hazard'),
  // the deadline and rectification date checks are unnamed in the table (PostgreSQL names them hazards_check, hazards_check1)
  hazards_check: conflict(['input', 'results'], 'DEADLINE_BEFORE_INSPECTION', 'a deadline cannot be before the inspection'),
  inspection_results_item_code_fkey: conflict(['input', 'results'], 'CHECKLIST_ITEM_UNKNOWN', 'a checklist item does not exist'),
  hazards_check1: conflict(['input', 'rectifiedOn'], 'RECTIFIED_BEFORE_REPORTED', 'a hazard cannot be rectified before it was reported'),
};

/** The safety work on houses (出租屋"八查"): the checklist, inspections, hazards and their rectification. */
export class InspectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
  ) {}

  async addChecklistItem(input: { code: string; title: string }): Promise<{ checklistItem: ChecklistItemRow }> {
    requireRole(this.viewer, ['DISTRICT_ADMIN'], 'change the checklist');
    return transaction(
      this.dataSource,
      async (tx) => {
        const inspections = new InspectionRepository(tx);
        const v = new Validation();
        const code = input.code.trim();
        if (
          v.check(
            /^[A-Z][A-Z0-9_]{1,39}$/.test(code),
            ['input', 'code'],
            'CHECKLIST_CODE_INVALID',
            'a code is 2 to 40 capitals, digits and underscores, starting with a capital',
          )
        )
          // a code never changes meaning: a retired item's code is not reused either
          v.check((await inspections.item(code)) === null, ['input', 'code'], 'CHECKLIST_CODE_TAKEN', `checklist item ${code} exists`);
        v.check(input.title.trim().length > 0 && input.title.trim().length <= 200, ['input', 'title'], 'TITLE_INVALID', 'title must be 1 to 200 characters');
        v.throwIfAny();
        return { checklistItem: await inspections.addItem({ code, title: input.title.trim() }) };
      },
      CONFLICTS,
    );
  }

  async retireChecklistItem(input: { code: string }): Promise<{ checklistItem: ChecklistItemRow }> {
    requireRole(this.viewer, ['DISTRICT_ADMIN'], 'change the checklist');
    return transaction(
      this.dataSource,
      async (tx) => {
        const inspections = new InspectionRepository(tx);
        const item = await inspections.item(input.code);
        if (!item) refuse(['input', 'code'], 'CHECKLIST_ITEM_UNKNOWN', `no checklist item ${input.code}`);
        if (!item.active) refuse(['input', 'code'], 'CHECKLIST_ITEM_RETIRED', `checklist item ${input.code} is already retired`);
        const active = (await inspections.checklist(false)).length;
        if (active <= 1) refuse(['input', 'code'], 'CHECKLIST_WOULD_BE_EMPTY', 'the checklist must keep at least one active item');
        return { checklistItem: await inspections.retireItem(item.code) };
      },
      CONFLICTS,
    );
  }

  async recordInspection(input: {
    houseId: string;
    inspectedOn: string;
    results: readonly ResultInput[];
    note?: string | null;
  }): Promise<{ inspection: InspectionRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'record inspections');
    return transaction(
      this.dataSource,
      async (tx) => {
        const inspections = new InspectionRepository(tx);
        const houses = new HouseRepository(tx);
        // locked: a building moving grid meanwhile waits, or is waited for and its new grid is read
        const [house] = isUuid(input.houseId) ? await houses.byIds([input.houseId], this.viewer.areas, { lock: true }) : [];
        if (!house) refuse(['input', 'houseId'], 'HOUSE_UNKNOWN', `no house ${input.houseId} in your areas`);
        const checklist = await inspections.checklist(true);
        const v = new Validation();
        checkInspection(
          input,
          checklist.filter((i) => i.active).map((i) => i.code),
          checklist.map((i) => i.code),
          today(),
          v,
        );
        v.check(!input.note || input.note.length <= 1000, ['input', 'note'], 'NOTE_TOO_LONG', 'a note is at most 1000 characters');
        v.throwIfAny();

        const inspection = await inspections.insert(
          {
            id: randomUUID(),
            houseId: house.id,
            areaCode: house.areaCode,
            inspectedOn: input.inspectedOn,
            inspectorId: this.viewer.id,
            inspectorName: this.viewer.name,
            passed: input.results.every((r) => r.passed),
            note: input.note?.trim() || null,
          },
          input.results.map((r) => ({ itemCode: r.itemCode, passed: r.passed, note: r.note?.trim() || null })),
        );
        const hazards: HazardRow[] = input.results
          .filter((r) => r.hazard)
          .map((r) => ({
            id: randomUUID(),
            inspectionId: inspection.id,
            itemCode: r.itemCode,
            houseId: house.id,
            areaCode: house.areaCode,
            description: r.hazard!.description.trim(),
            severity: r.hazard!.severity,
            reportedOn: inspection.inspectedOn,
            deadline: r.hazard!.deadline,
            rectifiedOn: null,
            rectificationNote: null,
          }));
        await new HazardRepository(tx).insertMany(hazards);
        await houses.markInspected(house.id, inspection.inspectedOn);

        const trace = { requestId: this.viewer.requestId };
        await this.outbox.add(
          tx,
          'housing.inspection.recorded',
          house.areaCode,
          {
            inspectionId: inspection.id,
            houseId: house.id,
            inspectedOn: inspection.inspectedOn,
            passed: inspection.passed,
            hazardCount: hazards.length,
            failedItems: input.results.filter((r) => !r.passed).map((r) => r.itemCode),
            inspectorId: inspection.inspectorId,
          },
          trace,
        );
        for (const h of hazards)
          await this.outbox.add(
            tx,
            'housing.hazard.reported',
            h.areaCode,
            {
              hazardId: h.id,
              houseId: h.houseId,
              severity: h.severity,
              deadline: h.deadline,
              inspectionId: h.inspectionId,
              itemCode: h.itemCode,
              reportedOn: h.reportedOn,
            },
            trace,
          );
        return { inspection };
      },
      CONFLICTS,
    );
  }

  /** A hazard is rectified once; a second rectification is refused (also when two race). */
  async rectifyHazard(input: { hazardId: string; rectifiedOn: string; note: string }): Promise<{ hazard: HazardRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'rectify hazards');
    return transaction(
      this.dataSource,
      async (tx) => {
        const hazards = new HazardRepository(tx);
        const [hazard] = isUuid(input.hazardId) ? await hazards.byIds([input.hazardId], this.viewer.areas, { lock: true }) : [];
        if (!hazard) refuse(['input', 'hazardId'], 'HAZARD_UNKNOWN', `no hazard ${input.hazardId} in your areas`);
        if (hazard.rectifiedOn) refuse(['input', 'hazardId'], 'HAZARD_ALREADY_RECTIFIED', `the hazard was rectified on ${hazard.rectifiedOn}`);
        const v = new Validation();
        checkRectification(input, hazard.reportedOn, today(), v);
        v.throwIfAny();
        const rectified = await hazards.rectify(hazard.id, input.rectifiedOn, input.note.trim());
        if (!rectified) refuse(['input', 'hazardId'], 'HAZARD_ALREADY_RECTIFIED', 'the hazard was rectified meanwhile');
        await this.outbox.add(
          tx,
          'housing.hazard.rectified',
          rectified.areaCode,
          { hazardId: rectified.id, houseId: rectified.houseId, rectifiedOn: rectified.rectifiedOn!, onTime: rectified.rectifiedOn! <= rectified.deadline },
          { requestId: this.viewer.requestId },
        );
        return { hazard: rectified };
      },
      CONFLICTS,
    );
  }
}
