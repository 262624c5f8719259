import type { LeadRole, ResolvedLead } from '@wsoa-kit/core';
import { Fragment, type ReactElement } from 'react';

const ROLE_WORDS: Record<LeadRole, string> = {
  'lead-officer': 'lead officer',
  'accountable-officer': 'accountable officer',
  support: 'support',
};

/**
 * A person as a reader meets them: "Rachael Williams (RW)", or the initials alone ("TT") where the
 * plan gives no name, as many published plans do.
 *
 * @example
 * personLabel({ initials: 'RW', name: 'Rachael Williams' }); // 'Rachael Williams (RW)'
 * personLabel({ initials: 'TT' }); // 'TT'
 */
export function personLabel(person: { readonly initials: string; readonly name?: string | undefined }): string {
  return person.name === undefined ? person.initials : `${person.name} (${person.initials})`;
}

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
          {/* A line may break after each slash: "/" alone gives no break, and a long list would widen a narrow cell. */}
          {i > 0 ? (
            <>
              /<wbr />
            </>
          ) : null}
          <abbr title={lead.name === undefined ? ROLE_WORDS[lead.role] : `${lead.name}, ${ROLE_WORDS[lead.role]}`}>{lead.initials}</abbr>
          {lead.name === undefined ? null : <span className="wsoa-visually-hidden">{` (${lead.name})`}</span>}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The key to initials that plans print under their tables: who each lead is, with their job. Leads
 * the plan names by initials only are listed together after it, so a reader knows no name is
 * missing from the page.
 */
export function LeadsKey({
  leads,
  title = 'Who the initials stand for',
}: {
  readonly leads: readonly ResolvedLead[];
  readonly title?: string;
}): ReactElement | null {
  if (leads.length === 0) return null;
  const described = leads.filter((lead) => lead.name !== undefined || lead.jobTitle !== undefined);
  const initialsOnly = leads.filter((lead) => lead.name === undefined && lead.jobTitle === undefined);
  return (
    <div className="wsoa-leads-key">
      <p className="wsoa-leads-key__title">{title}</p>
      {described.length > 0 ? (
        <dl>
          {described.map((lead) => (
            <div key={lead.personId}>
              <dt>{lead.initials}</dt>
              <dd>{[lead.name, lead.jobTitle].filter((part) => part !== undefined).join(', ')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {initialsOnly.length > 0 ? (
        <p className="wsoa-leads-key__initials-only">{`The plan gives initials only for ${initialsOnly.map((lead) => lead.initials).join(', ')}.`}</p>
      ) : null}
    </div>
  );
}
