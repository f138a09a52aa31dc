import { KNOWN_BUILDINGS, KNOWN_ORGANIZATIONS, KNOWN_PERSONS, readModelConsumer } from '@linli/events';
import { VolunteerRepository } from '../repositories/volunteer-repository';

/**
 * Everything volunteering listens to: the kernel's read models of persons (who may be
 * registered), buildings (which may have captains; a building moved to another grid takes its
 * captains along, so they stay scoped with it) and organizations (which may post activities).
 */
export const consumers = [
  readModelConsumer('volunteering-persons', KNOWN_PERSONS),
  readModelConsumer('volunteering-buildings', KNOWN_BUILDINGS, async (tx, known) => {
    if (known.previousArea !== null && known.previousArea !== known.row.gridCode) await new VolunteerRepository(tx).moveCaptains(known.row.id, known.row.gridCode);
  }),
  readModelConsumer('volunteering-organizations', KNOWN_ORGANIZATIONS),
];
