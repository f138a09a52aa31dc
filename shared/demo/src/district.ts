import { addDays, makeIdNumber, type AreaLevel } from '@linli/domain';
import { between, demoId, pick, rng } from './random';

export interface DemoArea {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
}

export const MANAGEMENT_MODES = ['VILLAGE_COMMITTEE', 'PROPERTY_COMPANY', 'ENTERPRISE', 'LANDLORD', 'SERVICE_CENTRE'] as const;

export interface DemoBuilding {
  id: string;
  gridCode: string;
  address: string;
  floors: number;
  rental: boolean;
  accessControl: boolean;
  accessControlSince: string | null;
  managementMode: (typeof MANAGEMENT_MODES)[number];
  /** Index into estates, or null for a building outside any estate. */
  estateIndex: number | null;
}

export interface DemoEstate {
  id: string;
  communityCode: string;
  name: string;
  propertyCompany: string;
}

export interface DemoHouse {
  id: string;
  buildingId: string;
  gridCode: string;
  number: string;
  rooms: number;
  floorArea: number;
  rental: boolean;
  /** A demo person's id. */
  landlordId: string | null;
}

export interface DemoPerson {
  id: string;
  name: string;
  idNumber: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  phone: string;
  origin: string;
  householdType: 'LOCAL' | 'MIGRANT';
  occupation: string;
  partyMember: boolean;
  /** Where the person lives now. */
  houseId: string;
  gridCode: string;
  residenceId: string;
  residenceFrom: string;
  residenceReason: 'RENT' | 'OWN' | 'DORMITORY' | 'RELATIVE' | 'OTHER';
}

export interface DemoDistrict {
  district: DemoArea;
  areas: DemoArea[];
  estates: DemoEstate[];
  buildings: DemoBuilding[];
  houses: DemoHouse[];
  persons: DemoPerson[];
}

export const DEMO_DISTRICT = '440118';
/** 凤馨苑社区, the community the field reports follow most closely. */
export const FENGXINYUAN = '440118001001';

const STREETS: [string, string][] = [
  ['440118001', '荔城街道'],
  ['440118002', '增江街道'],
];
const COMMUNITIES: [string, string, number][] = [
  // code, name, share of migrants
  [FENGXINYUAN, '凤馨苑社区', 0.82],
  ['440118001002', '荔景社区', 0.55],
  ['440118002001', '光明社区', 0.5],
  ['440118002002', '挂绿社区', 0.45],
];
const GRIDS_PER_COMMUNITY = 5;
const BUILDINGS_PER_GRID = 10;
const HOUSES_PER_BUILDING = 10;
const PERSONS = 5000;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '梁'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '平', '建国', '志强', '海燕', '晓东'];
const ORIGINS = [
  ['湖南省', '430102'],
  ['广西壮族自治区', '450102'],
  ['四川省', '510104'],
  ['江西省', '360102'],
  ['河南省', '410102'],
  ['湖北省', '420102'],
  ['贵州省', '520102'],
] as const;
const OCCUPATIONS = ['工人', '个体经营', '服务员', '快递员', '教师', '退休', '学生', '司机', '厨师', '职员'];
const ROADS = ['凤馨路', '荔乡路', '府佑路', '光明东路', '挂绿路', '增江大道'];

let cached: DemoDistrict | undefined;

/** The whole demo district, generated deterministically (and once per process). */
export function demoDistrict(): DemoDistrict {
  return (cached ??= generate());
}

