import { startClusterListAtBoot } from '../lib/clusters/boot-cluster-list.ts';
import { preloadRouteModules } from './route-preload.ts';

// Imported first by main.tsx: module evaluation follows import order, so this runs before React,
// the router and Carbon are evaluated, and the network work of the first view starts in parallel.
startClusterListAtBoot();
preloadRouteModules(window.location.pathname);
