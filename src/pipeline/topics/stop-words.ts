/*
 * Function words of the languages written with spaces between words a transcript may be in, from stopwords-iso. The
 * language is the one whose function words make up most of the text: a German debate reads `der`,
 * `und`, `nicht` as often as an English talk reads `the`, `and`, `not`. English keeps the project's
 * own list (terms.ts), which also knows the fillers of speech; stopwords-iso's English list drops
 * content words (`computer`, `system`, `problem`).
 */
import { createRequire } from 'node:module';
import { ENGLISH_STOP } from './terms.ts';

// Latin-script languages, then languages of other alphabets (whose words no Latin list holds).
const LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'bg', 'el', 'ar', 'fa', 'ur', 'he', 'hi', 'mr', 'bn'] as const;
let lists: Map<string, ReadonlySet<string>> | undefined;

function isoLists(): Map<string, ReadonlySet<string>> {
  if (!lists) {
    const all = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    lists = new Map(LANGUAGES.map((language) => [language, new Set(all[language] ?? [])]));
  }
  return lists;
}

/** Greetings, thanks, farewells and fillers: said in every talk, the subject of none. */
const COURTESIES = new Set(
  'blah ay aye hello hi hey welcome bye bye-bye goodbye cheers thank thanks bonjour bonsoir merci salut gracias hola adiós buenos buenas días tardes noches danke hallo tschüss grazie ciao buongiorno obrigado obrigada olá'.split(' '),
);

/** Whether a lower-cased word is a function word, filler or courtesy of the text's language. */
export type IsFunctionWord = (lower: string) => boolean;

/** The language most of `words` (lower-cased) are in, by its function words (English when none), and those words. */
export function functionWordsOf(words: readonly string[]): { language: string; isFunction: IsFunctionWord } {
  let language = 'en';
  let best: ReadonlySet<string> | undefined;
  let bestCount = words.filter((w) => ENGLISH_STOP.has(w)).length;
  for (const [name, list] of isoLists()) {
    const count = words.filter((w) => list.has(w)).length;
    // English's list is the project's own, longer one: another language must clearly win.
    if (count > bestCount * 1.2) {
      language = name;
      best = list;
      bestCount = count;
    }
  }
  return { language, isFunction: (lower) => ENGLISH_STOP.has(lower) || COURTESIES.has(lower) || (best?.has(lower) ?? false) };
}
