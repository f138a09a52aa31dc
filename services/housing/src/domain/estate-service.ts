import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import { conflict, isUuid, transaction, type DataSource } from '@linli/db';
import { refuse, today, Validation, type IsoDate } from '@linli/domain';
import { AreaRepository } from '../repositories/area-repository';
import { EstateRepository, type EstateRatingRow, type EstateRow } from '../repositories/estate-repository';
import { ESTATE_RATERS, PLACE_KEEPERS, requireRole } from './access';
import { checkName } from './area-rules';
import { checkRating } from './estate-rules';

const checkCompany = (company: string, v: Validation) =>
  v.check(
    company.trim().length > 0 && company.trim().length <= 100,
    ['input', 'propertyCompany'],
    'PROPERTY_COMPANY_INVALID',
    'property company must be 1 to 100 characters',
  );

/** The rule each constraint behind estates stands for (a lost race answers the rule). */
const CONFLICTS = {
  estates_name_in_community: conflict(['input', 'name'], 'ESTATE_NAME_TAKEN', 'an estate of this name exists in this community'),
  estates_name_check: conflict(['input', 'name'], 'NAME_INVALID', 'a name is 1 to 100 characters'),
  estates_property_company_check: conflict(['input', 'propertyCompany'], 'PROPERTY_COMPANY_INVALID', 'property company must be 1 to 100 characters'),
  estate_ratings_pkey: conflict(['input', 'year'], 'ESTATE_ALREADY_RATED', 'the estate already has a rating for this year'),
  estate_ratings_stars_check: conflict(['input', 'stars'], 'OUT_OF_RANGE', 'a rating is 1 to 5 stars'),
  estate_ratings_year_check: conflict(['input', 'year'], 'OUT_OF_RANGE', 'year must be 2000 to this year'),
};

/** Estates (小区) and their yearly safety star ratings. Estates publish no events: no other service keeps them. */
export class EstateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  async createEstate(input: { communityCode: string; name: string; propertyCompany: string }): Promise<{ estate: EstateRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'register estates');
    return transaction(
      this.dataSource,
      async (tx) => {
        const estates = new EstateRepository(tx);
        const v = new Validation();
        const nameOk = checkName(input.name, v);
        checkCompany(input.propertyCompany, v);
        const community = inScope(this.viewer, input.communityCode) ? await new AreaRepository(tx).find(input.communityCode, { lock: 'share' }) : null;
        if (v.check(community !== null, ['input', 'communityCode'], 'AREA_UNKNOWN', `no area ${input.communityCode} in your areas`))
          if (
            v.check(
              community!.level === 'COMMUNITY',
              ['input', 'communityCode'],
              'NOT_A_COMMUNITY',
              `${input.communityCode} is a ${community!.level.toLowerCase()}, not a community`,
            )
          )
            v.check(community!.status === 'ACTIVE', ['input', 'communityCode'], 'AREA_RETIRED', `community ${input.communityCode} is retired`);
        if (nameOk && community)
          v.check(
            !(await estates.nameTaken(community.code, input.name.trim())),
            ['input', 'name'],
            'ESTATE_NAME_TAKEN',
            `an estate named ${input.name.trim()} exists in this community`,
          );
        v.throwIfAny();
        const estate = await estates.insert({
          id: randomUUID(),
          communityCode: community!.code,
          name: input.name.trim(),
          propertyCompany: input.propertyCompany.trim(),
        });
        return { estate };
      },
      CONFLICTS,
    );
  }

  async updateEstate(input: { id: string; name?: string | null; propertyCompany?: string | null }): Promise<{ estate: EstateRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'change estates');
    return transaction(
      this.dataSource,
      async (tx) => {
        const estates = new EstateRepository(tx);
        const current = await this.ownEstate(estates, input.id, ['input', 'id']);
        const v = new Validation();
        const next = { ...current, name: input.name?.trim() ?? current.name, propertyCompany: input.propertyCompany?.trim() ?? current.propertyCompany };
        if (checkName(next.name, v) && next.name !== current.name)
          v.check(
            !(await estates.nameTaken(current.communityCode, next.name, current.id)),
            ['input', 'name'],
            'ESTATE_NAME_TAKEN',
            `an estate named ${next.name} exists in this community`,
          );
        checkCompany(next.propertyCompany, v);
        v.throwIfAny();
        return { estate: await estates.update(next) };
      },
      CONFLICTS,
    );
  }

  /** One rating per estate per year; a year's rating is history and is never replaced. */
  async rateEstate(input: {
    estateId: string;
    year: number;
    stars: number;
    ratedOn?: IsoDate | null;
    note?: string | null;
  }): Promise<{ estate: EstateRow; rating: EstateRatingRow }> {
    requireRole(this.viewer, ESTATE_RATERS, 'rate estates');
    return transaction(
      this.dataSource,
      async (tx) => {
        const estates = new EstateRepository(tx);
        // locked, so two ratings of one year cannot both pass the check
        const estate = await this.ownEstate(estates, input.estateId, ['input', 'estateId']);
        const v = new Validation();
        const rating = { estateId: estate.id, year: input.year, stars: input.stars, ratedOn: input.ratedOn ?? today(), note: input.note?.trim() || null };
        checkRating(rating, today(), v);
        v.check(!rating.note || rating.note.length <= 500, ['input', 'note'], 'NOTE_TOO_LONG', 'a note is at most 500 characters');
        if (Number.isInteger(input.year))
          v.check(
            !(await estates.ratingExists(estate.id, input.year)),
            ['input', 'year'],
            'ESTATE_ALREADY_RATED',
            `the estate already has a rating for ${input.year}`,
          );
        v.throwIfAny();
        return { estate, rating: await estates.insertRating({ ...rating, ratedBy: this.viewer.id }) };
      },
      CONFLICTS,
    );
  }

  /** An estate the caller may change: its community lies within the caller's areas. */
  private async ownEstate(estates: EstateRepository, id: string, field: string[]): Promise<EstateRow> {
    const estate = isUuid(id) ? await estates.find(id) : null;
    if (!estate || !inScope(this.viewer, estate.communityCode)) return refuse(field, 'ESTATE_UNKNOWN', `no estate ${id} in your areas`);
    return estate;
  }
}
