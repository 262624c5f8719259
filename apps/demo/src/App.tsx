import { ValidationSummary } from '@wsoa-kit/components';
import type { ReactElement } from 'react';
import { samplePlanResults } from './samplePlanResults.js';

/** The demo's first page: each bundled sample plan, what it holds and whether it validates. */
export function App(): ReactElement {
  const results = samplePlanResults();
  return (
    <div data-wsoa="" className="demo">
      <a className="demo__skip" href="#main">
        Skip to main content
      </a>
      <header className="demo__header">
        <p className="demo__brand">wsoa-kit</p>
      </header>
      <main id="main" className="demo__main">
        <h1>Sample SEND improvement plans</h1>
        <p>
          These plans are bundled with <code>@wsoa-kit/core</code>. Each is checked with <code>parsePlan</code>, which reports every problem
          with the path of the field.
        </p>
        {results.map(({ name, title, result }) => (
          <article key={name} className="demo__plan" aria-labelledby={`plan-${name}`}>
            <h2 id={`plan-${name}`}>{title}</h2>
            {result.ok ? (
              <>
                <dl className="demo__facts">
                  <div>
                    <dt>Area</dt>
                    <dd>{result.value.area.name}</dd>
                  </div>
                  <div>
                    <dt>Findings</dt>
                    <dd>{result.value.findings.length}</dd>
                  </div>
                  <div>
                    <dt>{`${result.value.workstreams[0]?.label ?? 'Workstream'}s`}</dt>
                    <dd>{result.value.workstreams.length}</dd>
                  </div>
                  <div>
                    <dt>Actions</dt>
                    <dd>{result.value.actions.length}</dd>
                  </div>
                </dl>
                {result.value.sampleData ? <p className="demo__note">{result.value.sampleData}</p> : null}
              </>
            ) : null}
            <ValidationSummary subject={title} problems={result.problems} headingLevel={3} />
          </article>
        ))}
      </main>
    </div>
  );
}
