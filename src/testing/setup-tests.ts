import '@testing-library/jest-dom/vitest';
import { startLanguage } from '../lib/i18n/language-store.ts';

// Components read their texts from the language store; tests see the English catalogue.
await startLanguage('en', { complete: true });
