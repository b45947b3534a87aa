import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';

/* Records of press conferences and parliaments head each speaker's part with a line of its own. */

function speakersOf(text: string): Array<[string, number]> {
  return parse(cleanFromString(text, 'record.txt')).value.speakers.map((s) => [s.name, s.turnCount]);
}

describe('speaker headings in stenographic records', () => {
  it('reads recurring lines in capitals after a break as speakers, the first with a role too', () => {
    const text = [
      'Versión estenográfica de la conferencia de prensa',
      '---',
      'SECRETARIA MARÍA LÓPEZ, DIRECTORA DE SALUD',
      'Buenas tardes. Hoy presentamos el informe de la semana sobre los hospitales del país.',
      'La ocupación bajó por tercera semana seguida en todas las regiones.',
      '---',
      'PREGUNTA',
      '¿Cuándo abren las escuelas?',
      '---',
      'MARÍA LÓPEZ',
      'Cuando la ocupación siga bajando dos semanas más, no antes.',
      '---',
      'PREGUNTA',
      '¿Y las vacunas?',
      '---',
      'MARÍA LÓPEZ',
      'Llegan el lunes, y las primeras son para el personal de salud.',
    ].join('\n');
    expect(speakersOf(text)).toEqual([
      ['SECRETARIA MARÍA LÓPEZ, DIRECTORA DE SALUD', 1],
      ['PREGUNTA', 2],
      ['MARÍA LÓPEZ', 2],
    ]);
    const said = parse(cleanFromString(text, 'record.txt')).value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text)));
    expect(said).not.toContain('---');
  });

  it('leaves a document\'s capitalised headings alone when none recurs', () => {
    const text = 'INTRODUCTION\n\nWe measured the build twice.\n\nMETHOD\n\nThe second time, with a warm cache.\n\nRESULTS\n\nIt took a tenth of the time.\n';
    expect(speakersOf(text).map(([name]) => name)).not.toContain('INTRODUCTION');
  });

  it('reads bare `Name, Role:` and `Name (Party):` headings, and not a hard-wrapped sentence\'s last word', () => {
    const text = [
      'Präsident Dr. Norbert Lammert:',
      'Ich erteile das Wort der Bundeskanzlerin.',
      '',
      'Dr. Angela Merkel, Bundeskanzlerin:',
      'Sehr geehrter Herr Präsident! Ich will deutlich sagen, was ich dazu gesagt',
      'habe: Die Bedeutung der Entscheidung ist groß.',
      '',
      'Präsident Dr. Norbert Lammert:',
      'Das Wort hat die Kollegin Göring-Eckardt.',
      '',
      'Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜNEN):',
      'Herr Präsident! Meine Damen und Herren! Europa ist mehr als ein Binnenmarkt.',
      '(Beifall beim BÜNDNIS 90/',
      'DIE GRÜNEN)',
    ].join('\n');
    expect(speakersOf(text)).toEqual([
      ['Präsident Dr. Norbert Lammert', 2],
      ['Dr. Angela Merkel, Bundeskanzlerin', 1],
      ['Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜNEN)', 1],
    ]);
  });

  it('does not take one inline `Phrase: text` line for a speaker where speakers head their parts on lines of their own', () => {
    const turn = (name: string, said: string): string => `${name}:\n${said}\n`;
    const text = [
      turn('Präsident Dr. Norbert Lammert', 'Das Wort hat Thomas Oppermann.'),
      turn('Thomas Oppermann (SPD)', 'Herr Präsident! Europa ist mehr als ein Binnenmarkt.\nApropos Griechenland: Die ganzen Wortspiele helfen niemandem.'),
      turn('Präsident Dr. Norbert Lammert', 'Das Wort hat Volker Kauder.'),
      turn('Volker Kauder (CDU/CSU)', 'Herr Präsident! Wir bleiben bei unserem Kurs.'),
      turn('Präsident Dr. Norbert Lammert', 'Ich schließe die Aussprache.'),
      turn('Thomas Oppermann (SPD)', 'Eine letzte Bemerkung.'),
      turn('Volker Kauder (CDU/CSU)', 'Und von mir auch.'),
    ].join('\n');
    expect(speakersOf(text).map(([name]) => name)).toEqual(['Präsident Dr. Norbert Lammert', 'Thomas Oppermann (SPD)', 'Volker Kauder (CDU/CSU)']);
  });

  it('keeps a label named once with a remark when its bare name speaks again (`主席（洪委員玉欽）` then `主席`)', () => {
    const text = '院會紀錄\n\n主席（洪委員玉欽）：現在開會，進行副院長選舉。\n\n請各位委員依序領票，投票後請回座位。\n\n鍾委員榮吉：謝謝主席，謝謝各位同仁的支持。\n\n主席：現在宣布選舉結果。\n\n主席：散會。\n';
    expect(speakersOf(text).map(([name]) => name)).toContain('主席（洪委員玉欽）');
  });
});

