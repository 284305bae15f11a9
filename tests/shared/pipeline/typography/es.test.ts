import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestTypography, type TypoContext } from '../../../../shared/pipeline/typography';
import { ES_RULES } from '../../../../shared/pipeline/typography/rules/es';

const NN = '\u202F';
const NB = '\u00A0';
const ctx: TypoContext = { lang: 'es' };

/** Applying every suggestion gives `expected`, which is a fixed point; a change is the rule's. */
function check(ruleId: string, input: string, expected: string, extra: Partial<TypoContext> = {}): void {
  const c = { ...ctx, ...extra };
  const s = suggestTypography(input, c);
  expect(applySuggestions(input, s)).toBe(expected);
  expect(suggestTypography(expected, c)).toEqual([]);
  if (input !== expected) expect(s.map((x) => x.ruleId)).toContain(ruleId);
}

describe('Spanish rules (RAE)', () => {
  it.each([
    ['es-comillas', 'el programa "De vuelta a clases", que', 'el programa «De vuelta a clases», que'],
    ['es-comillas', '« Volver al aula »', '«Volver al aula»'],
    ['es-comillas', `«${NN}Volver al aula${NN}»`, '«Volver al aula»'],
    ['es-comillas', '«Lo llaman "hogar"»', '«Lo llaman “hogar”»'],
    ['es-comillas', '«Lo llaman «hogar»»', '«Lo llaman “hogar”»'],
    ['es-comillas', '“Hola" dijo', '“Hola” dijo'],
    ['es-comillas', 'el programa “De vuelta a clases”', 'el programa “De vuelta a clases”'],
    ['es-comillas', 'dijo "no sé', 'dijo "no sé'],
    ['es-comillas', 'ver <a href="https://example.org">aquí</a>', 'ver <a href="https://example.org">aquí</a>'],
    ['es-comillas-simples', "«Dijo “la palabra 'hogar' basta”»", '«Dijo “la palabra ‘hogar’ basta”»'],
    ['es-comillas-simples', "el señor O'Donnell", 'el señor O’Donnell'],
    ['es-apertura-interrogacion', 'Qué haremos ahora?', '¿Qué haremos ahora?'],
    ['es-apertura-interrogacion', 'Y si no, qué?', 'Y si no, ¿qué?'],
    ['es-apertura-interrogacion', 'Es así, no?', 'Es así, ¿no?'],
    ['es-apertura-interrogacion', 'Vienes mañana, verdad?', 'Vienes mañana, ¿verdad?'],
    ['es-apertura-interrogacion', 'Juan, vienes mañana?', 'Juan, ¿vienes mañana?'],
    ['es-apertura-interrogacion', 'Lo intentaron, pero cómo lo hicieron?', 'Lo intentaron, pero ¿cómo lo hicieron?'],
    ['es-apertura-interrogacion', 'Hubo avances. Cuándo llegará la ayuda?', 'Hubo avances. ¿Cuándo llegará la ayuda?'],
    ['es-apertura-interrogacion', 'Le pregunté: vienes con nosotros?', 'Le pregunté: ¿vienes con nosotros?'],
    ['es-apertura-interrogacion', '«Vienes?», preguntó.', '«¿Vienes?», preguntó.'],
    ['es-apertura-interrogacion', '¿Qué haremos? ¿Cuándo?', '¿Qué haremos? ¿Cuándo?'],
    ['es-apertura-interrogacion', '¡Qué dices?', '¡Qué dices?'],
    ['es-apertura-interrogacion', 'la cifra (?) es dudosa', 'la cifra (?) es dudosa'],
    ['es-apertura-interrogacion', 'ver https://example.org/buscar?q=1 hoy', 'ver https://example.org/buscar?q=1 hoy'],
    ['es-apertura-interrogacion', 'Asunto: =?iso-8859-1?Q?Comunicado?=', 'Asunto: =?iso-8859-1?Q?Comunicado?='],
    ['es-apertura-exclamacion', 'Qué alegría volver!', '¡Qué alegría volver!'],
    ['es-apertura-exclamacion', 'Y entonces, qué alegría!', 'Y entonces, ¡qué alegría!'],
    ['es-apertura-exclamacion', '¡Bravo!', '¡Bravo!'],
    ['es-raya', 'trabajadoras, - sobre todo mujeres - , que', 'trabajadoras —sobre todo mujeres—, que'],
    ['es-raya', 'trabajadoras -- sobre todo mujeres -- que', 'trabajadoras —sobre todo mujeres— que'],
    ['es-raya', 'trabajadoras – sobre todo mujeres – que', 'trabajadoras —sobre todo mujeres— que'],
    ['es-raya', 'trabajadoras — sobre todo mujeres — que', 'trabajadoras —sobre todo mujeres— que'],
    ['es-raya', 'llegaron miles - sobre todo mujeres - .', 'llegaron miles —sobre todo mujeres—.'],
    ['es-raya', 'trabajadoras —sobre todo mujeres—, que', 'trabajadoras —sobre todo mujeres—, que'],
    ['es-raya', 'en 2019-2023 y de 2019 - 2023', 'en 2019-2023 y de 2019 - 2023'],
    ['es-raya', 'MADRID - La OIM dijo - algo - ayer.', 'MADRID - La OIM dijo - algo - ayer.'],
    ['es-raya', '—Hola —dijo él—. Ya llegamos.', '—Hola —dijo él—. Ya llegamos.'],
    ['es-raya', 'la ruta Madrid - Barcelona', 'la ruta Madrid - Barcelona'],
    ['es-raya', 'CIUDAD DE GUATEMALA, 15 de abril de 2024.- La OIM', 'CIUDAD DE GUATEMALA, 15 de abril de 2024.- La OIM'],
    ['es-sin-espacio-signos', '¿ Qué haremos ?', '¿Qué haremos?'],
    ['es-sin-espacio-signos', '¡ Bravo !', '¡Bravo!'],
    ['es-sin-espacio-signos', 'Objetivo : 2030', 'Objetivo: 2030'],
    ['es-sin-espacio-signos', `Objetivo${NB}: 2030${NN};`, 'Objetivo: 2030;'],
    ['es-sin-espacio-signos', 'a las 09:45 y 3:1', 'a las 09:45 y 3:1'],
    ['es-espacio-tras-signos', '¿Vienes?Sí, claro.', '¿Vienes? Sí, claro.'],
    ['es-espacio-tras-signos', 'Nota:esto importa', 'Nota: esto importa'],
    ['es-puntos-suspensivos', 'Y luego...', 'Y luego…'],
    ['es-puntos-suspensivos', 'mantas, agua, etc...', 'mantas, agua, etc.'],
    ['es-porcentaje', 'el 87% de los participantes', `el 87${NB}% de los participantes`],
    ['es-porcentaje', 'el 45 % y el 3,5%', `el 45${NB}% y el 3,5${NB}%`],
    ['es-porcentaje', `el 45${NB}%`, `el 45${NB}%`],
    ['es-millares', 'más de 120000 personas', `más de 120${NN}000 personas`],
    ['es-millares', 'más de 120 000 personas', `más de 120${NN}000 personas`],
    ['es-millares', 'unos 1 200 000 euros', `unos 1${NN}200${NN}000 euros`],
    ['es-millares', `más de 120${NN}000 personas`, `más de 120${NN}000 personas`],
    ['es-millares', 'unas 2500 personas en 2024', 'unas 2500 personas en 2024'],
    ['es-millares', 'C.P. 28001 y expediente 12345', 'C.P. 28001 y expediente 12345'],
    ['es-millares', 'calle Mayor 5, 28001 Madrid, España', 'calle Mayor 5, 28001 Madrid, España'],
    ['es-millares', 'tel. 954 555 012 / 655 555 012', 'tel. 954 555 012 / 655 555 012'],
    ['es-millares', 'el número 3,14159 y el código 0012345', 'el número 3,14159 y el código 0012345'],
    ['es-millares-punto', 'más de 15.000 consultas', `más de 15${NN}000 consultas`],
    ['es-millares-punto', 'a 1.200 niñas', 'a 1200 niñas'],
    ['es-millares-punto', 'unos 1.200.000 euros', `unos 1${NN}200${NN}000 euros`],
    ['es-millares-punto', 'unos 1,200,000 pesos', `unos 1${NN}200${NN}000 pesos`],
    ['es-millares-punto', 'un 3,5 y 1,200 kg', 'un 3,5 y 1,200 kg'],
    ['es-millares-punto', 'la meta 16.2, la versión 2.1.3, el 12.03.2024', 'la meta 16.2, la versión 2.1.3, el 12.03.2024'],
    ['es-ordinales', 'el 1º de mayo', 'el 1.º de mayo'],
    ['es-ordinales', 'la 2ª edición y la 1.ª', 'la 2.ª edición y la 1.ª'],
    ['es-ordinales', 'el 3er informe, el 1er lugar', 'el 3.er informe, el 1.er lugar'],
    ['es-ordinales', 'el 2do piso, la 3ra vez', 'el 2.º piso, la 3.ª vez'],
    ['es-ordinales', 'el 1° de enero', 'el 1.º de enero'],
    ['es-ordinales', 'a 25 °C, el 1o y el 2er', 'a 25 °C, el 1o y el 2er'],
    ['es-abreviatura-numero', 'la resolución nº 45', 'la resolución n.º 45'],
    ['es-abreviatura-numero', 'Decreto N° 3', 'Decreto N.º 3'],
  ])('%s: %j', (ruleId, input, expected) => check(ruleId, input, expected));

  it('uses U+00A0 for thousands when the profile asks for the normal no-break space', () => {
    check('es-millares', 'más de 120000 personas', `más de 120${NB}000 personas`, { wideNbsp: true });
  });

  it('marks the guessed opening of a question as not safe', () => {
    expect(suggestTypography('Qué haremos ahora?', { ...ctx, safeOnly: true })).toEqual([]);
  });

  it.each(ES_RULES.flatMap((r) => (r.examples ?? []).map(([i, o]) => [r.id, i, o] as const)))('example of %s: %j', (ruleId, input, expected) =>
    check(ruleId, input, expected),
  );

  it('every rule is data: Spanish id, RAE, messages in three languages', () => {
    for (const r of ES_RULES) {
      expect(r.id).toMatch(/^es-[a-z-]+$/);
      expect(r.langs).toEqual(['es']);
      expect(r.norm).toBe('RAE');
      for (const ui of ['fr', 'en', 'es'] as const) expect(r.message[ui].length).toBeGreaterThan(5);
    }
  });
});

