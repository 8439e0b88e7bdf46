// A presenter's sequence of views: deep links inside the app, kept in the URL (?seq=, base64url of
// a JSON array of paths) so a reload or a shared link keeps it, and saved/loaded as a small JSON
// file (schema: presenterSequence). Pure functions; the panel (SequencePanel.tsx) does the I/O.
import type { PresenterSequence } from '../../shared/schema';

export const SEQ_PARAM = 'seq';
export const PRESENT_PARAM = 'present';
export const MAX_STEPS = 200;

/** A step as stored: the path and its query without the presenter's own params, sorted for comparison. */
export function normaliseStep(href: string): string | null {
  // Only links inside the app: a path, never another origin (//host, javascript:, http:).
  if (!href.startsWith('/') || href.startsWith('//') || href.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(href, 'http://atlas.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://atlas.invalid') return null;
  url.searchParams.delete(SEQ_PARAM);
  url.searchParams.delete(PRESENT_PARAM);
  url.hash = '';
  const q = url.searchParams.toString();
  return `${url.pathname}${q ? `?${q}` : ''}`;
}

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeSequence(steps: readonly string[]): string {
  return toBase64Url(JSON.stringify(steps));
}

/** The steps of a ?seq= value; a value that is not one reads as an error naming why. */
export function decodeSequence(value: string): { steps: string[] } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(value));
  } catch {
    return { error: 'not a sequence (base64url JSON)' };
  }
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string')) return { error: 'not a list of links' };
  const steps = (raw as string[]).map(normaliseStep);
  if (steps.some((s) => s === null)) return { error: 'a step is not a link inside the app' };
  return { steps: (steps as string[]).slice(0, MAX_STEPS) };
}

/** Which step the current location is (-1: none of them). */
export function currentStep(steps: readonly string[], location: string): number {
  const here = normaliseStep(location);
  return here === null ? -1 : steps.indexOf(here);
}

/** The step after/before `index`, stopping at the ends (a talk does not wrap round to its start); from outside the sequence, → goes to the first. */
export function stepTo(steps: readonly string[], index: number, step: 1 | -1): number | null {
  if (steps.length === 0) return null;
  if (index < 0) return step === 1 ? 0 : steps.length - 1;
  const next = index + step;
  return next < 0 || next >= steps.length ? null : next;
}

/** The link of step `i` in presenter mode, carrying the sequence. */
export function stepHref(steps: readonly string[], i: number): string {
  const [path, q = ''] = steps[i].split('?');
  const params = new URLSearchParams(q);
  params.set(PRESENT_PARAM, '1');
  params.set(SEQ_PARAM, encodeSequence(steps));
  return `${path}?${params}`;
}

export function sequenceFile(steps: readonly string[]): PresenterSequence {
  return { kind: 'policy-atlas-sequence', version: 1, steps: steps.map((href) => ({ href })) };
}
