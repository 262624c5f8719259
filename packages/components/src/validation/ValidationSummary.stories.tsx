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

/** Text that looks like markup is shown as text. */
export const HostileText: Story = { args: validationFixtures.hostileText };
