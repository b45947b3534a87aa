import { describe, expect, it } from 'vitest';
import { disfluentRanges, markupRanges } from './disfluency.ts';
import { scriptOf } from './sentences.ts';
import { simplifiedCopy } from '../text/simplified.ts';

const marked = (text: string): string[] => markupRanges(text).map((r) => text.slice(r.start, r.end));
const disfluent = (text: string): string[] => disfluentRanges(text, simplifiedCopy(text), scriptOf(text)).map((r) => text.slice(r.start, r.end));

describe('markup', () => {
  it('finds stamps, sound cues, labels, tags and ruby glosses', () => {
    expect(marked('**Kelly** [5:34] I think that is a big moment (laughs) for me.')).toEqual(['**Kelly**', '[5:34]', '(laughs)']);
    expect(marked('[unintelligible 01:11:57] and at 01:12:03 we stopped.')).toEqual(['[unintelligible 01:11:57]', '01:12:03']);
    expect(marked('それは｜自然《しぜん》の理［＃「理」に傍点］です。（拍手）')).toEqual(['｜', '《しぜん》', '［＃「理」に傍点］', '（拍手）']);
    expect(marked('<v Ada>We shipped it</v> --> later')).toEqual(['<v Ada>', '</v>', '-->']);
  });

  it('takes a line that is nothing but a parenthesis for a stage direction', () => {
    expect(marked('(Beifall bei der LINKEN sowie bei Abgeordneten der SPD)')).toEqual(['(Beifall bei der LINKEN sowie bei Abgeordneten der SPD)']);
    expect(marked('（進行投票）')).toEqual(['（進行投票）']);
  });

  it('leaves words, times of day, book titles and asides alone', () => {
    expect(marked('We meet at 12:30 to read 《三体》 (the novel) again.')).toEqual([]);
  });
});

describe('disfluencies', () => {
  it('finds repeated words, false starts and hesitations inside a sentence', () => {
    expect(disfluent('With with with the cache warm, we, we served more users.')).toEqual(['With with with', 'we, we']);
    expect(disfluent('The cache -- uh, the database was the problem, and th- the team knew.')).toEqual([' -- uh', 'th- ']);
    expect(disfluent('我们我们觉得，这个瓶颈，嗯，其实是数据。')).toEqual(['我们我们', '嗯']);
  });

  it('finds the restarts of speech-to-text: a phrase said twice, a clause begun twice, a subject dropped for another, a sentence run into the next, a function word doubled in Chinese', () => {
    expect(disfluent("There are holes everywhere, they haven't they haven't updated the system.")).toEqual(["they haven't they haven't"]);
    expect(disfluent('So if your cookies get if your cookies are outdated, someone hijacks them.')).toEqual(['if your cookies get if your']);
    expect(disfluent('It happens when you when people are making their way to your site.')).toEqual(['when you when']);
    expect(disfluent('There are so many holes, If they because there are so many holes.')).toEqual(['If they because']);
    expect(disfluent("It's like, I'm not I just can talk about stuff and also write code.")).toEqual(["I'm not I"]);
    expect(disfluent('We blocked something that the website For input security they recommend a list.')).toEqual(['website For']);
    expect(disfluent('其实游戏要求不是很高的，都够都都是可以做的。')).toEqual(['都都']);
    expect(disfluent('I, so, I studied computer science and my first language was Java.')).toEqual(['I, so, I']);
    expect(disfluent('I did my pi my internship working on the Python client.')).toEqual(['my pi my']);
    expect(disfluent('这个的话就是分割的啊分隔符分割的，很简单。')).toEqual(['啊']);
    expect(disfluent("certainly there's a lot of there's a lot of pain on both sides")).toEqual(["there's a lot of there's a lot of"]);
    expect(disfluent("writing poetry is for me it's a it's obsessive process")).toEqual(["it's a it's"]);
  });

  it('leaves emphasis, numbers and reduplicated words alone', () => {
    expect(disfluent('It was very very hard, no no, and the score was 1 1 after we talked it over.')).toEqual([]);
    expect(disfluent('我们慢慢地看看这个问题。')).toEqual([]);
    expect(disfluent('他的的确确是是非非分得很清楚，这件事不了了之。')).toEqual([]);
    expect(disfluent('我们现在在做的事情，其他他们都已经做过了，但是是不是最好还不知道。')).toEqual([]);
    expect(disfluent('We learned it step by step, day after day, more and more, and the team got it.')).toEqual([]);
    expect(disfluent('The more the merrier, and the sooner the better, and this is the one the users wanted.')).toEqual([]);
    expect(disfluent('I told them what I knew, and When Harry Met Sally was the film we watched.')).toEqual([]);
    expect(disfluent("It's what it's for, and that's how that's done.")).toEqual([]);
  });
});
