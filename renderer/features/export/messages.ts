import { defineMessages } from '../../i18n/define';

// French typography: U+00A0 before « : », U+202F before « ; ! ? » and inside « ».

/** UI strings of the export feature (keys prefixed `export.`). */
export const messages = defineMessages({
  fr: {
    'export.button': 'Exporter',
    'export.busy': 'Export en cours…',
    'export.menu': 'Formats d’export',
    'export.txt': 'Texte (.txt)',
    'export.md': 'Markdown (.md)',
    'export.txtHint': 'Texte brut, informations en tête',
    'export.mdHint': 'Avec un en-tête de métadonnées',
    'export.savedTo': 'Enregistré dans {path}',
    'export.downloaded': '«\u202F{name}\u202F» téléchargé.',
    'export.notSaved': 'Export annulé\u00A0: vos modifications en cours n’ont pas pu être enregistrées.',
  },
  en: {
    'export.button': 'Export',
    'export.busy': 'Exporting…',
    'export.menu': 'Export formats',
    'export.txt': 'Text (.txt)',
    'export.md': 'Markdown (.md)',
    'export.txtHint': 'Plain text, details first',
    'export.mdHint': 'With a metadata header',
    'export.savedTo': 'Saved to {path}',
    'export.downloaded': '“{name}” downloaded.',
    'export.notSaved': 'Export cancelled: your current changes could not be saved.',
  },
  es: {
    'export.button': 'Exportar',
    'export.busy': 'Exportando…',
    'export.menu': 'Formatos de exportación',
    'export.txt': 'Texto (.txt)',
    'export.md': 'Markdown (.md)',
    'export.txtHint': 'Texto sin formato, datos al principio',
    'export.mdHint': 'Con un encabezado de metadatos',
    'export.savedTo': 'Guardado en {path}',
    'export.downloaded': '«{name}» descargado.',
    'export.notSaved': 'Exportación cancelada: no se pudieron guardar sus cambios en curso.',
  },
});
