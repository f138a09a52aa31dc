import { areaScope, connection, decodeCursor, likeEscape, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

/** A person as the API sees it: masked values only; ciphertexts never leave the repository. */
export interface PersonRow {
  id: string;
  name: string;
  documentType: 'ID_CARD' | 'PASSPORT' | 'OTHER';
  documentNumber: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  phone: string | null;
  householdType: 'LOCAL' | 'MIGRANT';
  areaCode: string;
}

export interface NewPerson extends Omit<PersonRow, 'documentNumber' | 'phone'> {
  documentEnc: string;
  documentHash: string;
  documentMasked: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
}

export interface PersonFilter {
  name?: string | null;
  /** Keyed hash of the document number asked for. */
  documentHash?: string | null;
  areaCode?: string | null;
  householdType?: 'LOCAL' | 'MIGRANT' | null;
}

const COLUMNS = `id, name, document_type AS "documentType", document_masked AS "documentNumber", sex, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate",
  phone_masked AS phone, household_type AS "householdType", area_code AS "areaCode"`;

export class PersonRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<PersonRow[]> {
    const p = new Params([ids]);
    return rows<PersonRow>(this.db, `/* personsByIds */ SELECT ${COLUMNS} FROM persons WHERE id = ANY($1::uuid[]) AND ${areaScope('area_code', scope, p)}`, p.values);
  }

  async list(filter: PersonFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<PersonRow>> {
    const p = new Params();
    const where = [areaScope('area_code', scope, p)];
    if (filter.name) where.push(`name LIKE ${p.param(`%${likeEscape(filter.name)}%`)}`);
    if (filter.documentHash) where.push(`document_hash = ${p.param(filter.documentHash)}`);
    if (filter.areaCode) where.push(within('area_code', filter.areaCode, p));
    if (filter.householdType) where.push(`household_type = ${p.param(filter.householdType)}`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* personsCount */ SELECT count(*)::int AS n FROM persons WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(name, id) > (${p.param(cursor[0])}, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<PersonRow>(
      this.db,
      `/* personsList */ SELECT ${COLUMNS} FROM persons WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (person) => [person.name, person.id]);
  }

  /** The id of whoever holds this document already, whatever the caller's scope (to point at it). */
  async idByDocument(documentType: string, documentHash: string): Promise<string | null> {
    const [found] = await rows<{ id: string }>(this.db, `/* personByDocument */ SELECT id FROM persons WHERE document_type = $1 AND document_hash = $2`, [
      documentType,
      documentHash,
    ]);
    return found?.id ?? null;
  }

  async insert(person: NewPerson & { id: string }): Promise<PersonRow> {
    const [created] = await rows<PersonRow>(
      this.db,
      `/* personInsert */ INSERT INTO persons (id, name, document_type, document_enc, document_hash, document_masked, sex, birth_date,
         phone_enc, phone_hash, phone_masked, household_type, area_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
      [
        person.id,
        person.name,
        person.documentType,
        person.documentEnc,
        person.documentHash,
        person.documentMasked,
        person.sex,
        person.birthDate,
        person.phoneEnc,
        person.phoneHash,
        person.phoneMasked,
        person.householdType,
        person.areaCode,
      ],
    );
    return created;
  }

  async moveTo(personIds: readonly string[], areaCode: string): Promise<void> {
    await rows(this.db, `/* personsMove */ UPDATE persons SET area_code = $2 WHERE id = ANY($1::uuid[])`, [personIds, areaCode]);
  }
}
