// Traditional → mainland simplified. 002–004 reached us machine-converted to traditional script;
// everything downstream (units, places, targets) is matched in simplified, so we convert once here.
// Wrong characters introduced by that earlier machine conversion are not fixed in code: they go
// through data/corrections/ where a person has checked them.
import { Converter } from 'opencc-js/t2cn';

// Building the converter loads its dictionaries (~30 ms); do it once per process, lazily.
let converter: ((text: string) => string) | null = null;

export function toSimplified(text: string): string {
  converter ??= Converter({ from: 't', to: 'cn' });
  return converter(text);
}
