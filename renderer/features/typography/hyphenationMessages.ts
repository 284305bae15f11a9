import { defineMessages } from '../../i18n/define';

// French typography: U+00A0 before « : », U+202F before « ; ! ? » and inside « ».

/** Strings of the hyphenation preview (keys `hyphenation.…`). */
export const hyphenationMessages = defineMessages({
  fr: {
    'hyphenation.title': 'Aperçu de la césure',
    'hyphenation.width': 'Largeur de colonne, en signes',
    'hyphenation.widthOption': '{n} signes',
    'hyphenation.marks': 'Afficher les points de coupure',
    'hyphenation.hint': 'Colonne justifiée\u00A0: les mots ne sont coupés qu’aux points permis par les règles de la maison et votre liste d’exceptions.',
    'hyphenation.column': 'Corps du communiqué composé en colonne étroite',
    'hyphenation.words.one': '{n} mot sur {total} peut être coupé',
    'hyphenation.words.other': '{n} mots sur {total} peuvent être coupés',
    'hyphenation.breaks.one': '{n} point de coupure',
    'hyphenation.breaks.other': '{n} points de coupure',
    'hyphenation.empty': 'Le corps du communiqué est vide.',
    'hyphenation.close': 'Fermer',
  },
  en: {
    'hyphenation.title': 'Hyphenation preview',
    'hyphenation.width': 'Column width, in characters',
    'hyphenation.widthOption': '{n} characters',
    'hyphenation.marks': 'Show break points',
    'hyphenation.hint': 'Justified column: words break only where the house rules and your exception list allow.',
    'hyphenation.column': 'Release body set in a narrow column',
    'hyphenation.words.one': '{n} of {total} words can break',
    'hyphenation.words.other': '{n} of {total} words can break',
    'hyphenation.breaks.one': '{n} break point',
    'hyphenation.breaks.other': '{n} break points',
    'hyphenation.empty': 'The release body is empty.',
    'hyphenation.close': 'Close',
  },
  es: {
    'hyphenation.title': 'Vista previa de la división de palabras',
    'hyphenation.width': 'Ancho de columna, en caracteres',
    'hyphenation.widthOption': '{n} caracteres',
    'hyphenation.marks': 'Mostrar los puntos de corte',
    'hyphenation.hint': 'Columna justificada: las palabras solo se dividen donde lo permiten las reglas de la casa y su lista de excepciones.',
    'hyphenation.column': 'Cuerpo del comunicado compuesto en una columna estrecha',
    'hyphenation.words.one': '{n} palabra de {total} puede dividirse',
    'hyphenation.words.other': '{n} palabras de {total} pueden dividirse',
    'hyphenation.breaks.one': '{n} punto de corte',
    'hyphenation.breaks.other': '{n} puntos de corte',
    'hyphenation.empty': 'El cuerpo del comunicado está vacío.',
    'hyphenation.close': 'Cerrar',
  },
});

export type HyphenationMessageKey = keyof (typeof hyphenationMessages)['fr'];
