import { describe, expect, it } from 'vitest';
import { quotability, rejection } from './markers.ts';

const bounds = { min: 20, max: 200, ideal: 90 };
// Why a line of a slide-sized quote is ruled out, with the bounds the deck uses (Latin: words, Han: characters).
const whyLatin = (text: string): string | undefined => rejection(text, text.split(' ').length, 'latin', { min: 6, max: 45, ideal: 20 }, 8);
const whyHan = (text: string): string | undefined => rejection(text, text.length, 'han', { min: 12, max: 80, ideal: 39 }, 8);

describe('rejection', () => {
  it('calls an English line cut after a preposition, article or possessive a fragment', () => {
    expect(rejection("We've got June and David who work in our", 41, 'latin', bounds, 5)).toBe('fragment');
    expect(rejection('The delta is the record of every flood we ever had in the', 58, 'latin', bounds, 5)).toBe('fragment');
    expect(rejection('And that is what the river remembers about', 43, 'latin', bounds, 5)).toBe('fragment');
  });

  it('drops a line whose first word leans on another slide (`he`, `it`, `that is`, `他`, `这个`, `これは`), unless the sentence resolves it', () => {
    const latin = { min: 6, max: 35, ideal: 18 };
    const han = { min: 12, max: 80, ideal: 39 };
    expect(rejection("That's why it happens, not because I'm some rockstar developer.", 11, 'latin', latin, 5)).toBe('needs context');
    expect(rejection('He bought me an introduction to Drupal book when I was eleven.', 12, 'latin', latin, 6)).toBe('needs context');
    expect(rejection('I think it totally brings up different insecurities every single day.', 11, 'latin', latin, 6)).toBe('needs context');
    expect(rejection('They have not updated the system in years, so there are holes everywhere.', 13, 'latin', latin, 7)).toBe('needs context');
    expect(rejection('He bought me a book on Drupal and – quite frankly – I do not recommend starting there.', 16, 'latin', latin, 7)).toBe('needs context');
    expect(rejection('Its primary goal was the discovery of the Higgs boson, the particle behind mass.', 14, 'latin', latin, 7)).toBe('needs context');
    expect(rejection("Maybe that's it, and the rest of the week I spend as an armchair psychologist.", 15, 'latin', latin, 7)).toBe('needs context');
    expect(rejection('本案依本会期第六次院会决定，迳送院会处理。', 20, 'han', han, 6)).toBe('needs context');
    expect(rejection('かかる見地から、吉田内閣の退陣を要求するものであります。', 26, 'han', han, 6)).toBe('needs context');
    // Resolved in the sentence: an `it` that stands for what follows, a `this` the colon names.
    expect(rejection('It is much easier to hire someone who already knows the codebase well.', 13, 'latin', latin, 6)).toBeUndefined();
    expect(rejection('This is the lesson: measure the one step nobody measures before you optimise.', 13, 'latin', latin, 7)).toBeUndefined();
    expect(rejection('The people who write the checks will always pick the strongest model.', 12, 'latin', latin, 6)).toBeUndefined();
    expect(rejection('他每天要做十个任务，一个非常强的模型可能八九个就直接做对了。', 30, 'han', han, 6)).toBe('needs context');
    expect(rejection('这个潜在的问题会随着连接数的增长变得越来越严重。', 24, 'han', han, 6)).toBe('needs context');
    expect(rejection('我觉得这个事情其实已经在发生了，只是大家没有意识到。', 25, 'han', han, 6)).toBe('needs context');
    expect(rejection('这么多人愿意付钱，说明智能越高生产力越高。', 21, 'han', han, 6)).toBeUndefined();
    expect(rejection('これは私の考えでありますが、自由というものは大切なものです。', 30, 'han', han, 6)).toBe('needs context');
    expect(rejection('これから日本の文学は大きく変わっていくだろうと思います。', 27, 'han', han, 6)).toBeUndefined();
  });

  it('calls a question a question in every language, with or without its mark: Japanese `か`, French `est-ce que`, an embedded `what is your`, a prompt (`I want to ask you`, `请问`)', () => {
    const latin = { min: 6, max: 35, ideal: 18 };
    const han = { min: 12, max: 80, ideal: 39 };
    expect(rejection('では新しい女は今までの新しさを土台にして垢抜けすることが特色になるのかね。', 35, 'han', han, 6)).toBe('question');
    expect(rejection('事件を主としたものが西洋的に、心境を主としたものが東洋的と云へるでせうか。', 35, 'han', han, 6)).toBe('question');
    expect(rejection("Est-ce qu'il faut en remettre la faute sur les gens qui ont créé cet outil", 14, 'latin', latin, 6)).toBe('question');
    expect(rejection("To get back off that tangent, Kelly, what's your imposter syndrome story.", 12, 'latin', latin, 6)).toBe('question');
    expect(rejection('I want to ask you a few more things about the collider and particle physics.', 15, 'latin', latin, 6)).toBe('question');
    expect(rejection('Maybe we could talk a little bit about the really big picture of software here.', 15, 'latin', latin, 6)).toBe('question');
    expect(rejection('请问院会，对本次会议依照议程草案所列顺序进行，有无异议。', 28, 'han', han, 6)).toBe('question');
    // A question put to someone by name, answered by the next voice (no labels tell them apart).
    expect(rejection('Kathy, what was your connection? My connection was to put out a show.', 13, 'latin', latin, 6)).toBe('question');
    // A statement is none: `what` and `か` inside it ask nothing.
    expect(rejection('What you measure is what the team will optimise in the end.', 12, 'latin', latin, 6)).toBeUndefined();
    expect(rejection('自由というものは、義務を伴うものか否かによって本物かどうかが決まるのです。', 36, 'han', han, 6)).toBeUndefined();
  });

  it('calls demo narration, intros, outros, plugs and procedure meta-talk, in every language', () => {
    const latin = { min: 6, max: 35, ideal: 18 };
    const han = { min: 12, max: 80, ideal: 39 };
    const meta = (text: string, script: 'latin' | 'han' = 'latin'): string | undefined => rejection(text, script === 'latin' ? 12 : 30, script, script === 'latin' ? latin : han, 6);
    expect(meta('As you can see, at least that test transaction is now popping up in the mempool.')).toBe('meta-talk');
    expect(meta('Again, I can click on any one of these, then it should open up the transaction view.')).toBe('meta-talk');
    expect(meta('What you see at the bottom here is just the list of transaction IDs again.')).toBe('meta-talk');
    expect(meta('This is your host, Michael Kennedy, and today we have three great guests.')).toBe('meta-talk');
    expect(meta('So make sure you go check out her channel, she talks about security every week.')).toBe('meta-talk');
    expect(meta('If you follow me on Twitter, I generally tweet out random advice and new episodes.')).toBe('meta-talk');
    expect(meta('Restez avec nous, le débat sur les retraites commence dans moins de trois minutes.')).toBe('meta-talk');
    expect(meta('Everyone, my name is Bruno and I am going to present a proof of funding platform.')).toBe('small talk');
    expect(meta('大家可以看到，这个界面上每一个请求的耗时都列出来了，点击一下就能展开。', 'han')).toBe('meta-talk');
    expect(meta('报告院会，行政院的来函已宣读完毕，现在进行广泛讨论。', 'han')).toBe('meta-talk');
    expect(meta('现在休息，下午2时30分继续开会，进行本院副院长之选举。', 'han')).toBe('meta-talk');
    expect(meta('私はただいまご紹介にあずかりました使節団の団長であります。', 'han')).toBe('small talk');
    expect(meta('Today on the show, Kyle Cranmer is here to share how Python was at the core of it.')).toBe('meta-talk');
    expect(meta('Veamos la siguiente diapositiva, que es precisamente la representación de los casos.')).toBe('meta-talk');
    expect(meta("Underneath it, it's showing you the actual size of the block in the chain.")).toBe('meta-talk');
    expect(meta('And what you would see here is a typical block of about two megabytes.')).toBe('meta-talk');
    expect(meta('We did episode zero not just to do an introduction, but also to set up the feed.')).toBe('meta-talk');
    expect(meta('请各位委员分区领票：第一号至第一百一十号请至南区领票处领票。', 'han')).toBe('meta-talk');
    expect(meta('And on the left-hand side here is the block that is yet to be mined.')).toBe('meta-talk');
    expect(meta('依刚才朝野协商结论所作决定，本案迳付二读。', 'han')).toBe('meta-talk');
    expect(meta('14时30分至16时30分投票选举副院长，请各位准时到场。', 'han')).toBe('meta-talk');
    expect(meta('自10时30分至12时30分投票选举院长，之后再选副院长。', 'han')).toBe('meta-talk');
    expect(meta('现在报告本院院长选举报告书，请各位委员注意。', 'han')).toBe('meta-talk');
    expect(meta("And again, I'll show you guys how that functionality works in a minute.")).toBe('meta-talk');
    // Saying what one sees is no narration when it is the point.
    expect(meta('We cut the build from forty minutes to four by caching the one step nobody measured.')).toBeUndefined();
    expect(meta('所以我们看到的瓶颈其实不是方法论，而是数据或者任务。', 'han')).toBeUndefined();
  });

  it('calls a line thick with fillers (`you know`, `I mean`, `kind of`, `, like,`) disfluent', () => {
    const latin = { min: 6, max: 35, ideal: 18 };
    expect(rejection('I go in and then, you know, I made sure the security is, like, right, you know, on the end.', 19, 'latin', latin, 7)).toBe('disfluent');
    expect(rejection('I kind of think, you know, that the real bottleneck was never the model but the data.', 17, 'latin', latin, 7)).toBeUndefined();
  });

  it('calls a line that opens on a symbol or a list number no speech: a notation key, an item of an agenda', () => {
    const han = { min: 12, max: 80, ideal: 39 };
    expect(rejection('｜：ルビの付く文字列の始まりを特定する記号', 20, 'han', han, 4)).toBe('fragment');
    expect(rejection('／＼：二倍の踊り字（「く」を縦に長くしたような形の繰り返し記号）', 30, 'han', han, 4)).toBe('fragment');
    expect(rejection('6. 各党团依国民党四人、民进党二人交叉发言，每位委员发言五分钟。', 30, 'han', han, 6)).toBe('fragment');
    expect(rejection('「自由」というものは、義務を伴わなければ本当の自由ではないと考えます。', 33, 'han', han, 6)).toBeUndefined();
    expect(rejection('2012年，我们终于发现了希格斯玻色子，这是整个团队的成果。', 28, 'han', han, 6)).toBeUndefined();
  });

  it('calls a line that ends on a colon a fragment: it announces what it does not say', () => {
    expect(rejection('Multi-Reactors 模型相较于 Go 原生模型在以下场景具有性能优势：', 40, 'han', { min: 12, max: 80, ideal: 39 }, 5)).toBe('fragment');
  });

  it('takes a short question answered in the same breath for a setup, not a question', () => {
    expect(rejection('What was the bottleneck? It was never the hardware, it was the data we fed it.', 16, 'latin', { min: 6, max: 35, ideal: 18 }, 6)).toBeUndefined();
    expect(rejection('It was never the hardware. So what was the bottleneck?', 10, 'latin', { min: 6, max: 35, ideal: 18 }, 4)).toBe('question');
    expect(rejection('瓶颈在哪里？瓶颈其实不是方法论，而是数据或者任务。', 24, 'han', { min: 12, max: 80, ideal: 39 }, 5)).toBeUndefined();
  });

  it('calls Chinese or Japanese with no punctuation at all a fragment: a heading, a table row, a source line', () => {
    expect(rejection('「筑摩全集類聚　芥川龍之介全集第四巻」筑摩書房から刊行された版', 30, 'han', { min: 12, max: 80, ideal: 39 }, 5)).toBe('fragment');
    expect(rejection('IM的消息都会做存储，客户端是推拉结合，重连后会跟server端进行同步', 34, 'han', { min: 12, max: 80, ideal: 39 }, 5)).toBeUndefined();
  });

  it('keeps a whole sentence, with or without its full stop (machine captions have none)', () => {
    expect(rejection('A delta is the record of that slowing down, layer on layer.', 59, 'latin', bounds, 6)).toBeUndefined();
    expect(rejection('a delta is the record of that slowing down layer on layer', 57, 'latin', bounds, 6)).toBeUndefined();
  });
});

