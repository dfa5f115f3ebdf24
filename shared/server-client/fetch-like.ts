/**
 * The part of the standard `fetch` the sync client uses. Node and browsers both provide it; shared/ names
 * only this shape, so it stays free of DOM and Node types.
 */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FetchInitLike {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: unknown;
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;
