import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestTypography, type TypoContext } from '../../../../shared/pipeline/typography';
import { EN_RULES } from '../../../../shared/pipeline/typography/rules/en';

const NN = '\u202F';
const NB = '\u00A0';
const ctx = (profile?: string): TypoContext => (profile === undefined ? { lang: 'en' } : { lang: 'en', profile });

/** Applying every suggestion gives `expected`, which is a fixed point; a change is the rule's. */
function check(ruleId: string, input: string, expected: string, profile?: string): void {
  const s = suggestTypography(input, ctx(profile));
  expect(applySuggestions(input, s)).toBe(expected);
  expect(suggestTypography(expected, ctx(profile))).toEqual([]);
  if (input !== expected) expect(s.map((x) => x.ruleId)).toContain(ruleId);
}

describe('English rules (Chicago)', () => {
  it.each([
    ['en-guillemets', 'He said « Partir ».', 'He said “Partir”.'],
    ['en-guillemets', `«${NN}Partir${NN}»`, '“Partir”'],
    ['en-guillemets', 'the « “best” plan » was', 'the “‘best’ plan” was'],
    ['en-guillemets', '“Partir”', '“Partir”'],
    ['en-quotes', 'She said "we are ready."', 'She said “we are ready.”'],
    ['en-quotes', '"Families have sold what they had," said Grace.', '“Families have sold what they had,” said Grace.'],
    ['en-quotes', '“ Hello ” she said', '“Hello” she said'],
    ['en-quotes', 'she said " Hello " twice', 'she said “Hello” twice'],
    ['en-quotes', 'He said "we are ready.', 'He said "we are ready.'],
    ['en-quotes', 'a 24" screen', 'a 24" screen'],
    ['en-quotes', 'Type `echo "hi"` now', 'Type `echo "hi"` now'],
    ['en-quotes', 'see <a href="https://example.org">the site</a>', 'see <a href="https://example.org">the site</a>'],
    ['en-apostrophe', "The '80s", 'The ’80s'],
    ['en-apostrophe', "the partners' view", 'the partners’ view'],
    ['en-apostrophe', "We don't know; IOM's teams", 'We don’t know; IOM’s teams'],
    ['en-apostrophe', "rock 'n' roll", 'rock ’n’ roll'],
    ['en-apostrophe', 'the ‘80s', 'the ’80s'],
    ['en-apostrophe', "in the 1980's", 'in the 1980’s'],
    ['en-apostrophe', "he is 5'11 tall", "he is 5'11 tall"],
    ['en-apostrophe', 'write to o’brien@example.org', 'write to o’brien@example.org'],
    ['en-single-quotes', "“They call it 'home,' she said.”", '“They call it ‘home,’ she said.”'],
    ['en-single-quotes', "'Hello,' she said", '‘Hello,’ she said'],
    ['en-single-quotes', "“the 'partners' view”", '“the ‘partners’ view”'],
    ['en-ellipsis', 'and so on...', 'and so on…'],
    ['en-ellipsis', 'food, water, etc...', 'food, water, etc.'],
    ['en-ellipsis', 'see https://example.org/a...b', 'see https://example.org/a...b'],
    ['en-em-dash', 'the camp--now home to 3,000 people', 'the camp—now home to 3,000 people'],
    ['en-em-dash', 'the camp---now home', 'the camp—now home'],
    ['en-em-dash', 'run it with <!-- a comment -->', 'run it with <!-- a comment -->'],
    ['en-em-dash-spacing', 'the camp — now home', 'the camp—now home'],
    ['en-em-dash-spacing', 'the camp—now home', 'the camp—now home'],
    ['en-em-dash-spacing', 'GENEVA, 4 June 2024 — The International Organization', 'GENEVA, 4 June 2024 — The International Organization'],
    ['en-em-dash-spacing', 'BANJUL, The Gambia — Thirty-two prosecutors', 'BANJUL, The Gambia — Thirty-two prosecutors'],
    ['en-hyphen-as-dash', 'the camp - now home', 'the camp—now home'],
    ['en-hyphen-as-dash', 'NAIROBI, Kenya, 30 January 2024 - IOM helps migrants.', 'NAIROBI, Kenya, 30 January 2024 – IOM helps migrants.'],
    ['en-hyphen-as-dash', 'PRESS RELEASE - IOM helps', 'PRESS RELEASE – IOM helps'],
    ['en-hyphen-as-dash', 'GENEVA - The International Organization', 'GENEVA – The International Organization'],
    ['en-hyphen-as-dash', 'BANJUL, The Gambia -- Thirty-two prosecutors', 'BANJUL, The Gambia – Thirty-two prosecutors'],
    ['en-hyphen-as-dash', 'IOM - the UN Migration Agency - said', 'IOM—the UN Migration Agency—said'],
    ['en-hyphen-as-dash', 'GENEVA, 4 June 2024 – IOM', 'GENEVA, 4 June 2024 – IOM'],
    ['en-range', 'from 2019-2023', 'from 2019–2023'],
    ['en-range', 'on 4-6 May', 'on 4–6 May'],
    ['en-range', 'pages 10-12', 'pages 10–12'],
    ['en-range', 'aged 18 - 25', 'aged 18–25'],
    ['en-range', 'a 10-15% rise', 'a 10–15% rise'],
    ['en-range', 'on 2024-03-04', 'on 2024-03-04'],
    ['en-range', 'COVID-19 and H1N1-2009', 'COVID-19 and H1N1-2009'],
    ['en-range', 'call 555-0123 or 1-800-555-0100', 'call 555-0123 or 1-800-555-0100'],
    ['en-range', 'Law No. 12-345', 'Law No. 12-345'],
    ['en-range', 'a 4-3-3 formation, a 3-year-old', 'a 4-3-3 formation, a 3-year-old'],
    ['en-no-space-before-punct', 'Are you ready ?', 'Are you ready?'],
    ['en-no-space-before-punct', `Objective${NB}: 2030`, 'Objective: 2030'],
    ['en-no-space-before-punct', `Really${NN}! Now${NN};`, 'Really! Now;'],
    ['en-no-space-before-punct', 'a 45 % increase', 'a 45% increase'],
    ['en-no-space-before-punct', 'at 09:45 and 3:1', 'at 09:45 and 3:1'],
    ['en-space-after-punct', 'Why now?Because', 'Why now? Because'],
    ['en-space-after-punct', 'Note:this matters', 'Note: this matters'],
    ['en-space-after-punct', 'mailto:info@example.org at 10:30', 'mailto:info@example.org at 10:30'],
    ['en-thousands', 'at least 7500 people', 'at least 7,500 people'],
    ['en-thousands', '120000 km', '120,000 km'],
    ['en-thousands', 'some 1500 migrants', 'some 1,500 migrants'],
    ['en-thousands', 'the 1500 migrants stranded', 'the 1,500 migrants stranded'],
    ['en-thousands', 'USD 2500 and $2500', 'USD 2,500 and $2,500'],
    ['en-thousands', `some 120${NN}000 migrants`, 'some 120,000 migrants'],
    ['en-thousands', 'some 120 000 migrants', 'some 120,000 migrants'],
    ['en-thousands', 'a total of 1234.56 dollars', 'a total of 1,234.56 dollars'],
    ['en-thousands', 'In 2024 and since 1998, the 2024 report', 'In 2024 and since 1998, the 2024 report'],
    ['en-thousands', 'page 1234, Room 1204, Flight 4521', 'page 1234, Room 1204, Flight 4521'],
    ['en-thousands', 'ISO 9001, NY 10017, Resolution 2417', 'ISO 9001, NY 10017, Resolution 2417'],
    ['en-thousands', '75006 Paris, France', '75006 Paris, France'],
    ['en-thousands', 'pi is 3.14159, version 10.15.7', 'pi is 3.14159, version 10.15.7'],
    ['en-thousands', 'COVID19, A320, code 0123456', 'COVID19, A320, code 0123456'],
    ['en-thousands', 'call +41 22 555 01 23 or 954 555 012', 'call +41 22 555 01 23 or 954 555 012'],
    ['en-thousands', 'already 7,500 and 1,200,000', 'already 7,500 and 1,200,000'],
  ])('%s: %j', (ruleId, input, expected) => check(ruleId, input, expected));

  it.each([
    ['en-em-dash', 'the camp--now home', 'the camp — now home'],
    ['en-hyphen-as-dash', 'the camp - now home', 'the camp — now home'],
    ['en-hyphen-as-dash', 'DAKAR, Senegal - IOM helps', 'DAKAR, Senegal – IOM helps'],
    ['en-em-dash-spacing', 'the camp—now home', 'the camp — now home'],
    ['en-em-dash-spacing', 'the camp — now home', 'the camp — now home'],
  ])('AP %s: %j', (ruleId, input, expected) => check(ruleId, input, expected, 'en-AP'));

  it.each(EN_RULES.flatMap((r) => (r.examples ?? []).map(([i, o]) => [r.id, i, o] as const)))('example of %s: %j', (ruleId, input, expected) =>
    check(ruleId, input, expected),
  );

  it('every rule is data: English id, norm, messages in three languages', () => {
    for (const r of EN_RULES) {
      expect(r.id).toMatch(/^en-[a-z-]+$/);
      expect(r.langs).toEqual(['en']);
      for (const ui of ['fr', 'en', 'es'] as const) expect(r.message[ui].length).toBeGreaterThan(5);
    }
  });
});

