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
});
