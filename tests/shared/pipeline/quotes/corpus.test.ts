// The quote stage alone on every corpus case: the expected body paragraphs through
// extractQuotes must give the expected quotes and speakers (the golden tests run the same cases
// through the whole pipeline).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../shared/pipeline/split/quotes';

const DIR = path.resolve(__dirname, '../../../fixtures/corpus');
const ids = fs.readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length)).sort();

describe.each(ids)('corpus %s', (id) => {
  it('quotes', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(DIR, `${id}.expected.json`), 'utf8'));
    expect(extractQuotes(gold.expected.paragraphs, { lang: gold.lang })).toEqual(gold.expected.quotes);
  });
});
