import { KNOWN_HOUSES, Outbox, readModelConsumer } from '@linli/events';
import { PersonRepository } from '../repositories/person-repository';
import { ResidenceRepository } from '../repositories/residence-repository';

const outbox = new Outbox('population');

/**
 * Keeps population's read model of houses (`known_houses`: house → grid) with the kernel's
 * read-model kit and its one ordering rule (the latest event by occurredAt, then id, wins; an
 * older one arriving late changes nothing). When a house moves to another grid, its current
 * residents move with it, in the same transaction, and population.person.updated tells the
 * read models of persons elsewhere their new area.
 */
export const houseConsumer = readModelConsumer('population-houses', KNOWN_HOUSES, async (tx, { row, previousArea }) => {
  if (!previousArea || previousArea === row.gridCode) return;
  const moved = await new ResidenceRepository(tx).moveHouse(row.id, row.gridCode);
  if (!moved.length) return;
  const persons = new PersonRepository(tx);
  await persons.moveTo(moved, row.gridCode);
  for (const person of await persons.anyByIds(moved))
    await outbox.add(tx, 'population.person.updated', row.gridCode, { personId: person.id, householdType: person.householdType, areaCode: row.gridCode });
});
