import { rows } from '@linli/db';
import { makeIdNumber } from '@linli/domain';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import { CASE, COMMUNITY, createAreas, GRID, mutation, payloadOf, stranger, written } from './builders';

const REGISTER_PERSON = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { field code message } } }`;
const OPEN = mutation('openDisputeCase', 'OpenDisputeCaseInput', `disputeCase { ${CASE} }`);

describe('persons come from population, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;
  let mediator: string;
  let sequence = 0;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population, mediation]);
    await createAreas(fed, await tokenFor('DISTRICT_ADMIN', ['440118']));
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    mediator = await tokenFor('MEDIATOR', [COMMUNITY]);
  });
  afterAll(() => fed.stop());

  /** Registers a person in population and waits until mediation's read model holds them. */
  async function registered(): Promise<string> {
    sequence += 1;
    const birthDate = '1985-06-0' + ((sequence % 9) + 1);
    const data = await fed.ok(worker, REGISTER_PERSON, {
      input: {
        name: `调解当事人${sequence}`,
        documentType: 'ID_CARD',
        documentNumber: makeIdNumber('440118', birthDate, 100 + sequence, 'FEMALE'),
        sex: 'FEMALE',
        birthDate,
        householdType: 'MIGRANT',
        areaCode: GRID,
      },
    });
    expect(data.registerPerson.userErrors).toEqual([]);
    const personId: string = data.registerPerson.person.id;
    await eventually(async () => {
      const found = await rows<{ area_code: string; household_type: string }>(
        fed.service('mediation').deps.dataSource,
        `SELECT area_code, household_type FROM known_persons WHERE id = $1`,
        [personId],
      );
      expect(found).toEqual([{ area_code: GRID, household_type: 'MIGRANT' }]);
    }, 10_000);
    return personId;
  }

  it('opens a case between persons population registered, and refuses a person it never registered with nothing written', async () => {
    const applicant = await registered();
    const respondent = await registered();
    const opened = await payloadOf(fed, mediator, OPEN, {
      areaCode: GRID,
      type: 'LANDLORD_TENANT',
      summary: '押金纠纷',
      parties: [
        { personId: applicant, role: 'APPLICANT' },
        { personId: respondent, role: 'RESPONDENT' },
      ],
    });
    expect(opened.userErrors).toEqual([]);
    expect(opened.disputeCase.parties).toEqual([
      { role: 'APPLICANT', person: { id: applicant } },
      { role: 'RESPONDENT', person: { id: respondent } },
    ]);

    const nobody = stranger();
    const before = await written(fed);
    const refused = await payloadOf(fed, mediator, OPEN, {
      areaCode: GRID,
      type: 'LANDLORD_TENANT',
      summary: '押金纠纷',
      parties: [
        { personId: applicant, role: 'APPLICANT' },
        { personId: nobody, role: 'RESPONDENT' },
      ],
    });
    expect(refused).toEqual({
      disputeCase: null,
      userErrors: [{ field: ['input', 'parties', '1', 'personId'], code: 'PERSON_UNKNOWN', message: expect.stringContaining(nobody) }],
    });
    expect(await written(fed)).toEqual(before);
  });
});
