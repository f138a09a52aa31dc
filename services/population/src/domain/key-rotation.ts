import type { PiiCipher } from '@linli/auth';
import { rows, type DataSource } from '@linli/db';

export interface RotationResult {
  /** Persons whose values were re-encrypted. */
  rotated: number;
  batches: number;
}

/**
 * Re-encrypts every ID number and phone not under the cipher's active key, a batch per
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
    if (done) return { rotated, batches };
  }
}
