// Which file holds a department (index/department/<key>.json): a 53-bit hash of its registry id, so
// the name is safe on any file system (ids carry ':' and Chinese, some thousands of characters) and
// the app finds the file from the id — or from a link's hashed form — without a lookup table that
// grows with the corpus. Shared by the pipeline (writes) and the app (reads, and makes links). Pure.

/** cyrb53: a fast 53-bit string hash, as 14 hex digits (stable across builds: links and files stay valid). */
export function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A link's hashed form of a long id: "420000:~<hash>" (kernel/router/paths.ts: departmentKey). */
const HASHED = /^(?:\d{6}:)?~([0-9a-f]{14})$/;

/** The file key of a department: from its id, or from the hash a link carries in its place. */
export function departmentFileKey(idOrLinkKey: string): string {
  return HASHED.exec(idOrLinkKey)?.[1] ?? hash53(idOrLinkKey);
}

/** Whether `param` (a link's id part) names department `id`: the id itself, or its hashed form. */
export const namesDepartment = (param: string, id: string): boolean => param === id || (HASHED.test(param) && departmentFileKey(param) === hash53(id));
