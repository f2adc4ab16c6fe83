// Item 1 of issue 13: a signed-out document of nested fragment spreads, or a huge one, must not stall
// the API. Requests go over a listening socket so that many are in flight at once beside the
// health check, as they would be in production.
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { PeopleModule } from '@ensemble/api/people';

/** Fragment F0 spreads F1 ten times, F1 spreads F2 ten times, … `levels` levels: 10^levels fields inlined. */
function nestedSpreads(levels: number, marker: string): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) => `fragment F${level} on Query { ${Array(10).fill(`...F${level + 1}`).join(' ')} }`,
  );
  // The marker makes each document's text (and so Apollo's cache key) different.
  return [`# ${marker}`, '{ ...F0 }', ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

describe('GraphQL request limits over HTTP', () => {
  let test: TestApp;
  let base: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule] });
    await test.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => test.close());

  const post = async (query: string) => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
    return { status: response.status, body, ms: performance.now() - started };
  };

  it('refuses eight levels of nested fragment spreads with a 400 in under 50 ms', async () => {
    // Once for the code paths to be compiled, then the fastest of five: the machine's other work
    // delays single requests, not what refusing one costs (expanding every spread took minutes).
    await post(nestedSpreads(8, 'warm-up'));
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await post(nestedSpreads(8, `attempt ${i}`));
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      timings.push(response.ms);
    }
    expect(Math.min(...timings)).toBeLessThan(50);
  });

  it('keeps answering /health/live while 20 such documents are in flight', async () => {
    let burstDone = false;
    const burst = Promise.all(Array.from({ length: 20 }, (_, i) => post(nestedSpreads(8, `burst ${i}`)))).finally(() => {
      burstDone = true;
    });
    const health: number[] = [];
    do {
      const started = performance.now();
      const response = await fetch(`${base}/health/live`);
      expect(response.status).toBe(200);
      health.push(performance.now() - started);
    } while (!burstDone);
    const answers = await burst;
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(400));
    expect(Math.max(...health)).toBeLessThan(500);
  });

  it('refuses query text over 100,000 characters with 413 QUERY_TOO_LARGE', async () => {
    const response = await post(`{ __typename } # ${'x'.repeat(100_000)}`);
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]).toEqual({
      message: 'This query is 100017 characters long; the limit is 100000. Send long values as variables.',
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  });

  it('refuses a 5 MB document of repeated fields with a 413 before reading it as JSON', async () => {
    // The body limit answers, so neither JSON nor GraphQL parsing ever sees the document. (A wall-clock
    // budget here failed on a loaded machine; which limit refused it is the property that matters.)
    const response = await post(`{ ${'__typename '.repeat(5 * 1024 * 1024 / 11)} }`);
    expect(response.status).toBe(413);
    expect(response.body.errors).toEqual([
      {
        message: 'The request body is larger than the 1 MB this route accepts.',
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ]);
  });

  it('refuses a document of more than 2,000 tokens with 413 QUERY_TOO_LARGE while parsing it', async () => {
    const response = await post(`{ ${'__typename '.repeat(1999)} }`);
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'This query has more than 2000 tokens; the limit is 2000.',
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
    // 2,000 tokens exactly are parsed (and, repeating one field, refused by the next limit).
    const atLimit = await post(`{ ${'__typename '.repeat(1998)} }`);
    expect(atLimit.body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
