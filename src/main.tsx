// First: starts the cluster list and the first view's code before the rest of the entry is evaluated.
import './app/boot-start.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/carbon.scss';
import './styles/app.scss';
import { App } from './app/app.tsx';
import { startLanguage } from './lib/i18n/language-store.ts';
import { applyTheme, getThemeChoice, resolveTheme } from './lib/theme/theme-store.ts';

// Before the first render, so a dark theme never flashes light.
applyTheme(resolveTheme(getThemeChoice()));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The active language's catalogue (a small chunk of its own) is loaded before the first render,
// so no view ever shows a message id or switches language under the reader.
void startLanguage().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
