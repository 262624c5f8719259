import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // Stories live beside the components they show.
  stories: ['../../../packages/components/src/**/*.stories.@(ts|tsx)'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript source, so Storybook never waits on a build.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['@wsoa-kit/source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;
