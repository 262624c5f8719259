import type { Meta, StoryObj } from '@storybook/react-vite';
import { bcpAnalysis, brokenLinksAnalysis, dueByAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { ScheduleChecks } from './ScheduleChecks.js';

const meta = {
  title: 'Plan/ScheduleChecks',
  component: ScheduleChecks,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ScheduleChecks>;

export default meta;
type Story = StoryObj<typeof meta>;

/** BCP's Written Statement of Action: every field parses, but one start-to-start link is broken. */
export const Bcp: Story = { args: { analysis: bcpAnalysis } };

/** The Torbay sample, whose schedule has no problems: the sentence says what that means. */
export const NoProblems: Story = { args: { analysis: torbayAnalysis } };

/** A plan of "by when" dates alone: warnings, as each is due by its date but not placed in time. */
export const WarningsOnly: Story = { args: { analysis: dueByAnalysis } };

/** Dates typed in without minding the links: 27 broken links, the first 20 shown until the button shows the rest. */
export const LongList: Story = { args: { analysis: brokenLinksAnalysis } };

/** The high-contrast theme. */
export const HighContrast: Story = { args: { analysis: brokenLinksAnalysis, theme: 'high-contrast' } };

/** In a narrow column (360 px, as a phone or a sidebar gives). */
export const Narrow: Story = {
  args: { analysis: brokenLinksAnalysis },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
};
