import { useState, type ReactNode } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HousesDueForInspectionDocument, OpenHazardsDocument, OverdueCasesDocument, OverdueIncidentsDocument, OverdueVisitsDocument } from '@linli/client';
import { useLoad, useRequest } from './api';
import { enumName, useI18n, type Language, type MessageKey, type Translate } from './i18n';

const PAGE_SIZE = 10;

interface Page<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: TNode }[];
}

interface Worklist<TNode = any> {
  key: MessageKey;
  document: TypedDocumentNode<any, { areaCode: string; first: number; after?: string | null }>;
  page: (data: any) => Page<TNode>;
  columns: MessageKey[];
  row: (node: TNode, t: Translate, e: (value: string) => string) => ReactNode[];
}

const WORKLISTS: Worklist[] = [
  {
    key: 'list.overdueVisits',
    document: OverdueVisitsDocument,
    page: (data) => data.overdueVisits,
    columns: ['col.person', 'col.rule', 'col.dueOn', 'col.daysOverdue'],
    row: (node, _t, e) => [node.person?.name ?? '—', e(node.rule), node.dueOn, node.daysOverdue],
  },
  {
    key: 'list.housesDue',
    document: HousesDueForInspectionDocument,
    page: (data) => data.housesDueForInspection,
    columns: ['col.address', 'col.house', 'col.lastInspectedOn'],
    row: (node, t) => [node.building?.address ?? '—', node.number, node.lastInspectedOn ?? t('never')],
  },
  {
    key: 'list.openHazards',
    document: OpenHazardsDocument,
    page: (data) => data.hazards,
    columns: ['col.item', 'col.severity', 'col.status', 'col.deadline', 'col.description'],
    row: (node, _t, e) => [node.itemCode, e(node.severity), e(node.status), node.deadline, node.description],
  },
  {
    key: 'list.overdueIncidents',
    document: OverdueIncidentsDocument,
    page: (data) => data.gridIncidents,
    columns: ['col.category', 'col.place', 'col.step', 'col.reportedOn', 'col.deadline'],
    row: (node, _t, e) => [node.categoryName, node.place, e(node.step), node.reportedOn, node.deadline ?? '—'],
  },
  {
    key: 'list.overdueCases',
    document: OverdueCasesDocument,
    page: (data) => data.disputeCases,
    columns: ['col.type', 'col.status', 'col.summary', 'col.openedOn', 'col.dueOn'],
    row: (node, _t, e) => [e(node.type), e(node.status), node.summary, node.openedOn, node.dueOn],
  },
];

/** One worklist, a page at a time: the cursors of the pages before are kept for going back. */
function WorklistTable({ list, areaCode }: { list: Worklist; areaCode: string }) {
  const request = useRequest();
  const { t, language } = useI18n();
  const named = (value: string) => enumName(language as Language, value);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const loaded = useLoad(() => request(list.document, { areaCode, first: PAGE_SIZE, after }), [list.key, areaCode, after]);
  if (loaded.error) return <p className="error">{t('failed') + loaded.error.message}</p>;
  if (!loaded.data) return <p className="muted">{t('loading')}</p>;
  const page = list.page(loaded.data);
  return (
    <div className="worklist" data-testid="worklist" data-loading={loaded.loading}>
      <div className="pager">
        <span data-testid="worklist-total">{t('total', { n: page.totalCount })}</span>
        <span data-testid="worklist-page">{t('page', { n: cursors.length })}</span>
        <button
          type="button"
          disabled={cursors.length === 1 || loaded.loading}
          onClick={() => setCursors(cursors.slice(0, -1))}
          data-testid="worklist-previous"
        >
          {t('previous')}
        </button>
        <button
          type="button"
          disabled={!page.pageInfo.hasNextPage || loaded.loading}
          onClick={() => setCursors([...cursors, page.pageInfo.endCursor!])}
          data-testid="worklist-next"
        >
          {t('next')}
        </button>
      </div>
      {page.edges.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {list.columns.map((column) => (
                <th key={column}>{t(column)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node }, index) => (
              <tr key={index} data-testid="worklist-row">
                {list.row(node, t, named).map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The area's worklists: overdue visits, houses due for inspection, open hazards, overdue incidents and cases. */
export function Worklists({ areaCode }: { areaCode: string }) {
  const { t } = useI18n();
  const [active, setActive] = useState<MessageKey>(WORKLISTS[0].key);
  const list = WORKLISTS.find((w) => w.key === active)!;
  return (
    <section>
      <h2>{t('worklists')}</h2>
      <div className="tabs" role="tablist">
        {WORKLISTS.map((w) => (
          <button key={w.key} type="button" role="tab" aria-selected={w.key === active} data-testid={`tab-${w.key}`} onClick={() => setActive(w.key)}>
            {t(w.key)}
          </button>
        ))}
      </div>
      <WorklistTable key={`${list.key}-${areaCode}`} list={list} areaCode={areaCode} />
    </section>
  );
}
