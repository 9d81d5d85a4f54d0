import { startBoot } from './boot.ts';

// Imported first by main.tsx: module evaluation follows import order, so this runs before React,
// the router and Carbon are evaluated, and the first view's network work starts in parallel.
void startBoot(window.location.pathname);
