// Reading a sequence file someone chose (JSON, untrusted): checked with the shared schema. Its own
// module so the schema loads with the panel that imports files, not with the header.
import { presenterSequence } from '../../shared/schema';
import { normaliseStep } from './sequence';

/** A sequence file's steps, or a reason naming the file and what is wrong with it. */
export function parseSequenceFile(name: string, text: string): { steps: string[] } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `${name}: not JSON (${(e as Error).message})` };
  }
  const r = presenterSequence.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { error: `${name}: ${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  const steps: string[] = [];
  for (const [i, s] of r.data.steps.entries()) {
    const n = normaliseStep(s.href);
    if (n === null) return { error: `${name}: steps.${i}.href: not a link inside the app (${JSON.stringify(s.href.slice(0, 80))})` };
    steps.push(n);
  }
  return { steps };
}
