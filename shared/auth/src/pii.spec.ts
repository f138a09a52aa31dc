import { maskIdNumber, maskPhone, PiiCipher } from './pii';

const KEY_1 = Buffer.alloc(32, 1).toString('base64');
const KEY_2 = Buffer.alloc(32, 2).toString('base64');
const BLIND = 'blind-index-key-for-tests-0123456789abcdef';

describe('personal data at rest', () => {
  it('encrypts so the plain value appears nowhere in the stored form, and decrypts it back', () => {
    const cipher = new PiiCipher({ keys: `k1:${KEY_1}`, blindIndexKey: BLIND });
    const stored = cipher.encrypt('44011819900315001X');
    expect(stored).not.toContain('44011819900315001X');
    expect(stored.startsWith('k1:')).toBe(true);
    expect(cipher.decrypt(stored)).toBe('44011819900315001X');
  });

  it('gives the same value a different ciphertext each time (random IV)', () => {
    const cipher = new PiiCipher({ keys: `k1:${KEY_1}`, blindIndexKey: BLIND });
    expect(cipher.encrypt('13800138000')).not.toBe(cipher.encrypt('13800138000'));
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = new PiiCipher({ keys: `k1:${KEY_1}`, blindIndexKey: BLIND });
    const [kid, iv, tag, body] = cipher.encrypt('13800138000').split(':');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([kid, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('rotates keys: new values use the active key, old values still decrypt with theirs', () => {
    const before = new PiiCipher({ keys: `k1:${KEY_1}`, blindIndexKey: BLIND });
    const old = before.encrypt('13800138000');
    const after = new PiiCipher({ keys: `k1:${KEY_1},k2:${KEY_2}`, activeKeyId: 'k2', blindIndexKey: BLIND });
    expect(after.decrypt(old)).toBe('13800138000');
    expect(after.keyIdOf(after.encrypt('13800138000'))).toBe('k2');
  });

  it('finds equal values by a keyed hash that ignores spacing and case', () => {
    const cipher = new PiiCipher({ keys: `k1:${KEY_1}`, blindIndexKey: BLIND });
    expect(cipher.blindIndex('44011819900315001x')).toBe(cipher.blindIndex(' 44011819900315001X'));
    expect(cipher.blindIndex('44011819900315001X')).not.toBe(new PiiCipher({ keys: `k1:${KEY_1}`, blindIndexKey: `${BLIND}-other` }).blindIndex('44011819900315001X'));
  });

  it('masks ID numbers to the first 6 and last 4, phones to the first 3 and last 4', () => {
    expect(maskIdNumber('44011819900315001X')).toBe('440118********001X');
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
