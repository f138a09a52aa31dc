import { KNOWN_HOUSES, readModelConsumer } from '@linli/events';
import { PersonRepository } from '../repositories/person-repository';
import { ResidenceRepository } from '../repositories/residence-repository';

/**
 * Keeps population's read model of houses (`known_houses`: house → grid) with the kernel's
 * read-model kit and its one ordering rule (the latest event by occurredAt, then id, wins; an
 * older one arriving late changes nothing). When a house moves to another grid, its current
 * residents move with it, in the same transaction.
 */
export const houseConsumer = readModelConsumer('population-houses', KNOWN_HOUSES, async (tx, { row, previousArea }) => {
  if (!previousArea || previousArea === row.gridCode) return;
  const moved = await new ResidenceRepository(tx).moveHouse(row.id, row.gridCode);
  if (moved.length) await new PersonRepository(tx).moveTo(moved, row.gridCode);
});
