import type { Meta, StoryObj } from '@storybook/react-vite';
import { validationFixtures } from './fixtures.js';
import { ValidationSummary } from './ValidationSummary.js';

const meta = {
  title: 'Plan/ValidationSummary',
  component: ValidationSummary,
  tags: ['autodocs'],
} satisfies Meta<typeof ValidationSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Torbay sample, which has no problems. */
export const Valid: Story = { args: validationFixtures.valid };

/** A plan pasted from a project-plan export: a dd/MM/yy date and a percentage over 100. */
export const Invalid: Story = { args: validationFixtures.invalid };

/** Something other than a plan checked, with no problems: a case list of EHC requests, saying what that means. */
export const CaseList: Story = { args: validationFixtures.caseList };

/** A case list with a date that does not exist and a row with no request date, each named by row and column. */
export const CaseListInvalid: Story = { args: validationFixtures.caseListInvalid };

/** Text that looks like markup is shown as text. */
export const HostileText: Story = { args: validationFixtures.hostileText };
