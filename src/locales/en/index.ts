// The whole English catalogue, for type checks and tests; the app loads its two parts
// (first.ts before the first render, views.ts after it: src/lib/i18n/catalogues.ts).
import first, { firstScreenAreas } from './first.ts';
import views, { viewAreas } from './views.ts';

export const areas = { ...firstScreenAreas, ...viewAreas };

export default { ...first, ...views };
