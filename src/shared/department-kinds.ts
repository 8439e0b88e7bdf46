// The kinds of responsible unit, apart from the schema so that code checking a URL value against
// them (the heatmap's ?kinds=) does not load zod and every file's shape on the main thread.
export const DEPARTMENT_KINDS = ['government', 'party', 'central', 'city', 'collective', 'other'] as const;
