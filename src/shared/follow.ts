/*
 * Follow along (`transcript-deck present`): what the server (src/present/), the builds it asks for
 * (src/vite/page.ts, src/vite/csp.ts) and the browser (src/client/follow.ts) agree on: the
 * addresses, the build's settings and the messages on the WebSocket.
 */

/** The environment variable through which `present` tells the Vite build which copy it makes. */
export const PRESENT_ENV = 'TRANSCRIPT_DECK_PRESENT';

/** The WebSocket's path on the server. */
export const FOLLOW_PATH = '/follow';

/** The presenter's copy lives under `/presenter/<token>/`: without the token there is nothing to fetch. */
export const PRESENTER_PREFIX = '/presenter/';

/** The Chinese copies, each under `/<lang>/` beside the deck's own at `/`. */
export const SCRIPT_COPIES = ['zh-Hans', 'zh-Hant'] as const;
export type ScriptCopy = (typeof SCRIPT_COPIES)[number];

/** One of the audience's script choices: a link to that copy. */
export interface ScriptLink {
  lang: ScriptCopy;
  /** `简体`, `繁體`: each written in its own script. */
  label: string;
  /** The copy's path (`/zh-Hans/`), to which the page adds the slide it is on. */
  href: string;
}

/** What a present build is: the presenter's copy or an audience copy, and where it is served. */
export interface PresentBuild {
  role: 'presenter' | 'audience';
  /** The audience address, `http://192.168.1.20:4300/`: in the QR code and on the "Follow along" slide. */
  audienceUrl: string;
  /** The WebSocket's origin, `ws://192.168.1.20:4300`: the only origin the page may connect to. */
  socketOrigin: string;
  /** An audience copy in another script than the deck's own (converted at build time). */
  script?: ScriptCopy;
  /** The script copies an audience page links to (Chinese decks only). */
  scripts?: ScriptLink[];
}

/** The present build the environment asks for, if any (a plain `build` has none). */
export function presentBuildFromEnv(env: Record<string, string | undefined>): PresentBuild | undefined {
  const raw = env[PRESENT_ENV];
  if (!raw) return undefined;
  return JSON.parse(raw) as PresentBuild;
}

/** What the browser entry is told about following (ClientConfig.follow). */
export interface FollowConfig {
  role: 'presenter' | 'audience';
  /** `ws://host:port`; the page connects to it at {@link FOLLOW_PATH}. */
  socketOrigin: string;
  scripts?: ScriptLink[];
}

/** Where the deck is: reveal.js's indices of slide and fragment. */
export interface FollowState {
  indexh: number;
  indexv: number;
  /** -1: no fragment of the slide shown yet (reveal.js's own convention). */
  indexf: number;
}

/** Server → page: where the presenter is now; `seq` counts the presenter's steps since the server started. */
export interface StateMessage {
  type: 'state';
  state: FollowState;
  seq: number;
  /** The server's clock when it sent the step, in ms (for latency figures). */
  sentAt: number;
}

/** Page → server: the presenter moved (honoured only on a connection that gave the token). */
export interface MoveMessage {
  type: 'move';
  state: FollowState;
}

/** The largest message either side sends is under 200 bytes; the server refuses anything above this. */
export const MAX_MESSAGE_BYTES = 1024;

/** The most slides or fragments a state may name: far beyond any deck, a bound on what a message may say. */
const MAX_INDEX = 100_000;

const isIndex = (value: unknown, min: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_INDEX;

/** A state read from untrusted JSON, or undefined. */
export function readState(value: unknown): FollowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { indexh, indexv, indexf } = value as Record<string, unknown>;
  if (!isIndex(indexh, 0) || !isIndex(indexv, 0)) return undefined;
  const fragment = indexf === undefined || indexf === null ? -1 : indexf;
  if (!isIndex(fragment, -1)) return undefined;
  return { indexh, indexv, indexf: fragment };
}

/** A page's message read from the wire, or undefined when it is not one the protocol has. */
export function readMove(text: string): MoveMessage | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { type?: unknown }).type !== 'move') return undefined;
  const state = readState((parsed as { state?: unknown }).state);
  return state ? { type: 'move', state } : undefined;
}

/** The server's message read from the wire, or undefined. */
export function readStateMessage(text: string): StateMessage | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const message = parsed as Record<string, unknown>;
  const state = readState(message['state']);
  if (message['type'] !== 'state' || !state || !Number.isInteger(message['seq']) || typeof message['sentAt'] !== 'number') return undefined;
  return { type: 'state', state, seq: message['seq'] as number, sentAt: message['sentAt'] };
}

/** The token of a presenter page's path (`/presenter/<token>/…`), or undefined for an audience page. */
export function tokenOfPath(pathname: string): string | undefined {
  if (!pathname.startsWith(PRESENTER_PREFIX)) return undefined;
  const token = pathname.slice(PRESENTER_PREFIX.length).split('/')[0];
  return token ? decodeURIComponent(token) : undefined;
}
