// Reads a unit-clause fixture (tests/fixtures/units/…, see its README).
import { readFileSync } from 'node:fs';

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/units/${name}`, import.meta.url), 'utf8');
}
