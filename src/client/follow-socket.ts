import { FOLLOW_PATH, readStateMessage, type FollowState, type MoveMessage, type StateMessage } from '../shared/follow.ts';

/*
 * The page's WebSocket to `transcript-deck present`, kept open: when it drops (the laptop's Wi-Fi,
 * the server restarted) it reconnects with a growing, jittered delay, so a room of phones does not
 * knock all at once, and the server's first message after each connect is where the presenter is
 * now: the page catches up.
 */

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;

export interface FollowSocket {
  /** Tells the server where the presenter is (ignored unless the page's address carries the token). */
  move(state: FollowState): void;
  readonly connected: boolean;
}

export interface FollowSocketEvents {
  state(message: StateMessage): void;
  status(connected: boolean): void;
}

export function followSocket(socketOrigin: string, token: string | undefined, on: FollowSocketEvents): FollowSocket {
  const url = `${socketOrigin}${FOLLOW_PATH}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  let socket: WebSocket | undefined;
  let connected = false;
  let failures = 0;

  const connect = (): void => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      failures = 0;
      connected = true;
      on.status(true);
    });
    ws.addEventListener('message', (event) => {
      const message = typeof event.data === 'string' ? readStateMessage(event.data) : undefined;
      if (message) on.state(message);
    });
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      if (connected) on.status(false);
      connected = false;
      const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** failures) * (0.75 + Math.random() * 0.5);
      failures++;
      window.setTimeout(connect, delay);
    });
  };
  connect();

  return {
    move(state) {
      if (!connected || !socket) return;
      const message: MoveMessage = { type: 'move', state };
      socket.send(JSON.stringify(message));
    },
    get connected() {
      return connected;
    },
  };
}
