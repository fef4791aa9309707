// Links to GitHub: only https:, only to the repository's own host and path. Everything in a
// MetricsReport may come from GitHub and is hostile, including the repository's URL and a record's url.
import type { MetricsReport } from '../metrics/types.js';

export interface RepositoryLinks {
  /** the repository's own page, or null when its URL is not a safe https URL */
  home: string | null;
  pull(number: number | null): string | null;
  commit(sha: string | null): string | null;
  issue(number: number | null): string | null;
  /** a record's own url when it points into this repository, else null */
  checked(url: string | null | undefined): string | null;
}

function parseRepositoryUrl(url: string, owner: string, name: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  const expected = `/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`.toLowerCase();
  if (parsed.pathname.replace(/\/+$/, '').toLowerCase() !== expected) return null;
  return parsed;
}

export function repositoryLinks(report: MetricsReport): RepositoryLinks {
  const { owner, name, url } = report.repository;
  const base = url === null ? null : parseRepositoryUrl(url, owner, name);
  const prefix = base ? `${base.origin}/${encodeURIComponent(owner)}/${encodeURIComponent(name)}` : null;
  const under = (path: string) => (prefix ? `${prefix}/${path}` : null);
  const checked = (candidate: string | null | undefined): string | null => {
    if (!base || !candidate) return null;
    try {
      const parsed = new URL(candidate);
      const inside = parsed.pathname.toLowerCase().startsWith(`${new URL(prefix!).pathname.toLowerCase()}/`);
      if (
        parsed.protocol !== 'https:' ||
        parsed.host !== base.host ||
        parsed.username ||
        parsed.password ||
        !inside
      ) {
        return null;
      }
      return parsed.href;
    } catch {
      return null;
    }
  };
  return {
    home: prefix,
    pull: (n) => (n !== null && Number.isSafeInteger(n) && n > 0 ? under(`pull/${n}`) : null),
    commit: (sha) => (sha && /^[0-9a-f]{4,64}$/i.test(sha) ? under(`commit/${sha.toLowerCase()}`) : null),
    issue: (n) => (n !== null && Number.isSafeInteger(n) && n > 0 ? under(`issues/${n}`) : null),
    checked,
  };
}

/** "#12" → 12; anything else → null. */
export function numberFromId(id: string): number | null {
  const match = /#(\d{1,12})$/.exec(id);
  return match ? Number(match[1]) : null;
}
