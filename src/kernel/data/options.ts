// Options passed to every loadJson call of the data layer (tests inject fetch and base).
import type { LoadOptions } from './loader';

export const loaderOptions: Pick<LoadOptions<unknown>, 'fetchImpl' | 'base'> = {};
