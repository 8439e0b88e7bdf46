// Worker threads start without the TypeScript loader the build runs under (tsx, or vitest's own);
// register tsx here, then load the worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