describe('meta-talk, greetings and logistics', () => {
  const latin = { min: 6, max: 35, ideal: 18 };
  const han = { min: 12, max: 80, ideal: 39 };
  const rejected = (text: string, script: 'latin' | 'han' = 'latin'): string | undefined => rejection(text, script === 'latin' ? 12 : 30, script, script === 'latin' ? latin : han, 5);

  it('ranks out talk about the recording, the show, sponsors and logistics, in English, Chinese and Japanese', () => {
    for (const text of [
      "I'll post the link in the chat right after we finish this part.",
      'Try Posit Connect for free by going to talkpython.fm/posit, P-O-S-I-T.',
      'This episode is brought to you by our friends over at Sentry today.',
      "Next week we're going to have a special episode about testing frameworks.",
      "Let's talk a little more about deployment before we jump into the 3.0 features.",
      'Make sure to subscribe and leave us a review wherever you get your podcasts.',
      "I'm going to share my screen now so that everyone can follow the demo.",
    ]) expect(rejected(text), text).toBe('meta-talk');
    for (const text of ['欢迎大家订阅我们的节目，记得点赞和转发给身边的朋友。', '今天的分享就到这里，视频回放的链接会发在群里。', '本期节目由某某公司赞助播出，感谢他们一直以来的支持。']) expect(rejected(text, 'han'), text).toMatch(/meta-talk|small talk/u);
    for (const text of ['チャンネル登録と高評価をよろしくお願いします。次回もお楽しみに。', '本日はご清聴いただき、誠にありがとうございました。']) expect(rejected(text, 'han'), text).toMatch(/meta-talk|small talk/u);
  });

  it('takes a speaker saying who they are for an introduction', () => {
    expect(rejected("I'm Falko Schindler. I'm basically addicted to programming since my childhood.")).toBe('small talk');
    expect(rejected("I'm convinced that the parser was never the bottleneck in our builds.")).toBeUndefined();
  });

  it('keeps a claim that merely names a show, a link or a week', () => {
    for (const text of ['Every link in the supply chain is a place where an attacker breaks through.', 'We rewrote the scheduler in a week, and the latency dropped by half.']) expect(rejected(text), text).toBeUndefined();
    expect(rejected('我觉得瓶颈其实不是方法论，而是数据或者任务。', 'han')).toBeUndefined();
  });
});

