import { useState } from 'react';
import { AreaNodeDocument, ChildAreasDocument, type AreaLevel } from '@linli/client';
import { useI18n } from './i18n';
import { useLoad, useRequest } from './api';

export interface AreaSummary {
  code: string;
  name: string;
  level: AreaLevel;
}

const CHILD_LEVEL: Partial<Record<AreaLevel, AreaLevel>> = { DISTRICT: 'STREET', STREET: 'COMMUNITY', COMMUNITY: 'GRID' };
const PAGE = 50;

function Children({ parent, selected, onSelect }: { parent: AreaSummary; selected: string | null; onSelect: (area: AreaSummary) => void }) {
  const request = useRequest();
  const { t } = useI18n();
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <ul>
      {pages.map((after, index) => (
        <ChildPage
          key={after ?? ''}
          parent={parent}
          after={after}
          selected={selected}
          onSelect={onSelect}
          onMore={index === pages.length - 1 ? (cursor) => setPages([...pages, cursor]) : undefined}
          request={request}
          t={t}
        />
      ))}
    </ul>
  );
}

function ChildPage(props: {
  parent: AreaSummary;
  after: string | null;
  selected: string | null;
  onSelect: (area: AreaSummary) => void;
  onMore?: (cursor: string) => void;
  request: ReturnType<typeof useRequest>;
  t: ReturnType<typeof useI18n>['t'];
}) {
  const { parent, after, selected, onSelect, onMore, request, t } = props;
  const level = CHILD_LEVEL[parent.level]!;
  const page = useLoad(() => request(ChildAreasDocument, { within: parent.code, level, first: PAGE, after }), [parent.code, after]);
  if (page.error) return <li className="error">{t('failed') + page.error.message}</li>;
  if (!page.data) return <li className="muted">{t('loading')}</li>;
  const { edges, pageInfo } = page.data.areas;
  return (
    <>
      {edges.map(({ node }) => (
        <TreeNode key={node.code} area={node} selected={selected} onSelect={onSelect} />
      ))}
      {pageInfo.hasNextPage && onMore && (
        <li>
          <button type="button" className="link" onClick={() => onMore(pageInfo.endCursor!)}>
            {t('more')}
          </button>
        </li>
      )}
    </>
  );
}

function TreeNode({ area, selected, onSelect }: { area: AreaSummary; selected: string | null; onSelect: (area: AreaSummary) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const expandable = CHILD_LEVEL[area.level] !== undefined;
  return (
    <li>
      <div className={`area${selected === area.code ? ' selected' : ''}`}>
        {expandable ? (
          <button
            type="button"
            className="toggle"
            aria-label={open ? '−' : '+'}
            aria-expanded={open}
            data-testid={`toggle-${area.code}`}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="toggle" />
        )}
        <button type="button" className="link" data-testid={`area-${area.code}`} onClick={() => onSelect(area)}>
          {area.name}
        </button>
        <span className="level">{t(`level.${area.level}`)}</span>
      </div>
      {open && expandable && <Children parent={area} selected={selected} onSelect={onSelect} />}
    </li>
  );
}

function Root({ code, selected, onSelect }: { code: string; selected: string | null; onSelect: (area: AreaSummary) => void }) {
  const request = useRequest();
  const { t } = useI18n();
  const root = useLoad(() => request(AreaNodeDocument, { code }), [code]);
  if (root.error) return <li className="error">{t('failed') + root.error.message}</li>;
  if (!root.data) return <li className="muted">{t('loading')}</li>;
  return root.data.area ? <TreeNode area={root.data.area} selected={selected} onSelect={onSelect} /> : null;
}

/** The caller's areas and, opened on demand, what lies beneath them: only areas in the caller's scope are offered. */
export function AreaTree({ roots, selected, onSelect }: { roots: string[]; selected: string | null; onSelect: (area: AreaSummary) => void }) {
  const { t } = useI18n();
  return (
    <nav className="tree" aria-label={t('areas')}>
      <h2>{t('areas')}</h2>
      <ul>
        {roots.map((code) => (
          <Root key={code} code={code} selected={selected} onSelect={onSelect} />
        ))}
      </ul>
    </nav>
  );
}
