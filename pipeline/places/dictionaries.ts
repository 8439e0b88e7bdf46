// Loads and checks the reviewed place dictionaries (data/dict/place-*.json). Every entry must carry a
// reason; a malformed file fails loudly, naming the file.
// The files are imported, not read: the same stage runs in the build and in the browser's import
// worker (no file I/O inside a stage).
import { z } from 'zod';
import aliasesJson from '../../data/dict/place-aliases.json';
import landmarksJson from '../../data/dict/place-landmarks.json';
import stoplistJson from '../../data/dict/place-stoplist.json';
import contextJson from '../../data/dict/place-context.json';
import provincesJson from '../../data/dict/place-provinces.json';

const FILES: Record<string, unknown> = {
  'place-aliases.json': aliasesJson, 'place-landmarks.json': landmarksJson, 'place-stoplist.json': stoplistJson,
  'place-context.json': contextJson, 'place-provinces.json': provincesJson,
};

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
  const parsed = schema.safeParse(FILES[file]);
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
