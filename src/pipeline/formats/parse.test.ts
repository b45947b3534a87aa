import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';

describe('one topic marked over the whole conversation', () => {
  // A meetup page: links under their own headings, then one `##` heading over the whole Q&A.
  const qa = Array.from({ length: 18 }, (_, i) =>
    i < 9
      ? `Q: How does the scheduler pick the next goroutine when the run queue ${i} is empty?\nA: It steals half of another processor's queue, and only then looks at the network poller and the global queue, which keeps the common case lock free.`
      : `Q: What happens to a channel send ${i} when the buffer is full?\nA: The sender parks on the channel's send queue, and the receiver that frees a slot copies the value straight from the sender's stack before waking it.`,
  ).join('\n\n');
  const page = `# Night 56: channels\n\n## Links\n\n- https://example.org/slides\n\n## Q&A after the talk\n\n${qa}\n`;

  it('keeps the transcript\'s own title on the first part when the topic is cut where the vocabulary changes', () => {
    const { value, diagnostics } = parse(cleanFromString(page, 'night-56.md'));
    expect(value.topics.length).toBeGreaterThan(1);
    expect(value.topics[0]!.title).toBe('Q&A after the talk');
    expect(diagnostics.find((d) => d.rule === 'inferred-topics')?.message).toMatch(/One topic marked \(`Q&A after the talk`\)/u);
  });
});

describe('a Q&A page whose questions are its headings', () => {
  it('gives the answers it leaves unlabelled to its one answering label, and says so', () => {
    const page = '---\ntitle: Night 65\n---\n\n### Q1: 为什么更快？\n\n答：因为读写和接收连接分开了，各自用自己的 epoll 实例。\n\n### Q2: 会阻塞吗？\n\n不会，任务都在 goroutine pool 里执行，结果通过 channel 送回。\n\n### Q3: 有惊群效应吗？\n\n答：没有，每个连接只属于一个 event loop。\n';
    const { value, diagnostics } = parse(cleanFromString(page, 'night.md'));
    expect(value.speakers.map((s) => s.name)).toEqual(['答']);
    expect(diagnostics.find((d) => d.rule === 'unlabelled-answers')?.message).toMatch(/`答`/u);
  });
});