function generate(): DemoDistrict {
  const random = rng(440118);
  const district: DemoArea = { code: DEMO_DISTRICT, name: '增城区', level: 'DISTRICT', parentCode: null };
  const areas: DemoArea[] = [district];
  for (const [code, name] of STREETS) areas.push({ code, name, level: 'STREET', parentCode: DEMO_DISTRICT });
  const estates: DemoEstate[] = [];
  const buildings: DemoBuilding[] = [];
  const houses: DemoHouse[] = [];
  for (const [code, name] of COMMUNITIES) {
    areas.push({ code, name, level: 'COMMUNITY', parentCode: code.slice(0, 9) });
    for (let e = 1; e <= 2; e++)
      estates.push({ id: demoId('estate', `${code}-${e}`), communityCode: code, name: `${name.replace('社区', '')}${e === 1 ? '花园' : '雅苑'}`, propertyCompany: pick(random, ['碧桂园物业', '保利物业', '万科物业', '自管']) });
    for (let g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
      const gridCode = `${code}${String(g).padStart(3, '0')}`;
      areas.push({ code: gridCode, name: `${name.replace('社区', '')}第${g}网格`, level: 'GRID', parentCode: code });
      for (let b = 1; b <= BUILDINGS_PER_GRID; b++) {
        const rental = random() < 0.7;
        const accessControl = random() < 0.9;
        const inEstate = g <= 2;
        const building: DemoBuilding = {
          id: demoId('building', `${gridCode}-${b}`),
          gridCode,
          address: `${pick(random, ROADS)}${between(random, 1, 300)}号${b}栋`,
          floors: between(random, 3, 12),
          rental,
          accessControl,
          accessControlSince: accessControl ? addDays('2024-01-01', between(random, 0, 600)) : null,
          managementMode: inEstate ? 'PROPERTY_COMPANY' : rental ? pick(random, ['VILLAGE_COMMITTEE', 'LANDLORD', 'SERVICE_CENTRE'] as const) : pick(random, MANAGEMENT_MODES),
          estateIndex: inEstate ? estates.length - 2 + (g - 1) : null,
        };
        buildings.push(building);
        for (let h = 1; h <= HOUSES_PER_BUILDING; h++) {
          const floor = 1 + Math.floor((h - 1) / 2);
          houses.push({
            id: demoId('house', `${building.id}-${h}`),
            buildingId: building.id,
            gridCode,
            number: `${floor}-${floor}0${((h - 1) % 2) + 1}`,
            rooms: between(random, 1, 4),
            floorArea: between(random, 25, 120),
            rental: rental && random() < 0.85,
            landlordId: null,
          });
        }
      }
    }
  }

  const persons: DemoPerson[] = [];
  const usedIds = new Set<string>();
  const communityOf = (gridCode: string) => COMMUNITIES.find(([code]) => gridCode.startsWith(code))!;
  for (let i = 0; i < PERSONS; i++) {
    // four of five people live in rental houses, so rentals are well filled
    const house = houses[Math.floor(random() * houses.length)];
    const [, , migrantShare] = communityOf(house.gridCode);
    const migrant = random() < migrantShare;
    const sex = random() < 0.5 ? 'MALE' : 'FEMALE';
    const birthDate = addDays('1940-01-01', between(random, 0, 30_000));
    const [origin, originCode] = migrant ? pick(random, ORIGINS) : ['广东省广州市', '440118'];
    let sequence = i % 500;
    let idNumber = makeIdNumber(originCode, birthDate, sequence, sex);
    while (usedIds.has(idNumber)) idNumber = makeIdNumber(originCode, birthDate, ++sequence % 500, sex);
    usedIds.add(idNumber);
    persons.push({
      id: demoId('person', i),
      name: pick(random, SURNAMES) + pick(random, GIVEN),
      idNumber,
      sex,
      birthDate,
      phone: `13${String(between(random, 0, 999_999_999)).padStart(9, '0')}`,
      origin,
      householdType: migrant ? 'MIGRANT' : 'LOCAL',
      occupation: pick(random, OCCUPATIONS),
      partyMember: random() < 0.08,
      houseId: house.id,
      gridCode: house.gridCode,
      residenceId: demoId('residence', i),
      residenceFrom: addDays('2018-01-01', between(random, 0, 3000)),
      residenceReason: house.rental ? (random() < 0.9 ? 'RENT' : 'DORMITORY') : random() < 0.8 ? 'OWN' : 'RELATIVE',
    });
  }
  // landlords: locals own the rental houses of their community
  const locals = persons.filter((p) => p.householdType === 'LOCAL');
  for (const house of houses) if (house.rental) house.landlordId = pick(random, locals).id;
  return { district, areas, estates, buildings, houses, persons };
}
