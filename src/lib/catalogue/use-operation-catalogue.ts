// The operation catalogue for views, loaded on first use: it is a large module of its own and must
// stay out of the first screen's bundle. Null until its chunk has arrived.
import { useEffect, useState } from 'react';
import type { CatalogueEntry } from './types.ts';

let loaded: readonly CatalogueEntry[] | null = null;

export function loadOperationCatalogue(): Promise<readonly CatalogueEntry[]> {
  return import('./operation-catalogue.ts').then((module) => {
    loaded = module.OPERATION_CATALOGUE;
    return loaded;
  });
}

export function useOperationCatalogue(): readonly CatalogueEntry[] | null {
  const [catalogue, setCatalogue] = useState<readonly CatalogueEntry[] | null>(loaded);
  useEffect(() => {
    if (catalogue) return;
    let live = true;
    void loadOperationCatalogue().then((entries) => {
      if (live) setCatalogue(entries);
    });
    return () => {
      live = false;
    };
  }, [catalogue]);
  return catalogue;
}
