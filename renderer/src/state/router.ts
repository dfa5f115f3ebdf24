import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by the URL fragment (`#/meetings/<id>`), so reload and back keep the place. */
export const routeNames = [
  'home',
  'programmes',
  'tasks',
  'meetings',
  'directory',
  'sync',
  'data',
  'admin',
] as const;
export type RouteName = (typeof routeNames)[number];

/** The query of a route (`#/tasks?view=overdue`): plain names and values only. */
export type RouteQuery = Readonly<Record<string, string>>;

export interface Route {
  name: RouteName;
  /** The record the screen shows, when it shows one (`#/programmes/<id>`). */
  id: string | null;
  /** What follows `?` (`#/tasks?view=my-unit` → { view: 'my-unit' }); names and values are bounded. */
  query: RouteQuery;
}

const QUERY_NAME = /^[\w-]{1,32}$/;
const MAX_QUERY_VALUE = 200;

/** The query part of a hash; names outside [\w-] and over-long values are dropped. */
export function parseQuery(hash: string): RouteQuery {
  const at = hash.indexOf('?');
  if (at < 0) return {};
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(hash.slice(at + 1))) {
    if (QUERY_NAME.test(name) && value.length <= MAX_QUERY_VALUE) query[name] = value;
  }
  return query;
}

export function parseRoute(hash: string): Route {
  const [name = '', id = ''] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  if (!(routeNames as readonly string[]).includes(name)) return { name: 'home', id: null, query: {} };
  return {
    name: name as RouteName,
    id: id && /^[\w-]{1,64}$/.test(id) ? id : null,
    query: parseQuery(hash),
  };
}

export function routeHref(name: RouteName, id?: string | null, query?: RouteQuery): string {
  const path = name === 'home' ? '#/' : id ? `#/${name}/${id}` : `#/${name}`;
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== '');
  return entries.length === 0 ? path : `${path}?${new URLSearchParams(entries).toString()}`;
}

export function navigate(name: RouteName, id?: string | null, query?: RouteQuery): void {
  window.location.hash = routeHref(name, id, query);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let cachedHash = '';
let cachedRoute: Route = { name: 'home', id: null, query: {} };

function snapshot(): Route {
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash;
    cachedRoute = parseRoute(cachedHash);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
