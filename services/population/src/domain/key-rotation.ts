import type { PiiCipher } from '@linli/auth';
import { rows, type DataSource } from '@linli/db';
import { PermitRepository } from '../repositories/permit-repository';
import { maskPermitNumber } from './rules';

export interface RotationResult {
  /** Persons whose values were re-encrypted. */
  rotated: number;
  batches: number;
}

/**
 * Re-encrypts every ID number, phone and permit number not under the cipher's active key, a batch per
 * transaction, while the service keeps running: each batch locks only its own rows (a
 * concurrent update of a row waits for the batch, or the batch for it) and re-reads them
 * under the lock, and rows written meanwhile already use the active key. Blind indexes do
 * not change (their key is separate), so searches keep working throughout.
 */
export async function rotatePiiKeys(dataSource: DataSource, pii: PiiCipher, options: { batchSize?: number } = {}): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 500;
  const prefix = `${pii.activeKeyId}:%`;
  let afterId = '00000000-0000-0000-0000-000000000000';
  let rotated = 0;
  let batches = 0;
  for (;;) {
    const done = await dataSource.transaction(async (tx) => {
      const stale = await rows<{ id: string; documentEnc: string; phoneEnc: string | null }>(
        tx,
        `/* piiStaleBatch */ SELECT id, document_enc AS "documentEnc", phone_enc AS "phoneEnc" FROM persons
         WHERE id > $1::uuid AND (document_enc NOT LIKE $2 OR (phone_enc IS NOT NULL AND phone_enc NOT LIKE $2))
         ORDER BY id LIMIT $3 FOR UPDATE`,
        [afterId, prefix, batchSize],
      );
      if (stale.length === 0) return true;
      const reseal = (value: string | null) => (value === null || pii.keyIdOf(value) === pii.activeKeyId ? value : pii.encrypt(pii.decrypt(value)));
      await rows(
        tx,
        `/* piiReseal */ UPDATE persons p SET document_enc = u.document_enc, phone_enc = u.phone_enc
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, document_enc, phone_enc) WHERE p.id = u.id`,
        [stale.map((s) => s.id), stale.map((s) => reseal(s.documentEnc)), stale.map((s) => reseal(s.phoneEnc))],
      );
      rotated += stale.length;
      batches += 1;
      afterId = stale.at(-1)!.id;
      return stale.length < batchSize;
    });
    if (done) break;
  }
  // permit numbers, the same way
  afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const done = await dataSource.transaction(async (tx) => {
      const stale = await rows<{ id: string; numberEnc: string }>(
        tx,
        `/* permitStaleBatch */ SELECT id, number_enc AS "numberEnc" FROM residence_permits
         WHERE id > $1::uuid AND number_enc NOT LIKE $2 ORDER BY id LIMIT $3 FOR UPDATE`,
        [afterId, prefix, batchSize],
      );
      if (stale.length === 0) return true;
      await rows(
        tx,
        `/* permitReseal */ UPDATE residence_permits rp SET number_enc = u.number_enc
         FROM unnest($1::uuid[], $2::text[]) AS u(id, number_enc) WHERE rp.id = u.id`,
        [stale.map((s) => s.id), stale.map((s) => pii.encrypt(pii.decrypt(s.numberEnc)))],
      );
      rotated += stale.length;
      batches += 1;
      afterId = stale.at(-1)!.id;
      return stale.length < batchSize;
    });
    if (done) return { rotated, batches };
  }
}

/**
 * Seals permit numbers written in plain before migration 1700000000240: each is encrypted,
 * blind-indexed and masked, and its plain column emptied, a batch per transaction (rows locked,
 * others skipped), so it runs beside the live service. Run on every start; without such rows it
 * costs one indexed probe. Returns how many were sealed.
 */
export async function sealPermitNumbers(dataSource: DataSource, pii: PiiCipher, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let sealed = 0;
  for (;;) {
    const count = await dataSource.transaction(async (tx) => {
      const permits = new PermitRepository(tx);
      const plain = await permits.plainNumbers(batchSize);
      if (plain.length)
        await permits.seal(plain.map((p) => ({ id: p.id, numberEnc: pii.encrypt(p.number), numberHash: pii.blindIndex(p.number), numberMasked: maskPermitNumber(p.number) })));
      return plain.length;
    });
    sealed += count;
    if (count < batchSize) return sealed;
  }
}