describe('English datelines', () => {
  it('ends a dateline block with a spaced en dash', () => {
    const s = suggestTypography('GENEVA, 4 June 2024 -', { lang: 'en', block: 'dateline' });
    expect(applySuggestions('GENEVA, 4 June 2024 -', s)).toBe('GENEVA, 4 June 2024 –');
    expect(s.map((x) => x.ruleId)).toEqual(['en-hyphen-as-dash']);
  });

  it('explains the English dash in its own words, not the French rule’s', () => {
    const [s] = suggestTypography('PRESS RELEASE - IOM helps', { lang: 'en', ui: 'en' });
    expect(s?.ruleId).toBe('en-hyphen-as-dash');
    expect(s?.message).toMatch(/dateline/u);
  });
});

describe('TYPOGRAPHY.md, English section', () => {
  it.each([
    ['She said "the ‘home’ is gone"', 'She said “the ‘home’ is gone”'],
    ["the '80s and the partners' view", 'the ’80s and the partners’ view'],
    [`Why${NN}? Now , later ; done${NB}: 45 %`, 'Why? Now, later; done: 45%'],
    ['the camp -- now home to', 'the camp—now home to'],
    ['the camp - now home to', 'the camp—now home to'],
    ['2019-2023 and 4-6 May', '2019–2023 and 4–6 May'],
    ['on 2024-03-04, call 555-0123, COVID-19', 'on 2024-03-04, call 555-0123, COVID-19'],
    ['7500 people', '7,500 people'],
    ['« Partir »', '“Partir”'],
  ])('%j', (input, expected) => {
    const s = suggestTypography(input, ctx());
    expect(applySuggestions(input, s)).toBe(expected);
    expect(suggestTypography(expected, ctx())).toEqual([]);
  });
});

describe('English copy from the held-out import set', () => {
  const dir = 'tests/fixtures/heldout';
  const blocks = readdirSync(dir)
    .filter((f) => f.includes('-en-') && f.endsWith('.expected.json'))
    .flatMap((f) => {
      const e = (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { expected: { title?: string; paragraphs?: string[] } }).expected;
      return [e.title ?? '', ...(e.paragraphs ?? [])].filter((b) => b !== '');
    });
  it('is a fixed point once corrected', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks) {
      const out = applySuggestions(b, suggestTypography(b, ctx()));
      expect(suggestTypography(out, ctx()), out).toEqual([]);
    }
  });
});
