import { readFileSync } from 'node:fs';
import path from 'node:path';
import { domainOf, EVENT_TYPES, streamName, subjectOf, typeOfSubject } from './index';

describe('the event contracts', () => {
  const catalogue = readFileSync(path.resolve(__dirname, '../../../docs/events.md'), 'utf8');

  it.each(EVENT_TYPES)('documents %s in docs/events.md', (type) => {
    expect(catalogue).toContain(`\`${type}\``);
  });

  it('names every type <domain>.<entity>.<past-tense verb>', () => {
    for (const type of EVENT_TYPES) {
      expect(type).toMatch(/^[a-z]+\.[a-z]+\.[a-z_]+$/);
      expect(() => domainOf(type)).not.toThrow();
    }
  });

  it('puts a test namespace in front of subjects and streams, and takes it off again', () => {
    expect(subjectOf('housing.house.registered', 't1')).toBe('t1.housing.house.registered');
    expect(typeOfSubject('t1.housing.house.registered', 't1')).toBe('housing.house.registered');
    expect(streamName('housing', 't1')).toBe('T1_HOUSING');
    expect(streamName('housing')).toBe('HOUSING');
  });
});