describe('TYPOGRAPHY.md, Spanish section', () => {
  it.each([
    ['Y si no, qué?', 'Y si no, ¿qué?'],
    ['¿ Vienes ? ¡ Sí !', '¿Vienes? ¡Sí!'],
    ['dijo " Volver " y luego "De vuelta"', 'dijo «Volver» y luego «De vuelta»'],
    ['«Dijo "la palabra \'hogar\' basta"»', '«Dijo “la palabra ‘hogar’ basta”»'],
    ['el programa “De vuelta a clases”', 'el programa “De vuelta a clases”'],
    ['el 45 %', `el 45${NB}%`],
    ['120000 personas y 2500 familias', `120${NN}000 personas y 2500 familias`],
    ['1º, 2ª, 3er', '1.º, 2.ª, 3.er'],
    ['trabajadoras, - sobre todo mujeres - , que', 'trabajadoras —sobre todo mujeres—, que'],
    ['de 2019-2023', 'de 2019-2023'],
    ['Objetivo : 2030', 'Objetivo: 2030'],
  ])('%j', (input, expected) => {
    const s = suggestTypography(input, ctx);
    expect(applySuggestions(input, s)).toBe(expected);
    expect(suggestTypography(expected, ctx)).toEqual([]);
  });
});

describe('Spanish copy from the held-out import set', () => {
  const dir = 'tests/fixtures/heldout';
  const blocks = readdirSync(dir)
    .filter((f) => f.includes('-es-') && f.endsWith('.expected.json'))
    .flatMap((f) => {
      const e = (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { expected: { title?: string; paragraphs?: string[] } }).expected;
      return [e.title ?? '', ...(e.paragraphs ?? [])].filter((b) => b !== '');
    });
  it('is a fixed point once corrected, and years are never grouped', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks) {
      const out = applySuggestions(b, suggestTypography(b, ctx));
      expect(suggestTypography(out, ctx), out).toEqual([]);
      for (const y of b.match(/\b(?:19|20)\d\d\b/g) ?? []) expect(out).toContain(y);
    }
  });
});
