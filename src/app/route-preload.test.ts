import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routeModulesFor } from './route-preload.ts';
import { routes } from './router.tsx';

type LazyComponent = () => Promise<{ Component?: unknown }>;

interface Leaf {
  path: string;
  /** The lazy functions from the root to the leaf: a layout's (the cluster guard) and the view's. */
  lazies: LazyComponent[];
}

// Every route the user can land on by URL, with `:params` filled in, from the router's own tree.
function leaves(tree: RouteObject[], parentPath: string, parentLazies: LazyComponent[]): Leaf[] {
  return tree.flatMap((route) => {
    const segment = route.index ? '' : (route.path ?? '');
    const path = segment === '' ? parentPath : `${parentPath}/${segment}`.replace(/\/+/g, '/');
    const lazies = typeof route.lazy === 'function' ? [...parentLazies, route.lazy as LazyComponent] : parentLazies;
    if (route.children) return leaves(route.children, path, lazies);
    return [{ path: path.replace(/:[^/]+/g, 'x1') || '/', lazies }];
  });
}

describe('the boot preloads the code of the route the URL points to', () => {
  const knownLeaves = leaves(routes, '', []).filter((leaf) => !leaf.path.includes('*'));

  it('knows the views of the router', () => {
    expect(knownLeaves.map((leaf) => leaf.path)).toEqual(
      expect.arrayContaining(['/', '/c/x1', '/c/x1/topology', '/c/x1/tasks', '/c/x1/tasks/x1']),
    );
  });

  it.each(knownLeaves)('$path: the same modules the router loads for it', async ({ path, lazies }) => {
    const preloaded = await Promise.all(routeModulesFor(path));
    const exported = preloaded.flatMap((module) => Object.values(module as Record<string, unknown>));
    for (const lazy of lazies) {
      const { Component } = await lazy();
      expect(exported).toContain(Component);
    }
  });

  it('preloads nothing for a path the router does not know', () => {
    expect(routeModulesFor('/no/such/page')).toEqual([]);
  });
});
