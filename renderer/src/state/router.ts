import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by the URL fragment (`#/meetings/<id>`), so reload and back keep the place. */
export const routeNames = ['home', 'programmes', 'tasks', 'meetings', 'sync', 'data'] as const;
export type RouteName = (typeof routeNames)[number];

export interface Route {
  name: RouteName;
  /** The record the screen shows, when it shows one (`#/programmes/<id>`). */
  id: string | null;
}

export function parseRoute(hash: string): Route {
  const [name = '', id = ''] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  if (!(routeNames as readonly string[]).includes(name)) return { name: 'home', id: null };
  return { name: name as RouteName, id: id && /^[\w-]{1,64}$/.test(id) ? id : null };
}

export function routeHref(name: RouteName, id?: string | null): string {
  if (name === 'home') return '#/';
  return id ? `#/${name}/${id}` : `#/${name}`;
}

export function navigate(name: RouteName, id?: string | null): void {
  window.location.hash = routeHref(name, id);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let cachedHash = '';
let cachedRoute: Route = { name: 'home', id: null };

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
