// The version every built JSON file carries (schemaVersion). Its own module so the app can write
// an empty file's version without loading the schema itself (zod and every shape, ~28 KB gzip).
export const SCHEMA_VERSION = 1;
