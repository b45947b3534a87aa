/*
 * The structure Aozora Bunko's notation (https://www.aozora.gr.jp/annotation/) gives a text, for the
 * readers that find it: heading notes and the colophon. The notes are the editor's, never speech, and
 * the colophon (`底本：` and the lines after it: source edition, first printing, who typed and
 * proofread the file) credits the edition.
 */

/** The colophon's first line: `底本：「…」…`. */
export const AOZORA_COLOPHON = /^底本(?:の親本)?[：:]/u;

/** `X［＃「X」は大見出し］` (中見出し, 小見出し; 同行 and 窓 headings too): the note names the text before it. */
const NOTED_HEADING = /^(.+?)［＃「([^」\n]+)」は(?:同行|窓)?[大中小]見出し］$/u;
/** `［＃大見出し］X［＃大見出し終わり］`. */
const HEADING_BLOCK = /^［＃(?:同行|窓)?([大中小])見出し］(.+?)［＃(?:同行|窓)?\1見出し終わり］$/u;

/** A heading line's title and where it starts in the (trimmed) line; undefined for any other line. */
export function readAozoraHeading(line: string): { title: string; titleStart: number } | undefined {
  const noted = NOTED_HEADING.exec(line);
  if (noted && noted[1]!.trim() === noted[2]!.trim()) {
    const title = noted[2]!.trim();
    return { title, titleStart: line.indexOf(title) };
  }
  const block = HEADING_BLOCK.exec(line);
  if (block && block[2]!.trim() !== '') {
    const title = block[2]!.trim();
    return { title, titleStart: line.indexOf(title, block[0].indexOf('］') + 1) };
  }
  return undefined;
}
