import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from './planJsonSchema.js';

const file = new URL('../../schema/plan.schema.json', import.meta.url);

describe('planJsonSchema', () => {
  if (process.env.WSOA_WRITE_SCHEMA === '1') {
    writeFileSync(file, JSON.stringify(planJsonSchema(), null, 2) + '\n');
  }

  it('matches the shipped schema/plan.schema.json (run `npm run schema -w @wsoa-kit/core` after changing a schema)', () => {
    const shipped: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(shipped).toEqual(planJsonSchema());
  });

  it('describes dates with a yyyy-MM-dd pattern and the required top-level fields', () => {
    const schema = planJsonSchema() as { required: string[]; properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(schema.required).toEqual(['formatVersion', 'id', 'title', 'kind', 'area', 'inspection']);
    expect(schema.properties.inspection?.properties?.startDate).toMatchObject({
      type: 'string',
      format: 'date',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
  });
});
