// Golden tests on the five source documents. The expected files in tests/golden/ were checked by
// hand against the sources, task by task. To regenerate after a reviewed change (never in CI):
//   UPDATE_GOLDEN=1 npx vitest run tests/pipeline/golden.test.ts   — then review the git diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../pipeline/document/build-document';
import { loadDocumentMeta } from '../../pipeline/meta';
import { loadCorrections } from '../../pipeline/text/load-corrections';
import { project } from './golden-projection';

const root = join(import.meta.dirname, '../..');
const update = process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true';

describe('golden: the five source documents', () => {
  for (const meta of loadDocumentMeta(join(root, 'data/documents.json'))) {
    it(meta.id, () => {
      const file = `data/raw/${meta.id}.txt`;
      const built = buildDocument(readFileSync(join(root, file)), meta, {
        file, corrections: loadCorrections(join(root, 'data/corrections'), meta.id),
      });
      const actual = project(built.doc);
      const goldenPath = join(root, 'tests/golden', `${meta.id}.json`);
      if (update) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 1)}\n`);
      expect(existsSync(goldenPath), `missing golden file ${goldenPath}`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});
