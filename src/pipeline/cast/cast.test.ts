import { describe, expect, it } from 'vitest';
import { castSpeakers, nameTheUnnamed } from './cast.ts';
import { parse } from '../formats/index.ts';
import { cleanFromString } from '../testing/fixtures.ts';

const lecture = parse(cleanFromString('Welcome to the lecture. Today we talk about rivers.\n\nRivers carry sediment to the sea, and deltas grow.\n')).value;
const interview = parse(cleanFromString('Ann: What do you study?\nBo: Rivers, mostly the deltas they build over centuries.\nAnn: Why deltas?\nBo: Because a delta records every flood, like a diary written in mud.\n')).value;

describe('casting', () => {
  it('features the one who says the most and makes the one who mostly asks a host', () => {
    const { value: speakers, diagnostics } = castSpeakers(interview, { featured: [], hosts: [] }, 'talk.txt');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Ann', 'host'],
      ['Bo', 'featured'],
    ]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['inferred-speaker']);
  });

  it('hears a question that Japanese or Chinese print ends with `か。` or `吗。`, not a question mark', () => {
    const mondo = parse(cleanFromString('記者：現代の作家を二つに分けたら如何なものでせうか。\n作家：それは分けられます。東洋の作家は心境を書き、西洋の作家は事件を書くのだと思ひます。\n記者：将来の文芸はどうなるでせうか。\n作家：どちらにもならず、両方を混ぜたものになるでせう。それが私の考へです。\n')).value;
    expect(castSpeakers(mondo, { featured: [], hosts: [] }, 'mondo.txt').value.map((s) => [s.name, s.kind])).toEqual([
      ['記者', 'host'],
      ['作家', 'featured'],
    ]);
    const talk = parse(cleanFromString('主持人：你觉得大模型会取代程序员吗。\n嘉宾：不会完全取代，但写代码的方式一定会变，人会更多地用自然语言和电脑交流。\n主持人：那创业公司还有机会吗。\n嘉宾：有，机会在于把模型和场景结合起来，做大公司不愿意做的细活。\n')).value;
    expect(castSpeakers(talk, { featured: [], hosts: [] }, 'talk.txt').value.map((s) => [s.name, s.kind])).toEqual([
      ['主持人', 'host'],
      ['嘉宾', 'featured'],
    ]);
  });

  it('features the unnamed speaker of a transcript that names no one, so a lecture still gets quotes', () => {
    expect(lecture.speakers.map((s) => s.name)).toEqual(['?']);
    const { value: speakers, diagnostics } = castSpeakers(lecture, { featured: [], hosts: [] }, 'talk.txt');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([['?', 'featured']]);
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['info', 'inferred-speaker']]);
  });

  it('gives everything to the one featured speaker deck.yaml names when the transcript names no one', () => {
    const { value, diagnostics } = nameTheUnnamed(lecture, [{ name: 'Dr. Rivera' }], 'talk.txt');
    expect(value.speakers.map((s) => s.name)).toEqual(['Dr. Rivera']);
    expect(value.topics.flatMap((t) => t.turns.map((turn) => turn.speaker))).toEqual(['Dr. Rivera']);
    expect(diagnostics.map((d) => d.rule)).toEqual(['unnamed-speaker']);
  });

  it('leaves a transcript alone when it names its speakers, or when deck.yaml names several', () => {
    expect(nameTheUnnamed(interview, [{ name: 'Bo' }], 'talk.txt').value).toBe(interview);
    expect(nameTheUnnamed(lecture, [{ name: 'A' }, { name: 'B' }], 'talk.txt').value).toBe(lecture);
  });
});

const panel = parse(
  cleanFromString(
    [
      'Mod: Welcome to the panel. What changed in storage this year?',
      'Ana: Object stores got cheap enough that we stopped deleting anything, and that changed how every team plans its data, because nothing is ever thrown away now and the bills grow quietly.',
      'Mod: Ben, do you agree?',
      'Ben: Partly. Cheap storage moved the cost into retrieval, and retrieval is where our budgets now go wrong every quarter.',
      'Mod: And Cy?',
      'Cy: We measured it: a third of our queries read data nobody had touched in a year.',
      'Mod: Why does that matter?',
      'Ana: Because the data you keep is the data you must secure, and security costs grow with every copy, every region and every person who can read it.',
      'Mod: Thank you all. What comes next?',
    ].join('\n'),
  ),
).value;