describe('quotability', () => {
  const names = (text: string): string[] => quotability(text, text, 15, 'latin', true, true).filter((m) => m.name === 'names' || m.name === 'number').map((m) => `${m.name}: ${m.detail}`);

  it('counts real names and numbers in English, never a capitalised function word or a stamp', () => {
    expect(names('But I think So Hey, that is what we shipped at [11:55] last night.')).toEqual([]);
    expect(names('Rodja Trappe and Falko Schindler wrote NiceGUI, and 40% of its users came from Jupyter.')).toEqual(['number: 40%', 'names: Rodja Trappe, Falko Schindler, NiceGUI']);
  });

  it('counts against a line that speaks to the guest about the guest (`you mentioned`, `your blog`, `你刚才提到`): a host line, whatever its label', () => {
    const addressed = (text: string, script: 'latin' | 'han' = 'latin'): boolean => quotability(text, text, 15, script, true, script === 'latin').some((m) => m.name === 'addresses the guest' && m.weight < 0);
    expect(addressed("You mentioned the weekly report, you're doing a weekly report that's out in public.")).toBe(true);
    expect(addressed('On your blog here you have a post about the new developer in residence role.')).toBe(true);
    expect(addressed('你刚才提到了长连接的心跳，这个在生产环境里是怎么做的。', 'han')).toBe(true);
    expect(addressed('If you want to learn to code, you should build one small thing every single week.')).toBe(false);
  });

  it('lifts a claim that gives its reason above a line of context', () => {
    const weight = (text: string, script: 'latin' | 'han' = 'latin'): number => quotability(text, text, 15, script, true, script === 'latin').reduce((sum, m) => sum + m.weight, 0);
    expect(weight('We moved the cache to the edge because every request was crossing the ocean twice.')).toBeGreaterThan(weight('We went to the conference in the morning and then we took the train back home.'));
    expect(weight('数据的质量决定了模型的上限，因为模型只能学到数据里有的东西。', 'han')).toBeGreaterThan(weight('我们上午去了会场，下午又坐火车回到了北京的家里。', 'han'));
  });

  it('counts against a quote that asks and answers inside, or runs to several sentences, and fillers, more than it lifts a contrast', () => {
    const weight = (text: string, script: 'latin' | 'han' = 'latin'): number => quotability(text, text, 15, script, true, script === 'latin').reduce((sum, m) => sum + m.weight, 0);
    const claim = 'The experiments at the collider are far bigger than most people imagine when they first visit.';
    expect(weight('Not that big? The experiments at the collider are far bigger than most people imagine.')).toBeLessThan(weight(claim) - 1);
    expect(weight('Right. That was his team. The experiments at the collider are far bigger than most people imagine.')).toBeLessThan(weight(claim) - 0.5);
    expect(weight('我讲两点，就是说这个事情其实不是方法论，而是数据或者任务，然后这个对吧就是说。', 'han')).toBeLessThan(weight('数据的质量决定了模型的上限，而不是方法论本身。', 'han'));
  });

  it('hears `这个` and `那个` as fillers only where the speaker pauses on them, not before a noun', () => {
    const fillers = (text: string): number => quotability(text, text, 20, 'han', true).filter((m) => m.name === 'fillers').length;
    expect(fillers('这个事情的瓶颈其实不是方法论，那个问题在数据。')).toBe(0);
    expect(fillers('这个，这个，那个那个，就是说瓶颈在数据。')).toBe(1);
  });

  it('counts each of spoken English’s hedges and fillers against a line, but not `like` as a verb', () => {
    const spoken = (text: string): number => quotability(text, text, 20, 'latin', true, true).find((m) => m.name === 'spoken fillers')?.weight ?? 0;
    expect(spoken('We moved the cache to the edge because every request was crossing the ocean twice.')).toBe(0);
    expect(spoken('I would like the cache at the edge, and people like it there too.')).toBe(0);
    expect(spoken('We just, you know, kind of moved the cache, like, to the edge.')).toBeCloseTo(-1);
    expect(spoken('Um, I mean, basically we just, like, actually really moved it.')).toBeCloseTo(-1);
  });

  it('counts English pronouns past the first, and a demonstrative standing alone, against a line', () => {
    const weightOf = (text: string, name: string): number => quotability(text, text, 20, 'latin', true, true).find((m) => m.name === name)?.weight ?? 0;
    expect(weightOf('We moved the cache to the edge because every request was crossing the ocean twice.', 'pronouns')).toBe(0);
    expect(weightOf('It was what they wanted, and they got it when we moved the cache.', 'pronouns')).toBeCloseTo(-0.9);
    expect(weightOf('We fixed that one and the release went out on time for the launch.', 'points elsewhere')).toBeCloseTo(-0.3);
    expect(weightOf('We fixed that bug and the release went out on time for the launch.', 'points elsewhere')).toBe(0);
  });

  it('rules out a host’s prompt put as a request, the recording’s audience and the show’s own courses', () => {
    expect(whyLatin('Talk about some of the UI elements that you think are good building blocks.')).toBe('question');
    expect(whyLatin('Most of the people will be listening in like four weeks, so you got a little time before.')).toBe('meta-talk');
    expect(whyLatin('We have one of the largest catalogs of Python video courses over at Talk Python.')).toBe('meta-talk');
    expect(whyLatin('We talk about the UI elements every day, because they are the building blocks of the app.')).toBeUndefined();
  });

  it('rules out a record’s fields in Chinese: a label, a colon and a value with no sentence', () => {
    expect(whyHan('時　　間：九十年十一月十五日下午二時三十分')).toBe('fragment');
    expect(whyHan('協商代表：林豐喜　蔡煌瑯　營志宏李正宗　周錫瑋')).toBe('fragment');
    expect(whyHan('我的看法是：瓶頸其實不是方法論，而是數據或者任務。')).toBeUndefined();
  });

  it('rules out a prompt put to someone by name, a self-introduction, and talk about the session, the show and its channels', () => {
    expect(whyLatin('Emma, you have experience as well with imposter syndrome at your first conference, too.')).toBe('question');
    expect(whyLatin('All right, Sebastian, you are running not just FastAPI but FastAPI Cloud for a ton of people.')).toBe('question');
    expect(whyLatin("I'm curious, Brian, because when you were working for us, you were like a sales guy.")).toBe('question');
    expect(whyLatin('Since 2021 we both are the creators of NiceGUI, a Python-based web framework.')).toBe('small talk');
    expect(whyLatin("I'm a consultant at a company called Revolution Systems, and I was on the board.")).toBe('small talk');
    expect(whyLatin('Kyle Cranmer is an American physicist and professor at New York University and a member of its data science centre.')).toBe('small talk');
    expect(whyLatin('The Large Hadron Collider is the largest machine ever built, and it found the Higgs boson in 2012.')).toBeUndefined();
    for (const line of [
      'If you want to win a copy, make sure that you are tweeting, and we post new podcasts every Monday.',
      'From Relay, you are listening to Conduit, the show where we talk about our own productivity systems.',
      "We're about out of time to talk about the new role and what it means for the project.",
      'If you want to come hang out with us on Discord, use that question mark in there.',
      "I'll hand that off to Carlton in a second because he has had more to do with the plumbing.",
      'If your team needs to learn Python, we have over 270 hours of beginner and advanced courses on many topics.',
      'Maybe I will plug my tutorial that was two days ago and will also be recording somewhere at some point.'.replace('I will', "I'll"),
      'If you think I am doing a bad job, please give me some pointers, make comments, or give me a couple of tips.',
    ]) expect(whyLatin(line), line).toBe('meta-talk');
    expect(whyLatin('Every team I know that measured its builds found the same slow step in the same place.')).toBeUndefined();
    expect(whyLatin('Brian, the sales guy, later built the first version of the product himself.')).toBeUndefined();
  });
});