describe('an agenda item titled on the lines under its label', () => {
  it('takes `Tagesordnungspunkt 1:` alone and the lines below it as one topic with that title', () => {
    const text = 'Tagesordnungspunkt 1:\n\nAbgabe einer Regierungserklärung durch die\nBundeskanzlerin zum Europäischen Rat\nDr. Angela Merkel, Bundeskanzlerin . . . . . . .  17881 B\n\nPräsident Dr. Norbert Lammert:\nIch erteile das Wort der Bundeskanzlerin.\n\nDr. Angela Merkel, Bundeskanzlerin:\nSehr geehrter Herr Präsident! Europa ist mehr als ein Binnenmarkt.\n\nPräsident Dr. Norbert Lammert:\nVielen Dank.\n';
    const { value } = parse(cleanFromString(text, 'protokoll.txt'));
    expect(value.topics.map((t) => t.title)).toEqual(['Abgabe einer Regierungserklärung durch die Bundeskanzlerin zum Europäischen Rat']);
  });
});

describe('a record\'s header fields and the documents it quotes', () => {
  it('reads indented `Field：value` lines of the header and `…協定：` / `…決議：` lines as no speakers', () => {
    const text = [
      '院會紀錄',
      '    主 持 人：王金平',
      '    協商代表：林豐喜　蔡煌瑯',
      '主席：現在開會。請秘書長報告。',
      '林委員豐喜：我贊成這個案子，因為加入以後我們的產業會更有競爭力。',
      '主席：請周委員發言。',
      '周委員錫瑋：我反對，因為農業會受到很大的衝擊。',
      'ＷＴＯ協定：係指ＷＴＯ設立協定及所屬之各項附屬協定。',
      '主席：本案作如下決議，請大家表決。',
      '林委員豐喜：贊成。',
      '本案作如下決議：「我國申請加入世界貿易組織條約草案照案通過。」',
      '主席：散會。',
      '周委員錫瑋：謝謝主席。',
    ].join('\n');
    expect(speakersOf(text).map(([name]) => name)).toEqual(['主席', '林委員豐喜', '周委員錫瑋']);
  });

  // The layout of a legislature's gazette: agenda items under each heading, and documents read out
  // (a letter with its `受文者：` / `主旨：` fields, a report's `…報告：` parts) by whoever has the floor.
  const gazette = [
    '# 院會紀錄',
    '',
    '主席：現在開會。',
    '',
    '## 報告事項',
    '',
    '1. 宣讀上次會議議事錄。',
    '',
    '主席：議事錄已經宣讀完畢，請宣讀協商結論。',
    '',
    '朝野黨團協商結論',
    '',
    '時　　間：十一月十五日下午二時',
    '',
    '地　　點：二樓會客室',
    '',
    '本案逕付二讀。',
    '',
    '主席：協商結論已宣讀完畢，現在宣讀來函。',
    '',
    '受文者：立法院',
    '',
    '工作小組報告：該報告載述我入會承諾。',
    '',
    '說明：經提院會決議通過。',
    '',
    '工作小組報告：報告所載述之承諾，係以符合規範之方式為之。',
    '',
    '主席：來函已宣讀完畢，請林委員發言。',
    '',
    '## 討論事項',
    '',
    '一、審議加入世界貿易組織條約草案案。',
    '',
    '主席：請林委員豐喜發言。',
    '',
    '林委員豐喜：我贊成這個案子，因為加入以後我們的產業會更有競爭力。',
    '',
    '主席：請周委員發言。',
    '',
    '周委員錫瑋：我反對，因為農業會受到很大的衝擊。',
  ].join('\n');

  it('reads the fields and parts of a document read out as part of the reader\'s turn, not as speakers or as `?`', () => {
    expect(speakersOf(gazette)).toEqual([
      ['主席', 4],
      ['林委員豐喜', 1],
      ['周委員錫瑋', 1],
    ]);
    const { value } = parse(cleanFromString(gazette, 'gazette.md'));
    const chair = value.topics[1]!.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text));
    expect(chair).toEqual(expect.arrayContaining(['時　　間：十一月十五日下午二時', '受文者：立法院', '工作小組報告：報告所載述之承諾，係以符合規範之方式為之。']));
  });

  it('keeps an agenda item under a heading, before anyone speaks, as the section\'s introduction, with an info', () => {
    const { value, diagnostics } = parse(cleanFromString(gazette, 'gazette.md'));
    expect(value.topics.slice(1).map((t) => [t.title, t.intro?.map((p) => p.text)])).toEqual([
      ['報告事項', ['1. 宣讀上次會議議事錄。']],
      ['討論事項', ['一、審議加入世界貿易組織條約草案案。']],
    ]);
    const info = diagnostics.filter((d) => d.rule === 'topic-intro');
    expect(info.map((d) => [d.severity, d.span?.start.line])).toEqual([
      ['info', 7],
      ['info', 33],
    ]);
  });
});

describe('what is never a speaker in a Markdown page', () => {
  it('reads a numbered item\'s `Term：` as part of the answer, and `### Q5:` as a topic, not a person', () => {
    const page = '# Night 65\n\n### Q4: 为什么更快？\n\n答：有两个原因。\n\n1. 高频创建新连接：接收新连接和读写分离，各自用自己的 epoll 实例。\n2. 海量网络连接：goroutine 数量与 CPU 核心数相同，更省资源。\n\n### Q5:\n\n答：会有一点，但是影响不大，因为任务很短。\n\n答：第二个问题也是一样的道理。\n';
    const { value } = parse(cleanFromString(page, 'night.md'));
    expect(value.speakers.map((s) => s.name)).toEqual(['答']);
    expect(value.topics.map((t) => t.title)).toEqual(['Q4: 为什么更快？', 'Q5:']);
  });
});

