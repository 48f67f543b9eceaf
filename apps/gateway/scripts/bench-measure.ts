/** Timing helpers for the national benchmark: samples in milliseconds, their p50/p95, and failed requests. */
export class Samples {
  readonly ms: number[] = [];
  failures = 0;

  async time<T>(fn: () => Promise<T>): Promise<T | undefined> {
    const start = performance.now();
    try {
      const result = await fn();
      this.ms.push(performance.now() - start);
      return result;
    } catch (error) {
      this.failures += 1;
      if (this.failures <= 3) console.error(error instanceof Error ? error.message : error);
      return undefined;
    }
  }

  summary(): { n: number; p50: number | null; p95: number | null; failed: number } {
    const sorted = [...this.ms].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted.length === 0 ? null : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! * 10) / 10;
    return { n: sorted.length, p50: at(0.5), p95: at(0.95), failed: this.failures };
  }
}

/**
 * The gateway's Server-Timing spans (CSC_SERVER_TIMING=1) summed over requests: per request, each span's mean
 * milliseconds and how many times it ran (e.g. sql.select n=3: three SELECT round trips a request).
 */
export class SpanTotals {
  private requests = 0;
  private readonly spans = new Map<string, { ms: number; n: number }>();

  add(header: string | null): void {
    if (!header) return;
    this.requests += 1;
    for (const part of header.split(", ")) {
      const [name, dur, desc] = part.split(";");
      if (!name || !dur) continue;
      const span = this.spans.get(name) ?? { ms: 0, n: 0 };
      span.ms += Number(dur.replace("dur=", ""));
      span.n += Number(/n=(\d+)/.exec(desc ?? "")?.[1] ?? 0);
      this.spans.set(name, span);
    }
  }

  summary(): Record<string, { ms: number; n: number }> {
    const per = (x: number, digits: number) => Math.round((x / Math.max(this.requests, 1)) * 10 ** digits) / 10 ** digits;
    return Object.fromEntries([...this.spans].map(([name, s]) => [name, { ms: per(s.ms, 2), n: per(s.n, 1) }]));
  }
}

/** POSTs one GraphQL operation with a bearer session; a non-200 answer or any GraphQL error counts as a failure. */
export async function graphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  spans?: SpanTotals,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  spans?.add(response.headers.get("server-timing"));
  if (response.status !== 200 || body.errors) throw new Error(`GraphQL ${response.status}: ${body.errors?.map((e) => e.message).join("; ")}`);
  return body.data;
}

/** GETs a path with a bearer session and reads the whole body; anything but 200 is a failure. */
export async function download(url: string, token: string, path: string): Promise<number> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${Buffer.from(body).toString("utf8").slice(0, 200)}`);
  return body.byteLength;
}
