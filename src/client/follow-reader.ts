import type { RevealApi } from 'reveal.js';
import type { FollowConfig } from '../shared/follow.ts';
import { words } from './deck-config.ts';

/*
 * The audience page's own controls, for the reader on their phone: whether it follows the talk
 * ("Live") or the reader is browsing ("Jump to live"), text size, light or dark, and for a Chinese
 * deck the other script's copy (a link that keeps the slide). The choices stay on the phone
 * (localStorage), so they hold after a reload or on the other script's copy.
 */

const STORE_KEY = 'td-reader';
const SIZES = [1, 1.25, 1.5, 1.8, 2.2] as const;

interface ReaderChoices {
  size: number;
  theme?: 'light' | 'dark';
}

export interface ReaderControls {
  update(status: { following: boolean; connected: boolean }): void;
}

function stored(): ReaderChoices {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORE_KEY) ?? '{}') as Partial<ReaderChoices>;
    const size = SIZES.includes(value.size as (typeof SIZES)[number]) ? value.size! : 1;
    return { size, ...(value.theme === 'light' || value.theme === 'dark' ? { theme: value.theme } : {}) };
  } catch {
    return { size: 1 };
  }
}

function store(choices: ReaderChoices): void {
  try {
    window.localStorage.setItem(STORE_KEY, JSON.stringify(choices));
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/**
 * The slide's size for the reader's choice: a larger text size lays the slide out on a smaller
 * canvas, which reveal.js then scales up to the screen; a phone held upright gets an upright canvas.
 */
function canvas(size: number): { width: number; height: number } {
  const upright = window.innerHeight > window.innerWidth;
  const base = upright ? { width: 720, height: 1080 } : { width: 1280, height: 720 };
  return { width: Math.round(base.width / size), height: Math.round(base.height / size) };
}

export function readerControls(deck: RevealApi, follow: FollowConfig, actions: { jumpToLive(): void; isFollowing(): boolean }): ReaderControls {
  const choices = stored();
  const root = document.documentElement;
  const builtTheme = root.dataset['theme'] === 'dark' ? 'dark' : 'light';
  const bar = document.createElement('nav');
  bar.className = 'td-reader';
  bar.setAttribute('aria-label', words.readerControls);
  const live = button('td-reader-live', '', () => actions.jumpToLive());
  const smaller = button('td-reader-smaller', 'A−', () => resize(-1), words.smallerText);
  const larger = button('td-reader-larger', 'A+', () => resize(1), words.largerText);
  const theme = button('td-reader-theme', '', () => {
    choices.theme = (choices.theme ?? builtTheme) === 'dark' ? 'light' : 'dark';
    applyTheme();
    store(choices);
  });
  const status = document.createElement('span');
  status.className = 'td-reader-status';
  status.setAttribute('role', 'status');
  bar.append(live, smaller, larger, theme);
  for (const script of follow.scripts ?? []) {
    const link = document.createElement('a');
    link.className = 'td-reader-script';
    link.lang = script.lang;
    link.textContent = script.label;
    link.href = script.href;
    if (root.lang.startsWith(script.lang)) link.setAttribute('aria-current', 'page');
    // The same slide in the other script; a reader who was browsing stays there rather than jumping to live.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      window.location.assign(`${script.href}${actions.isFollowing() ? '' : '?browsing'}${window.location.hash}`);
    });
    bar.append(link);
  }
  bar.append(status);
  document.body.append(bar);

  function applyTheme(): void {
    const shown = choices.theme ?? builtTheme;
    root.dataset['theme'] = shown;
    // The icon alone on the phone's narrow bar; its name for screen readers and as a tooltip.
    const label = shown === 'dark' ? words.lightTheme : words.darkTheme;
    theme.textContent = shown === 'dark' ? '☀' : '☾';
    theme.title = label;
    theme.setAttribute('aria-label', label);
  }
  function applySize(): void {
    deck.configure(canvas(choices.size));
    smaller.disabled = choices.size === SIZES[0];
    larger.disabled = choices.size === SIZES[SIZES.length - 1];
    root.style.setProperty('--td-reader-size', String(choices.size));
  }
  function resize(step: number): void {
    const at = SIZES.indexOf(choices.size as (typeof SIZES)[number]);
    choices.size = SIZES[Math.max(0, Math.min(SIZES.length - 1, at + step))]!;
    applySize();
    store(choices);
  }
  applyTheme();
  applySize();
  // Turning the phone: the canvas follows the screen's orientation.
  window.addEventListener('resize', () => deck.configure(canvas(choices.size)));

  return {
    update({ following, connected }) {
      live.textContent = following ? `● ${words.live}` : `${words.jumpToLive} ▸`;
      live.setAttribute('aria-pressed', String(following));
      live.classList.toggle('td-reader-browsing', !following);
      status.textContent = connected ? '' : words.offline;
    },
  };
}

function button(className: string, text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  if (label) {
    element.title = label;
    element.setAttribute('aria-label', label);
  }
  element.addEventListener('click', onClick);
  return element;
}
