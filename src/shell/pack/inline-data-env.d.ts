declare module 'virtual:atlas-inline-data' {
  /** Path under the site root ('data/manifest.json', 'geo/140000.json') → file text; null outside `npm run pack`. */
  const files: Record<string, string> | null;
  export default files;
}
