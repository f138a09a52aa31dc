import { useMemo } from 'react';
import { AreaFiguresDocument, MediationTrendDocument, type AreaFiguresQuery } from '@linli/client';
import { useLoad, useRequest } from './api';
import { formatCount, formatHours, formatRate, formatSuppressible } from './format';
import { useI18n, type MessageKey } from './i18n';
import { lastMonths } from './periods';
import { TrendChart, type Series } from './TrendChart';

type Figures = NonNullable<AreaFiguresQuery['area']>;
type Domain = 'population' | 'housing' | 'organizations' | 'mediation' | 'volunteering';

/** The figures each domain card shows, with how each is formatted. */
const FIGURES: Record<Domain, { field: string; format: (value: any, suppressed: string) => string }[]> = {
  population: [
    { field: 'residents', format: formatCount },
    { field: 'locals', format: formatCount },
    { field: 'migrants', format: formatCount },
    { field: 'newRegistrations', format: formatCount },
    { field: 'visitsDone', format: formatCount },
    { field: 'visitsOverdue', format: formatCount },
    { field: 'keyGroupMembers', format: formatSuppressible },
  ],
  housing: [
    { field: 'buildings', format: formatCount },
    { field: 'houses', format: formatCount },
    { field: 'rentalHouses', format: formatCount },
    { field: 'inspections', format: formatCount },
    { field: 'hazardsOpen', format: formatCount },
    { field: 'hazardsOverdue', format: formatCount },
    { field: 'onTimeRectificationRate', format: formatRate },
  ],
  organizations: [
    { field: 'organizations', format: formatCount },
    { field: 'members', format: formatCount },
    { field: 'activities', format: formatCount },
    { field: 'peopleServed', format: formatCount },
    { field: 'volunteerHours', format: formatHours },
  ],
  mediation: [
    { field: 'casesOpened', format: formatSuppressible },
    { field: 'casesClosed', format: formatSuppressible },
    { field: 'overdueCases', format: formatSuppressible },
    { field: 'incidentsReported', format: formatCount },
    { field: 'incidentsHandled', format: formatCount },
    { field: 'successRate', format: formatRate },
  ],
  volunteering: [
    { field: 'volunteers', format: formatCount },
    { field: 'activeVolunteers', format: formatCount },
    { field: 'teams', format: formatCount },
    { field: 'activities', format: formatCount },
    { field: 'approvedHours', format: formatHours },
  ],
};

/** The month series per domain: flows that the period bounds (mediation has a series of its own). */
const TRENDS: Record<Exclude<Domain, 'mediation'>, string[]> = {
  population: ['newRegistrations', 'visitsDone'],
  housing: ['inspections', 'hazardsReported'],
  organizations: ['activities', 'peopleServed'],
  volunteering: ['activities', 'personTimes'],
};

const DOMAINS: Domain[] = ['population', 'housing', 'organizations', 'mediation', 'volunteering'];

/** The five domains side by side for one area: this year's figures and six months of trend. */
export function DomainFigures({ code }: { code: string }) {
  const request = useRequest();
  const { t } = useI18n();
  const months = useMemo(() => lastMonths(6), []);
  const current = useLoad(() => request(AreaFiguresDocument, { code }), [code]);
  const trend = useLoad(
    () =>
      Promise.all([
        Promise.all(months.map(({ period }) => request(AreaFiguresDocument, { code, period }))),
        request(MediationTrendDocument, { code, period: { from: months[0].period.from, to: months[months.length - 1].period.to } }),
      ]),
    [code],
  );

  const series = useMemo(() => {
    const result = {} as Record<Domain, Series[]>;
    if (!trend.data) return null;
    const [perMonth, mediation] = trend.data;
    for (const domain of Object.keys(TRENDS) as (keyof typeof TRENDS)[])
      result[domain] = TRENDS[domain].map((field) => ({
        name: t(`f.${field}` as MessageKey),
        values: perMonth.map((answer) => ((answer.area?.[domain] ?? {}) as Record<string, number | null>)[field] ?? null),
      }));
    const byMonth = new Map((mediation.area?.mediationSeries ?? []).map((m) => [m.from.slice(0, 7), m]));
    result.mediation = [
      { name: t('f.casesOpened'), values: months.map(({ month }) => byMonth.get(month)?.casesOpened.value ?? null) },
      { name: t('f.incidentsReported'), values: months.map(({ month }) => byMonth.get(month)?.incidentsReported ?? null) },
    ];
    return result;
  }, [trend.data, months, t]);

  if (current.error) return <p className="error">{t('failed') + current.error.message}</p>;
  if (!current.data?.area) return <p className="muted">{t('loading')}</p>;
  const area: Figures = current.data.area;
  return (
    <section>
      <h2>{t('figures')}</h2>
      <div className="domains">
        {DOMAINS.map((domain) => (
          <article key={domain} className="domain" data-testid={`domain-${domain}`}>
            <h3>{t(`domain.${domain}` as MessageKey)}</h3>
            <dl>
              {FIGURES[domain].map(({ field, format }) => (
                <div key={field} className="figure">
                  <dt>{t(`f.${field}` as MessageKey)}</dt>
                  <dd data-testid={`figure-${domain}-${field}`}>{format(((area[domain] ?? {}) as Record<string, unknown>)[field], t('suppressed'))}</dd>
                </div>
              ))}
            </dl>
            <h4>{t('trend')}</h4>
            {series ? (
              <TrendChart months={months.map((m) => m.month)} series={series[domain]} testId={`trend-${domain}`} />
            ) : (
              <p className="muted">{trend.error ? t('failed') + trend.error.message : t('loading')}</p>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
