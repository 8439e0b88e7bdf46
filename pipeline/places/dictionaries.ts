// Loads and checks the reviewed place dictionaries (data/dict/place-*.json). Every entry must carry a
// reason; a malformed file fails loudly, naming the file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const code = z.string().regex(/^\d{6}$/, 'a 6-digit division code');
const reason = z.string().min(2, 'a reason');
const word = z.object({ text: z.string().min(1), reason });

const aliasesFile = z.object({
  entries: z.array(z.object({ name: z.string().min(2), code, level: z.enum(['prefecture', 'county']), reason })),
});
const landmarksFile = z.object({
  entries: z.array(z.object({ name: z.string().min(2), codes: z.array(code).min(1), reason })),
});
const stoplistFile = z.object({
  phrases: z.array(word),
  commonWords: z.array(word),
  generic: z.array(word),
  unitSuffixes: z.array(word),
});
const contextFile = z.object({
  boundary: z.object({ chars: z.string(), reason }),
  leftConnectors: z.array(word),
  rightConnectors: z.array(word),
  facilitySuffixes: z.array(word),
  featureChars: z.object({ chars: z.string(), reason }),
});
const provincesFile = z.object({
  entries: z.array(z.object({ code, abbr: z.array(z.string().length(1)), variants: z.array(z.string()), reason })),
});

export type PlaceAliases = z.infer<typeof aliasesFile>;
export type PlaceLandmarks = z.infer<typeof landmarksFile>;
export type PlaceStoplist = z.infer<typeof stoplistFile>;
export type PlaceContext = z.infer<typeof contextFile>;
export type PlaceProvinces = z.infer<typeof provincesFile>;

function load<T>(file: string, schema: z.ZodType<T>): T {
  const url = new URL(`../../data/dict/${file}`, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`invalid data/dict/${file}: ${parsed.error.message}`);
  return parsed.data;
}

export interface PlaceDictionaries {
  aliases: PlaceAliases;
  landmarks: PlaceLandmarks;
  stoplist: PlaceStoplist;
  context: PlaceContext;
  provinces: PlaceProvinces;
}

let cached: PlaceDictionaries | null = null;

export function loadPlaceDictionaries(): PlaceDictionaries {
  cached ??= {
    aliases: load('place-aliases.json', aliasesFile),
    landmarks: load('place-landmarks.json', landmarksFile),
    stoplist: load('place-stoplist.json', stoplistFile),
    context: load('place-context.json', contextFile),
    provinces: load('place-provinces.json', provincesFile),
  };
  return cached;
}
