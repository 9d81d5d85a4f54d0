import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../src/lib/catalogue/operation-catalogue.ts';
import { formattedCatalogueDoc, readCatalogueDoc, renderCatalogueDoc } from './generate-catalogue-doc.ts';

describe('docs/operation-catalogue.md', () => {
  it('is what the generator writes from the catalogue (regenerate: node --import tsx scripts/generate-catalogue-doc.ts)', async () => {
    expect(readCatalogueDoc()).toBe(await formattedCatalogueDoc());
  });

  it('lists every operation with its request', () => {
    const doc = renderCatalogueDoc();
    for (const entry of OPERATION_CATALOGUE) {
      expect(doc).toContain(`| \`${entry.operationId}\` | \`${entry.method} ${entry.path}\` |`);
    }
  });

  it('shows a change of the data', () => {
    const [first, ...rest] = OPERATION_CATALOGUE;
    if (!first) throw new Error('empty catalogue');
    const changed = { ...first, path: `${first.path}/changed` };
    expect(renderCatalogueDoc([changed, ...rest])).not.toBe(renderCatalogueDoc());
  });
});
