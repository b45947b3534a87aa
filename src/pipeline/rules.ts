export type Severity = 'error' | 'warning' | 'info';

/** What a rule reports, and how hard: the severities it is ever reported at, the usual one first. */
export interface RuleInfo {
  severity: Severity | readonly [Severity, ...Severity[]];
  description: string;
}

/**
 * Every diagnostic's rule, in one list: a `rule` not listed here fails `npm run check`, and the
 * README's table of rules is made from it (`npm run rules`).
 */
export const RULES = {
  // Reading the files
  'missing-file': { severity: 'error', description: 'A file deck.yaml names (transcript, slides, chapters) is not there.' },
  'empty-file': { severity: 'error', description: 'The transcript is empty, or holds only white space.' },
  'binary-file': { severity: 'error', description: 'The transcript holds bytes that are not text: it is not a transcript.' },
  'invalid-encoding': { severity: 'error', description: 'The transcript\'s bytes cannot be read in its encoding (or in `encoding:` from deck.yaml).' },
  encoding: { severity: 'info', description: 'The transcript was read in an encoding other than UTF-8, found from its bytes or set in deck.yaml.' },

  // deck.yaml
  'manifest-syntax': { severity: 'error', description: 'deck.yaml is not valid YAML.' },
  'manifest-type': { severity: 'error', description: 'A value in deck.yaml has the wrong type (a list where a text was expected, …).' },
  'manifest-unknown-key': { severity: 'error', description: 'deck.yaml has a key it does not know (a typo never falls back to a default).' },
  'manifest-missing-key': { severity: 'error', description: 'deck.yaml lacks a key it needs, such as `transcript:`.' },
  'manifest-range': { severity: 'error', description: 'A number in deck.yaml is out of range, such as a duration over 600 minutes.' },
  'title-from-file-name': { severity: 'warning', description: 'deck.yaml gives no `title:`: the deck is titled after the transcript\'s file name.' },
  'duration-from-timestamps': { severity: 'info', description: 'deck.yaml gives no `duration:`: it is taken from the transcript\'s timestamps.' },
  'media-file': { severity: 'error', description: 'The recording `media:` names is missing, unreadable, empty, or not an audio or video file.' },
  'media-too-short': { severity: 'warning', description: 'The recording ends before some quotes were said: their slides get no play control.' },
  'clips-untimed': { severity: 'info', description: 'The deck has a recording but the transcript has no times: the quote slides get no play control.' },

  // Normalising the text
  'zero-width-character': { severity: 'warning', description: 'Invisible zero-width characters were removed from the text.' },
  'bidi-control': { severity: 'warning', description: 'Bidirectional controls, which can make a line display out of order, were removed.' },
  'control-character': { severity: 'warning', description: 'Control characters (and terminal escape sequences) were removed from the text.' },
  'line-separator': { severity: 'info', description: 'Unicode line or paragraph separators were read as line breaks.' },
  'unusual-space': { severity: 'info', description: 'Unusual spaces (no-break, ideographic, …) are shown as ordinary spaces.' },
  'unicode-normalization': { severity: 'info', description: 'The text was stored in decomposed form and is composed (NFC) so search and quotes match.' },
  'garbled-text': { severity: 'warning', description: 'Scrambled bytes (mojibake) were repaired, or found and left out of the slides when they could not be read.' },
  'pinyin-gloss': { severity: 'info', description: 'Pinyin glosses after Chinese words were removed from the text.' },
  'aozora-ruby': { severity: 'info', description: 'Ruby readings in Aozora Bunko notation were removed from the text.' },
  'aozora-layout': { severity: 'info', description: 'Layout and emphasis notes in Aozora Bunko notation were removed from the text.' },
  'cjk-punctuation': { severity: 'info', description: 'Half-width punctuation in Chinese or Japanese text was made full-width.' },
  correction: { severity: 'info', description: 'A reading from `<transcript>.corrections.yaml` replaced a scrambled span.' },
  'corrections-syntax': { severity: 'error', description: '`<transcript>.corrections.yaml` cannot be read.' },
  'moved-correction': { severity: 'warning', description: 'A correction was applied on another line than the one it names.' },
  'stale-correction': { severity: 'error', description: 'A correction\'s text is no longer in the transcript.' },

  // Reading the transcript's format
  'unknown-format': { severity: 'error', description: '`format:` in deck.yaml names no format transcript-deck reads.' },
  'implausible-parse': { severity: 'warning', description: 'The transcript reads doubtfully as its format, or looks like a format it does not read as.' },
  'json-unreadable': { severity: 'error', description: 'A JSON transcript is not valid JSON, or not the shape its format expects.' },
  'bad-segment': { severity: 'warning', description: 'An entry of a JSON transcript lacks its text: nothing of it is on a slide.' },
  'empty-segment': { severity: 'info', description: 'A segment of a timed transcript has no text and was skipped.' },
  'unattributed-segment': { severity: 'warning', description: 'A segment has no speaker though the others do: it is said by `?`.' },
  'bad-timestamp': { severity: 'warning', description: 'A timing cannot be read: the text is kept without a time.' },
  'timestamp-separator': { severity: 'info', description: 'A timing uses another separator before its milliseconds than its format\'s.' },
  'webvtt-header': { severity: 'warning', description: 'A WebVTT file does not start with `WEBVTT`.' },
  'webvtt-note': { severity: 'info', description: 'NOTE comments of a WebVTT file were left out.' },
  'text-outside-cue': { severity: 'warning', description: 'Subtitle text outside a cue, without a timing line.' },
  'text-outside-segment': { severity: 'warning', description: 'Text of a timed transcript outside a segment, without a timing.' },
  'empty-cue': { severity: 'info', description: 'A subtitle cue has no text and was skipped.' },
  'repeated-caption': { severity: 'info', description: 'Caption lines repeating the line just before (rolling captions) were left out.' },
  'no-speakers': { severity: 'info', description: 'The transcript names no speakers: everything is said by `?`.' },
  'unattributed-line': { severity: 'warning', description: 'Text before any speaker label, or with none where the others have one: it is said by `?`.' },
  'empty-turn': { severity: 'warning', description: 'A speaker label with nothing said after it.' },
  'empty-speaker': { severity: 'error', description: 'An empty speaker label `[]`.' },
  'unclosed-speaker': { severity: 'error', description: 'A speaker label `[Name` without its `]`.' },
  'speaker-name-too-long': { severity: 'error', description: 'A speaker label too long to be a name.' },
  'speaker-variant': { severity: 'warning', description: 'Two speaker labels look like one person written two ways.' },
  'editorial-line': { severity: 'warning', description: 'An editorial line (`Note:`, `Source:`, …) among the turns, not what someone said: kept as said by `?`.' },
  'empty-topic-title': { severity: 'warning', description: 'A topic mark with no title after it.' },
  'document-title': { severity: 'info', description: 'A `#` heading was read as the document\'s title, not as a topic.' },
  'document-read-out': { severity: 'info', description: 'Lines with a document\'s fields were read as a document the speaker reads out, part of their turn.' },
  'front-matter': { severity: ['info', 'warning'], description: 'A Markdown front matter block was read as metadata (a warning when its YAML is invalid).' },
  'markdown-comment': { severity: 'info', description: 'An HTML comment in a Markdown transcript was left out.' },
  'empty-image': { severity: 'info', description: 'An empty Markdown image `![]()` was dropped.' },
  lead: { severity: 'info', description: 'Lines before the first speaker were read as the introduction, not as speech.' },
  'topic-intro': { severity: 'info', description: 'Lines under a heading before anyone speaks were read as the section\'s introduction (in its notes, not quoted).' },
  talk: { severity: 'info', description: 'Paragraphs under headings before the first speaker label were read as one speaker\'s talk, and what follows as its own section.' },
  'talk-answers': { severity: 'info', description: 'The one who answers after a talk was read as the talk\'s speaker.' },
  'unlabelled-answers': { severity: 'info', description: 'A page whose questions are its headings: the unlabelled answers are read as its one labelled speaker\'s.' },
  'empty-topic': { severity: 'info', description: 'Nothing is said under a topic: it gets no section.' },
  'inferred-topics': { severity: 'info', description: 'The transcript marks no (or one) topic: it is cut into topics where the vocabulary changes.' },
  'short-transcript': { severity: 'info', description: 'The transcript is too short to be cut into several topics.' },
  chapters: { severity: 'info', description: 'Chapters from a chapters file open the topics.' },
  'chapter-line': { severity: 'warning', description: 'A line of the chapters file is not a timing and a title.' },
  'chapters-untimed': { severity: 'warning', description: 'A chapters file for a transcript without times: its chapters cannot be placed.' },
  'empty-chapter': { severity: 'info', description: 'Nothing is said in a chapter: it gets no section.' },

  // Speakers and the transcript's shape
  'unknown-speaker': { severity: 'warning', description: 'deck.yaml names a speaker the transcript does not have.' },
  'inferred-speaker': { severity: 'info', description: 'Featured speakers and hosts were inferred from the transcript, as deck.yaml names none.' },
  'unnamed-speaker': { severity: 'info', description: 'The transcript\'s unnamed speaker is shown by the name deck.yaml gives.' },
  'long-paragraph': { severity: 'warning', description: 'A paragraph of more than 20,000 characters, as if its line breaks were lost.' },
  'many-topics': { severity: 'warning', description: 'More than 100 topics, each a section of the deck: check the topic markers.' },

  // Quotes
  'no-quotes': { severity: 'warning', description: 'No quotes could be picked (no featured speaker, or nothing quotable).' },
  'few-quotes': { severity: 'warning', description: 'A topic has fewer quotes than the deck wants.' },
  'unpunctuated-quotes': { severity: 'warning', description: 'Quotes were cut from a transcript with no punctuation, where a thought seemed to start: check them.' },
  'curation-syntax': { severity: 'error', description: '`<deck>.quotes.yaml` is not valid YAML.' },
  'curation-type': { severity: 'error', description: 'A value in `<deck>.quotes.yaml` has the wrong type or is empty.' },
  'curation-unknown-key': { severity: 'error', description: '`<deck>.quotes.yaml` has a key it does not know.' },
  'stale-pin': { severity: 'error', description: 'A pinned quote is not (or no longer) what a featured speaker said.' },
  'ambiguous-pin': { severity: 'warning', description: 'A pinned quote is said more than once: the first is pinned.' },
  'stale-drop': { severity: 'warning', description: 'A dropped quote matches nothing a featured speaker said.' },
  'stale-order': { severity: 'warning', description: 'An ordered quote is not among the chosen quotes.' },

  // The deck
  'unaccounted-text': { severity: 'error', description: 'Some of what was said ended up nowhere in the deck (a bug in transcript-deck).' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

type SeveritiesOf<R extends RuleId> = (typeof RULES)[R]['severity'] extends infer S ? (S extends readonly Severity[] ? S[number] : S) : never;

/** The rules that may be reported at severity `S`. */
export type RuleAt<S extends Severity> = { [R in RuleId]: S extends SeveritiesOf<R> ? R : never }[RuleId];

/** The severities a rule is reported at, the usual one first. */
export function severitiesOf(rule: RuleId): readonly Severity[] {
  const severity: RuleInfo['severity'] = RULES[rule].severity;
  return typeof severity === 'string' ? [severity] : severity;
}
