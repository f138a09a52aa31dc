import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sleep } from '../cluster';
import { POISON_AREA, Writer } from '../load';
import { finish, type Scenario } from '../scenario';

const VICTIM = 'mediation';
const DEAD_LETTERS = path.resolve(__dirname, '../../ops/dead-letters.js');

/**
 * A poison message: mediation's handler fails on one person (a fault switched on in its
 * database) until it is dead-lettered; the others pass it by. Then the fault is fixed and
 * `pnpm dead-letters replay` applies it.
 */
export const poison: Scenario = {
  name: 'poison message → dead letter → replay',
  short: true,
  run: async ({ cluster, effects }) => {
    const lettersBefore = await effects.deadLetters(VICTIM);
    await effects.fault(VICTIM, 'poison', { areaCode: POISON_AREA });
    const writer = new Writer(cluster);
    await writer.burst(10, 20);
    const poisoned = await writer.register(POISON_AREA);
    await writer.burst(10, 20);
    const deadline = Date.now() + 60_000;
    while ((await effects.deadLetters(VICTIM)) === lettersBefore && Date.now() < deadline) await sleep(100);
    const letters = (await effects.deadLetters(VICTIM)) - lettersBefore;
    const effectsBeforeReplay = (await effects.counts(writer.ids)).get(VICTIM)!.size;
    await effects.clear(VICTIM, 'poison');
    // the operator's command, as documented: pnpm dead-letters replay --service mediation
    const replay = spawnSync(process.execPath, [DEAD_LETTERS, 'replay', '--service', VICTIM, '--database-url', cluster.databaseUrl(VICTIM)], {
      encoding: 'utf8',
    });
    const outcome = await finish({ cluster, effects }, writer, '');
    outcome.note = `${letters} dead-lettered (${poisoned ? 'the poisoned person' : 'poisoned write refused'}), ${effectsBeforeReplay}/${writer.ids.length} applied before the replay; replay exit ${replay.status}: ${replay.stdout.trim() || replay.stderr.trim()}`;
    if (replay.status !== 0 || letters !== 1) outcome.lost += 1;
    return outcome;
  },
};
