import type { LeadRole, ResolvedLead } from '@wsoa-kit/core';
import { Fragment, type ReactElement } from 'react';

const ROLE_WORDS: Record<LeadRole, string> = {
  'lead-officer': 'lead officer',
  'accountable-officer': 'accountable officer',
  support: 'support',
};

/**
 * Leads as plans print them, `NM/TF`, with each full name in a tooltip for pointer users and in
 * the text for screen readers; pair it with {@link LeadsKey} so everyone can read the names.
 */
export function LeadInitials({ leads }: { readonly leads: readonly ResolvedLead[] }): ReactElement {
  if (leads.length === 0) return <span className="wsoa-muted">None named</span>;
  return (
    <>
      {leads.map((lead, i) => (
        <Fragment key={`${lead.personId}-${lead.role}`}>
          {i > 0 ? '/' : null}
          <abbr title={`${lead.name}, ${ROLE_WORDS[lead.role]}`}>{lead.initials}</abbr>
          <span className="wsoa-visually-hidden">{` (${lead.name})`}</span>
        </Fragment>
      ))}
    </>
  );
}

/** The key to initials that plans print under their tables: who each lead is, with their job. */
export function LeadsKey({
  leads,
  title = 'Who the initials stand for',
}: {
  readonly leads: readonly ResolvedLead[];
  readonly title?: string;
}): ReactElement | null {
  if (leads.length === 0) return null;
  return (
    <div className="wsoa-leads-key">
      <p className="wsoa-leads-key__title">{title}</p>
      <dl>
        {leads.map((lead) => (
          <div key={lead.personId}>
            <dt>{lead.initials}</dt>
            <dd>{lead.jobTitle ? `${lead.name}, ${lead.jobTitle}` : lead.name}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
