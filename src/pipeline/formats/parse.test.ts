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