describe('casting a panel', () => {
  it('features every panelist with a real share of what was said, and makes the moderator a host', () => {
    const { value: speakers, diagnostics } = castSpeakers(panel, { featured: [], hosts: [] }, 'talk.txt');
    expect(Object.fromEntries(speakers.map((s) => [s.name, s.kind]))).toEqual({ Mod: 'host', Ana: 'featured', Ben: 'featured', Cy: 'featured' });
    expect(diagnostics.find((d) => d.rule === 'inferred-speaker')?.message).toMatch(/`Ana`.*`Ben`.*`Cy`/u);
  });

  it('still lets deck.yaml decide', () => {
    const { value: speakers } = castSpeakers(panel, { featured: [{ name: 'Ben' }], hosts: [] }, 'talk.txt');
    expect(speakers.filter((s) => s.kind === 'featured').map((s) => s.name)).toEqual(['Ben']);
  });

  it('makes a moderator who asks far more often than the others a host, though no more than half of their lines ask', () => {
    const podcast = parse(
      cleanFromString(
        [
          'Host: This week we talk about compilers with two people who build one. It has been a long year for the project and the community.',
          'Ann: Thanks. The compiler got twice as fast after we rewrote the parser in a week.',
          'Host: That is a big change for a release that was meant to be small.',
          'Bo: It was. We only meant to fix one bug in the lexer, and the rest followed.',
          'Host: So what did the rewrite cost you?',
          'Ann: Mostly sleep. The tests caught every regression before users saw it.',
          'Host: Right, and the users noticed the speed straight away when the release came out.',
          'Bo: They did. Build times dropped from minutes to seconds on large projects.',
          'Host: How do you keep it that fast?',
          'Ann: We benchmark every commit and refuse any change that slows the parser down.',
        ].join('\n'),
      ),
    ).value;
    const { value: speakers } = castSpeakers(podcast, { featured: [], hosts: [] }, 'talk.txt');
    expect(Object.fromEntries(speakers.map((s) => [s.name, s.kind]))).toEqual({ Host: 'host', Ann: 'featured', Bo: 'featured' });
  });

  it('features a co-host who talks the subject through at length, as readers quote them, but not one who mostly asks', () => {
    const claim = (topic: string): string => `I think ${topic} is the part of the job nobody trains you for, and it took me years to see that the feeling never fully goes away.`;
    const podcast = parse(
      cleanFromString(
        [
          `Lindsey: ${claim('impostor syndrome')} What do you think?`,
          `Ali: ${claim('self doubt')} I wrote my wins down in a folder, which helped more than anything else I tried.`,
          `Lindsey: ${claim('comparing yourself to others')} You compare yourself to where you were yesterday instead.`,
          `Ali: ${claim('a community')} We need to be better at giving positive reinforcement to the people just starting out.`,
          `Lindsey: ${claim('mentoring')} Every person you look up to has the feeling to some degree.`,
          `Ali: ${claim('mentors')} Mine told me the same, and it was the first time I believed it.`,
          `Lindsey: ${claim('writing it down')} A folder of kind emails is the cheapest therapy there is.`,
          `Kim: So what would you tell someone starting out?`,
          `Ali: ${claim('starting out')} Keep a list of what you learned each week, and read it when the doubt comes back.`,
          `Kim: And how long did that take you?`,
          `Ali: ${claim('patience')} A few years, honestly, and I still have days when it comes back.`,
        ].join('\n'),
      ),
    ).value;
    const { value: speakers } = castSpeakers(podcast, { featured: [], hosts: [] }, 'talk.txt');
    expect(Object.fromEntries(speakers.map((s) => [s.name, s.kind]))).toEqual({ Lindsey: 'featured', Ali: 'featured', Kim: 'host' });
  });
});
