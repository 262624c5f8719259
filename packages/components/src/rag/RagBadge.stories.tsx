import type { Meta, StoryObj } from '@storybook/react-vite';
import type { RagStatusOrUnrated } from '@wsoa-kit/core';
import { RagBadge } from './RagBadge.js';

const meta = {
  title: 'Status/RagBadge',
  component: RagBadge,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { status: 'amber' },
} satisfies Meta<typeof RagBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge; try each status in the controls. */
export const Amber: Story = {};

const schemes: { name: string; statuses: RagStatusOrUnrated[] }[] = [
  { name: 'BRAG', statuses: ['red', 'amber', 'green', 'blue'] },
  { name: 'RAG', statuses: ['red', 'amber', 'green'] },
  { name: 'Progress words (seed 004)', statuses: ['not-started', 'started', 'complete'] },
  { name: 'Nothing to judge', statuses: ['unrated'] },
];

function EveryScheme({ theme }: { readonly theme: 'default' | 'high-contrast' }) {
  return (
    <div data-wsoa="" data-wsoa-theme={theme}>
      <table className="wsoa-table">
        <caption>Every status in every scheme: a word and a shape, never colour alone</caption>
        <thead>
          <tr>
            <th scope="col">Scheme</th>
            <th scope="col">Statuses</th>
          </tr>
        </thead>
        <tbody>
          {schemes.map((scheme) => (
            <tr key={scheme.name}>
              <th scope="row">{scheme.name}</th>
              <td style={{ display: 'flex', gap: '1.25rem', flexWrap: 'wrap' }}>
                {scheme.statuses.map((status) => (
                  <RagBadge key={status} status={status} />
                ))}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">A council’s own words, and an override</th>
            <td style={{ display: 'flex', gap: '1.25rem', flexWrap: 'wrap' }}>
              <RagBadge status="green" label="On track" />
              <RagBadge status="red" label="Off track" note="set by hand" />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** BRAG, RAG, progress words and unrated, each as word plus shape. */
export const EverySchemeAndStatus: Story = { render: () => <EveryScheme theme="default" /> };

/** The same in the high-contrast theme. */
export const HighContrast: Story = { render: () => <EveryScheme theme="high-contrast" /> };
