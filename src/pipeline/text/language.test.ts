import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('the deck\'s language, when deck.yaml does not say', () => {
  it.each([
    ['en', 'We cut the build from forty minutes to four by caching the one step nobody measured, and then we shipped it.'],
    ['de', 'Sehr geehrter Herr Präsident! Liebe Kolleginnen und Kollegen! Die Bürgerinnen und Bürger Großbritanniens haben entschieden, die Europäische Union zu verlassen.'],
    ['es', 'Amigas, amigos, buenos días. Estamos en Durango, en la capital del estado, para informar como siempre sobre los temas que se consideran más relevantes.'],
    ['fr', 'Alors, le smartphone, c\'est quand même un objet qui a complètement changé notre façon de vivre et de communiquer avec les autres.'],
    ['ko', '저는 오늘 우리 회사가 지난 십 년 동안 배운 것을 말씀드리려고 합니다. 가장 중요한 것은 고객의 목소리를 듣는 것이었습니다.'],
    ['ja', '私はそう思いますが、それは違うのです。大学で教えていた頃から、ずっと考えていたことがあります。'],
    ['zh-Hans', '我觉得无论是人还是模型，都发现了一个现象：瓶颈其实不是方法论，而是数据或者任务。'],
    ['zh-Hant', '我覺得無論是人還是模型，都發現了一個現象：瓶頸其實不是方法論，而是數據或者任務。'],
    // Alphabets other than Latin: once read as Chinese for having neither Latin letters nor Han.
    ['ru', 'Я считаю, что главная проблема открытого кода сегодня не в деньгах, а в том, что никто не хочет поддерживать старые библиотеки.'],
    ['ar', 'أعتقد أن أكبر تحدٍّ أمامنا ليس النموذج نفسه، بل البيانات التي نُدرّبه عليها وجودتها، وهذا ما يجب أن نعمل عليه.'],
    ['hi', 'मेरा मानना है कि शिक्षा की सबसे बड़ी समस्या तकनीक नहीं है, बल्कि यह है कि हम बच्चों को सवाल पूछना नहीं सिखाते।'],
    ['th', 'ผมคิดว่าปัญหาที่ใหญ่ที่สุดของเมืองไม่ใช่รถติด แต่เป็นการที่เราออกแบบเมืองให้รถยนต์มากกว่าให้คน'],
    ['uk', 'Я вважаю, що найбільша проблема відкритого коду сьогодні не в грошах, а в тому, що ніхто не хоче підтримувати старі бібліотеки.'],
  ])('reads %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says English when a Latin-script text is too short to tell', () => {
    expect(detectLanguage('OK.')).toBe('en');
  });
});
