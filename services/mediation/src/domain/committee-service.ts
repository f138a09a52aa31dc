import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import { isUuid, transaction, type DataSource } from '@linli/db';
import { levelOf, refuse, Validation } from '@linli/domain';
import { CommitteeRepository, type CommitteeRow, type MediatorRow } from '../repositories/committee-repository';
import { demand } from './access';
import { effectiveDay, text } from './dates';
import { CONSTRAINT_RULES } from './constraint-rules';
import { checkPersonsInScope } from './persons';

/** Mediation committees (one per community) and their mediators. */
export class CommitteeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  async create(input: { areaCode: string; name: string }): Promise<{ committee: CommitteeRow }> {
    demand(this.viewer, 'committees', 'create mediation committees');
    return transaction(
      this.dataSource,
      async (tx) => {
        const committees = new CommitteeRepository(tx);
        const v = new Validation();
        if (v.check(levelOf(input.areaCode) === 'COMMUNITY', ['input', 'areaCode'], 'AREA_NOT_COMMUNITY', 'a committee serves a community (12-digit code)'))
          if (v.check(inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'the community lies outside your areas'))
            v.check(
              !(await committees.ofCommunity(input.areaCode)),
              ['input', 'areaCode'],
              'COMMITTEE_EXISTS',
              'the community already has a mediation committee',
            );
        const name = text(input.name, ['input', 'name'], 'NAME_INVALID', v, 100);
        v.throwIfAny();
        return { committee: await committees.insert({ id: randomUUID(), name, areaCode: input.areaCode }) };
      },
      CONSTRAINT_RULES,
    );
  }

  async addMediator(input: {
    committeeId: string;
    personId: string;
    employment: MediatorRow['employment'];
    volunteerLawyer?: boolean | null;
    joinedOn?: string | null;
  }) {
    demand(this.viewer, 'committees', 'add mediators');
    return transaction(
      this.dataSource,
      async (tx) => {
        const committees = new CommitteeRepository(tx);
        const [committee] = isUuid(input.committeeId) ? await committees.byIds([input.committeeId], this.viewer.areas) : [];
        if (!committee) refuse(['input', 'committeeId'], 'COMMITTEE_UNKNOWN', `no mediation committee ${input.committeeId} in your areas`);
        const v = new Validation();
        if (v.check(isUuid(input.personId), ['input', 'personId'], 'PERSON_ID_INVALID', `${input.personId} is not a person id`))
          if ((await checkPersonsInScope(tx, this.viewer, [{ field: ['input', 'personId'], personId: input.personId }], v)).size === 0)
            v.check(
              !(await committees.mediatorServes(committee.id, input.personId)),
              ['input', 'personId'],
              'MEDIATOR_ALREADY_ADDED',
              'the person already serves on this committee',
            );
        const joinedOn = effectiveDay(input.joinedOn, ['input', 'joinedOn'], v);
        v.throwIfAny();
        const mediator = await committees.insertMediator({
          id: randomUUID(),
          committeeId: committee.id,
          areaCode: committee.areaCode,
          personId: input.personId,
          employment: input.employment,
          volunteerLawyer: input.volunteerLawyer ?? false,
          joinedOn,
        });
        return { mediator };
      },
      CONSTRAINT_RULES,
    );
  }
}
