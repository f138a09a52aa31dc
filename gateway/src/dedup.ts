import type { Viewer } from '@linli/auth';

/** Header that carries a read's sharing scope from willSendRequest to the fetcher. */
export const SHARE_HEADER = 'x-linli-share-scope';

/** A subgraph's answer, read once and handed to every caller that asked the same at the same time. */
interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
}

/**
 * Identical subgraph requests in flight at the same time share one fetch: the same subgraph,
 * the same document and variables, and the same scope of caller (roles, areas, organizations,
 * own person). A dashboard opened by a whole street's staff at nine in the morning then costs
 * each subgraph one statement per distinct question, not one per caller. Only reads are
 * shared, and only while in flight: nothing is cached, so an answer is never older than the
 * fetch it came from.
 */
export class InFlightRequests {
  private readonly inFlight = new Map<string, Promise<Answer>>();
  /** Fetches that joined another caller's identical one (for metrics and tests). */
  shared = 0;

  /**
   * The scope a read may be shared within, null for anything that must go alone (mutations).
   * Carried from willSendRequest to the fetcher in SHARE_HEADER, which never leaves the gateway.
   */
  static scopeOf(viewer: Viewer, document: string | undefined): string | null {
    if (!document || /^\s*(mutation|subscription)\b/.test(document)) return null;
    return encodeURIComponent(JSON.stringify([[...viewer.roles].sort(), [...viewer.areas].sort(), [...(viewer.orgs ?? [])].sort(), viewer.personId ?? null]));
  }

  /** The key of a fetch from its init, taking SHARE_HEADER out of the headers sent. */
  static keyOf(url: string, init: { headers?: unknown; body?: unknown }): string | null {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const scope = headers[SHARE_HEADER];
    delete headers[SHARE_HEADER];
    return scope && typeof init.body === 'string' ? `${url}\n${scope}\n${init.body}` : null;
  }

  async fetch(key: string | null, run: () => Promise<Response>): Promise<Response> {
    if (key === null) return run();
    let answer = this.inFlight.get(key);
    if (answer) this.shared += 1;
    else {
      answer = (async () => {
        const response = await run();
        return { status: response.status, statusText: response.statusText, headers: [...response.headers.entries()], text: await response.text() };
      })();
      this.inFlight.set(key, answer);
      const forget = () => this.inFlight.delete(key);
      answer.then(forget, forget);
    }
    const { status, statusText, headers, text } = await answer;
    return new Response(text, { status, statusText, headers });
  }
}
