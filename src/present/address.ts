import { networkInterfaces } from 'node:os';

/*
 * Where the room can reach the laptop: the phones are on the same Wi-Fi, so the default is the
 * laptop's own address on that network (its first IPv4 address that is not loopback), and the
 * server binds to that address alone. `--host` chooses another (a second network card, or
 * 127.0.0.1 to try it out alone); with no network at all it falls back to loopback and says so.
 */

export interface RoomAddress {
  host: string;
  /** Why this address: printed beside the addresses. */
  note?: string;
}

export function roomAddress(asked: string | undefined, interfaces = networkInterfaces()): RoomAddress {
  if (asked) return { host: asked };
  const candidates = Object.entries(interfaces).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => ({ name, address: a.address })),
  );
  const first = candidates[0];
  if (!first) return { host: '127.0.0.1', note: 'No network found: serving on this machine only (127.0.0.1); phones cannot reach it.' };
  const others = candidates.slice(1).map((c) => `${c.address} (${c.name})`);
  return { host: first.address, ...(others.length > 0 ? { note: `On ${first.name}; also here: ${others.join(', ')} (choose with --host).` } : {}) };
}
