import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encrypts personal data at rest (AES-256-GCM) and makes it findable by exact value
 * through a keyed hash (blind index). Each ciphertext carries its key id so keys rotate
 * without downtime: new writes use the active key, old rows decrypt with the key they name.
 *
 * Stored form: `<kid>:<iv base64>:<tag base64>:<ciphertext base64>`.
 */
export class PiiCipher {
  private readonly keys: Map<string, Buffer>;
  readonly activeKeyId: string;
  private readonly indexKey: Buffer;

  constructor(options: { keys: string; activeKeyId?: string; blindIndexKey: string }) {
    this.keys = new Map(
      options.keys.split(',').map((entry) => {
        const [kid, b64] = entry.split(':');
        const keyBytes = Buffer.from(b64, 'base64');
        if (keyBytes.length !== 32) throw new Error(`PII key ${kid} must be 32 bytes`);
        return [kid, keyBytes] as const;
      }),
    );
    this.activeKeyId = options.activeKeyId ?? [...this.keys.keys()].at(-1)!;
    if (!this.keys.has(this.activeKeyId)) throw new Error(`active PII key ${this.activeKeyId} is not among PII_KEYS`);
    this.indexKey = Buffer.from(options.blindIndexKey, 'utf8');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.activeKeyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [kid, iv, tag, body] = stored.split(':');
    const keyBytes = this.keys.get(kid);
    if (!keyBytes) throw new Error(`no PII key ${kid} to decrypt with`);
    const decipher = createDecipheriv('aes-256-gcm', keyBytes, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  keyIdOf(stored: string): string {
    return stored.slice(0, stored.indexOf(':'));
  }

  /** Keyed hash of a normalised value: equal values give equal hashes, without the key nothing is learnt. */
  blindIndex(value: string): string {
    return createHmac('sha256', this.indexKey).update(normalize(value)).digest('hex');
  }
}

function normalize(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** ID number shown as its first 6 and last 4 characters. */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Phone shown as its first 3 and last 4 digits. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}
