/** The service's REST interface (docs/api.md), same origin, the sign-in cookie carried by the browser. */
export type Labels = Record<string, string>;

export interface User { userName: string; displayName?: string; role: string; team?: string | null }
export interface SnippetRef { id: string; title: string }
export interface Suggestion { callId?: string; seq: number; id: string; kind: string; title: string; text: string; situations: string[]; playbook: SnippetRef[] }
export interface Comment { id: string | number; seq: number; author: string; text: string; createdAt: string }
export interface Correction { task: string; label: string; previous: string; author: string; createdAt: string }
export interface Feedback { suggestionId: string; kind: string; verdict: string; author: string; createdAt: string }
export interface EvidenceSpan { start: number; length: number; text: string; weight: number }
export interface LabelEvidence { task: string; label: string; spans: EvidenceSpan[]; modelVersion: string }
export interface Utterance {
  seq: number; speaker: string; name?: string | null; text: string; startMs?: number | null;
  labels: Labels; modelLabels?: Labels | null; suggestions?: Suggestion[]; comments?: Comment[]; corrections?: Correction[];
  feedback?: Feedback[];
}
export interface Scorecard {
  lines: number; talkRatio: number; longestRepMonologue: number; questionsBySpinType: Record<string, number>;
  needsByKind: Record<string, number>; objectionsRaised: number; objectionsHandled: number; unhandledObjections: string[];
  signalsCaught: number; signalsMissed: number; closesAttempted: Record<string, number>; stage: string; missingSeqs: number[];
}
export interface CoachingPoint { kind: string; title: string; detail: string; seqs: number[]; severity: number }
export interface Digest { lang: string; text: string }
export interface Call {
  callId: string; owner: string; team?: string | null; title?: string | null; lang?: string | null; source: string;
  startedAt: string; endedAt?: string | null; utterances: Utterance[]; scorecard: Scorecard; coachingPoints: CoachingPoint[]; digest?: Digest | null;
}
export interface CallListItem { callId: string; owner: string; team?: string | null; title?: string | null; lang?: string | null; source: string; startedAt: string; endedAt?: string | null; lines: number; tags: string | string[] }
export interface Snippet { id: string; title: string; lang: string; situations: string[]; keywords?: string[]; stage?: string | null; role?: string | null; text: string; score?: number }
export interface Summary { callId: string; lang: string; source: string; text: string }

export class ApiError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      message = problem.detail ?? problem.title ?? message;
      if (problem.errors) message += ": " + Object.values(problem.errors as Record<string, string[]>).flat().join(" ");
    } catch { /* not JSON */ }
    throw new ApiError(response.status, message);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

function query(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : [v]) if (one) q.append(k, one);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const api = {
  login: (userName: string, password: string) => request<User>("POST", "/api/auth/login", { userName, password }),
  logout: () => request<void>("POST", "/api/auth/logout"),
  me: () => request<User>("GET", "/api/auth/me"),
  calls: (f: { label?: string; rep?: string; q?: string; from?: string; to?: string }) =>
    request<CallListItem[]>("GET", "/api/calls" + query({ label: f.label, rep: f.rep, q: f.q, from: f.from, to: f.to })),
  call: (id: string) => request<Call>("GET", `/api/calls/${encodeURIComponent(id)}`),
  summary: (id: string) => request<Summary>("GET", `/api/calls/${encodeURIComponent(id)}/summary`),
  comment: (id: string, seq: number, text: string) => request<Comment>("POST", `/api/calls/${encodeURIComponent(id)}/utterances/${seq}/comments`, { text }),
  evidence: (id: string, seq: number) => request<LabelEvidence[]>("GET", `/api/calls/${encodeURIComponent(id)}/utterances/${seq}/evidence`),
  correct: (id: string, seq: number, labels: Labels) => request<Utterance>("PUT", `/api/calls/${encodeURIComponent(id)}/utterances/${seq}/labels`, labels),
  search: (q: string, lang?: string, situation?: string, top = 8) =>
    request<Snippet[]>("GET", "/api/playbook/search" + query({ q, lang, situation, top: String(top) })),
  snippet: (id: string) => request<Snippet>("GET", `/api/playbook/${encodeURIComponent(id)}`),
  addSnippet: (s: Snippet) => request<Snippet>("POST", "/api/playbook", s),
  updateSnippet: (s: Snippet) => request<Snippet>("PUT", `/api/playbook/${encodeURIComponent(s.id)}`, s),
  deleteSnippet: (id: string) => request<void>("DELETE", `/api/playbook/${encodeURIComponent(id)}`),
};
