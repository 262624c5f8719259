import { formatDate } from '@wsoa-kit/core';
import { ValidationSummary } from '@wsoa-kit/components';
import type { ReactElement } from 'react';
import { PlanFacts } from './PlanFacts.js';
import { planHref } from './route.js';
import type { SamplePlan } from './samples.js';

/** The demo's first page: each bundled sample plan, what it holds, whether it validates, and a link to its dashboard. */
export function Home({ plans }: { readonly plans: readonly SamplePlan[] }): ReactElement {
  return (
    <>
      <h1>Sample SEND improvement plans</h1>
      <p>
        These plans are bundled with <code>@wsoa-kit/core</code>. Each is checked with <code>parsePlan</code>, which reports every problem
        with the path of the field, and opens in a dashboard built from <code>@wsoa-kit/components</code>.
      </p>
      <p>
        <a href="?page=import">Read your own project table</a>: paste one from your project tool or spreadsheet and see it as a plan.
      </p>
      <p>
        <a href="?page=ehc">Work out EHC timeliness from your case list</a>: the share of EHC plans issued within 20 weeks, or of annual
        reviews held in time, for a period and quarter by quarter, as an impact measure’s actual.
      </p>
      {plans.map(({ name, title, result, asOf }) => (
        <article key={name} className="demo__plan" aria-labelledby={`plan-${name}`}>
          <h2 id={`plan-${name}`}>{title}</h2>
          {result.ok ? (
            <>
              <PlanFacts plan={result.value} />
              {result.value.sampleData ? <p className="demo__note">{result.value.sampleData}</p> : null}
            </>
          ) : null}
          <ValidationSummary subject={title} problems={result.problems} headingLevel={3} />
          {result.ok ? (
            <p>
              <a href={planHref(name)}>
                Open the dashboard<span className="wsoa-visually-hidden">{` for ${title}`}</span>
              </a>{' '}
              (progress as of {formatDate(asOf, 'long')})
            </p>
          ) : null}
        </article>
      ))}
    </>
  );
}
