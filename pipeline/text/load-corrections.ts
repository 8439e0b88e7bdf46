// Reading a document's corrections file: file I/O, so it lives at the edge (the build), apart from
// the pure clean stage that applies them.
import { existsSync, readFileSync } from 'node:fs';
import { correctionsPath, parseCorrections, type Correction } from './corrections';

/** The document's corrections; [] when it has no file. */
export function loadCorrections(dir: string, docId: string): Correction[] {
  const file = correctionsPath(dir, docId);
  if (!existsSync(file)) return [];
  return parseCorrections(readFileSync(file, 'utf8'), file);
}

