import ExcelJS from 'exceljs';
import { INDICATORS } from './indicators';
import { indicatorColumns, type Layout, type Row } from './plan';

/** A table as it is written: a header and rows of cells. Withheld cells are marked `x`. */
export interface Table {
  columns: string[];
  rows: (string | number | null)[][];
}

/** Marks a withheld cell in CSV and XLSX, as statistical offices do. */
export const WITHHELD = 'x';

export function tableOf(rows: Row[], layout: Layout): Table {
  if (layout === 'long')
    return {
      columns: ['areaCode', 'areaName', 'period', 'indicator', 'value', 'withheld'],
      rows: rows.map((r) => [r.areaCode, r.areaName, r.period, r.indicator, r.value, r.withheld ? 'true' : 'false']),
    };
  const indicators = indicatorColumns(rows);
  const lines = new Map<string, (string | number | null)[]>();
  for (const r of rows) {
    const key = `${r.areaCode}|${r.period}`;
    if (!lines.has(key)) lines.set(key, [r.areaCode, r.areaName, r.period, ...indicators.map(() => null)]);
    lines.get(key)![3 + indicators.indexOf(r.indicator)] = r.withheld ? WITHHELD : r.value;
  }
  return { columns: ['areaCode', 'areaName', 'period', ...indicators], rows: [...lines.values()] };
}

/** The JSON answer: the long table as objects, or the wide one with withheld cells listed per line. */
export function jsonOf(rows: Row[], layout: Layout, asOf: string): unknown {
  if (layout === 'long') return { asOf, layout, rows };
  const table = tableOf(rows, 'wide');
  return {
    asOf,
    layout,
    columns: table.columns,
    rows: table.rows.map((line) => {
      const withheld = table.columns.filter((_, i) => i >= 3 && line[i] === WITHHELD);
      return { ...Object.fromEntries(table.columns.map((c, i) => [c, line[i] === WITHHELD ? null : line[i]])), withheld };
    }),
  };
}

const cell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV (RFC 4180) in UTF-8 with a byte-order mark, so Excel shows Chinese names as written. */
export function csvOf(rows: Row[], layout: Layout): Buffer {
  const table = tableOf(rows, layout);
  const lines = [table.columns, ...table.rows].map((line) => line.map(cell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX: the table on the first sheet, the indicator catalogue on the second. */
export async function xlsxOf(rows: Row[], layout: Layout, asOf: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linli';
  workbook.created = new Date(asOf);
  const data = workbook.addWorksheet('data');
  const table = tableOf(rows, layout);
  data.addRow(table.columns).font = { bold: true };
  for (const line of table.rows) data.addRow(line.map((v) => (v === null ? undefined : v)));
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const catalogue = workbook.addWorksheet('indicators');
  catalogue.addRow(['code', '名称', 'name', 'domain', 'unit', 'timing', 'disclosure', 'definition']).font = { bold: true };
  for (const i of INDICATORS) catalogue.addRow([i.code, i.zh, i.en, i.domain, i.unit, i.timing, i.disclosure, i.definition]);
  catalogue.addRow([]);
  catalogue.addRow(['asOf', asOf]);
  catalogue.addRow(['withheld', `${WITHHELD}: a small count (below 5) or a figure derived from one, withheld so no person can be singled out`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
