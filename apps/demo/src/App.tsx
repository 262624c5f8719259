import type { ReactElement } from 'react';
import { Dashboard } from './Dashboard.js';
import { EhcPage } from './EhcPage.js';
import { Home } from './Home.js';
import { ImportPage } from './ImportPage.js';
import { parseRoute } from './route.js';
import type { SamplePlan } from './samples.js';

/** The demo: the list of sample plans, or one plan's dashboard, chosen by the address's query. */
export function App({ plans, search }: { readonly plans: readonly SamplePlan[]; readonly search: string }): ReactElement {
  const route = parseRoute(search);
  const sample = route.page === 'plan' ? plans.find((p) => p.name === route.name) : undefined;
  const torbay = plans.find((p) => p.name === 'torbay')?.result;
  let content: ReactElement;
  if (route.page === 'home') content = <Home plans={plans} />;
  else if (route.page === 'ehc') content = <EhcPage />;
  else if (route.page === 'import') content = torbay?.ok ? <ImportPage torbay={torbay.value} /> : <h1>The example plan does not parse</h1>;
  else if (sample === undefined)
    content = (
      <>
        <h1>There is no sample plan called “{route.name}”</h1>
        <p>
          <a href="?">See the sample plans</a>
        </p>
      </>
    );
  else content = <Dashboard key={sample.name} sample={sample} asOf={route.asOf} badAsOf={route.badAsOf} />;
  return (
    <div data-wsoa="" className="demo">
      <a className="demo__skip" href="#main">
        Skip to main content
      </a>
      <header className="demo__header">
        <p className="demo__brand">wsoa-kit</p>
      </header>
      <main id="main" className="demo__main" tabIndex={-1}>
        {content}
      </main>
    </div>
  );
}

/** The page title for an address: the plan's title on a dashboard. */
export function pageTitle(plans: readonly SamplePlan[], search: string): string {
  const route = parseRoute(search);
  if (route.page === 'home') return 'wsoa-kit demo: sample SEND improvement plans';
  if (route.page === 'import') return 'Read your own project table – wsoa-kit demo';
  if (route.page === 'ehc') return 'Work out EHC timeliness from your case list – wsoa-kit demo';
  const sample = plans.find((p) => p.name === route.name);
  return sample === undefined ? 'Plan not found: wsoa-kit demo' : `${sample.title}: dashboard – wsoa-kit demo`;
}
