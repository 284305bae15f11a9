// Words of the native menus and dialogs, one table per language. The `satisfies` clause makes a
// missing key a compile error; tests/electron/main/menu.test.ts checks that none is empty.
import type { Language } from '../../shared/domain/ids';

const en = {
  appMenu: 'Galley',
  about: 'About Galley',
  settings: 'Settings…',
  services: 'Services',
  hide: 'Hide Galley',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  quit: 'Quit Galley',

  file: 'File',
  import: 'Import…',
  pasteNew: 'New from Pasted Text…',
  save: 'Save',
  exportText: 'Export as Plain Text…',
  exportMarkdown: 'Export as Markdown…',
  viewOriginal: 'View Original',

  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',
  replace: 'Replace…',
  searchLibrary: 'Search the Library',

  view: 'View',
  library: 'Library',
  themes: 'Themes',
  trash: 'Trash',
  history: 'Version History',
  toggleDark: 'Toggle Dark Mode',
  reload: 'Reload',
  forceReload: 'Force Reload',
  devTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullscreen: 'Toggle Full Screen',

  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close Window',
  front: 'Bring All to Front',

  help: 'Help',

  importDialogTitle: 'Import Press Releases',
  importFilter: 'Press releases (text, Markdown, HTML, Word, e-mail)',
  allFiles: 'All Files',
  exportDialogTitle: 'Export',
  startupError: 'Galley could not open its library',
};

export type MenuStringKey = keyof typeof en;

export const MENU_STRINGS = {
  en,
  fr: {
    appMenu: 'Galley',
    about: 'À propos de Galley',
    settings: 'Réglages…',
    services: 'Services',
    hide: 'Masquer Galley',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    quit: 'Quitter Galley',

    file: 'Fichier',
    import: 'Importer…',
    pasteNew: 'Nouveau à partir d’un texte collé…',
    save: 'Enregistrer',
    exportText: 'Exporter en texte brut…',
    exportMarkdown: 'Exporter en Markdown…',
    viewOriginal: 'Voir l’original',

    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    find: 'Rechercher…',
    replace: 'Remplacer…',
    searchLibrary: 'Rechercher dans la bibliothèque',

    view: 'Affichage',
    library: 'Bibliothèque',
    themes: 'Thèmes',
    trash: 'Corbeille',
    history: 'Historique des versions',
    toggleDark: 'Activer ou désactiver le mode sombre',
    reload: 'Recharger',
    forceReload: 'Forcer le rechargement',
    devTools: 'Outils de développement',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullscreen: 'Plein écran',

    window: 'Fenêtre',
    minimize: 'Réduire',
    zoom: 'Agrandir',
    close: 'Fermer la fenêtre',
    front: 'Tout ramener au premier plan',

    help: 'Aide',

    importDialogTitle: 'Importer des communiqués',
    importFilter: 'Communiqués (texte, Markdown, HTML, Word, e-mail)',
    allFiles: 'Tous les fichiers',
    exportDialogTitle: 'Exporter',
    startupError: 'Galley n’a pas pu ouvrir sa bibliothèque',
  },
  es: {
    appMenu: 'Galley',
    about: 'Acerca de Galley',
    settings: 'Ajustes…',
    services: 'Servicios',
    hide: 'Ocultar Galley',
    hideOthers: 'Ocultar otros',
    unhide: 'Mostrar todo',
    quit: 'Salir de Galley',

    file: 'Archivo',
    import: 'Importar…',
    pasteNew: 'Nuevo a partir de texto pegado…',
    save: 'Guardar',
    exportText: 'Exportar como texto sin formato…',
    exportMarkdown: 'Exportar como Markdown…',
    viewOriginal: 'Ver el original',

    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    find: 'Buscar…',
    replace: 'Reemplazar…',
    searchLibrary: 'Buscar en la biblioteca',

    view: 'Ver',
    library: 'Biblioteca',
    themes: 'Temas',
    trash: 'Papelera',
    history: 'Historial de versiones',
    toggleDark: 'Activar o desactivar el modo oscuro',
    reload: 'Recargar',
    forceReload: 'Forzar recarga',
    devTools: 'Herramientas para desarrolladores',
    resetZoom: 'Tamaño real',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    fullscreen: 'Pantalla completa',

    window: 'Ventana',
    minimize: 'Minimizar',
    zoom: 'Zoom',
    close: 'Cerrar ventana',
    front: 'Traer todo al frente',

    help: 'Ayuda',

    importDialogTitle: 'Importar comunicados',
    importFilter: 'Comunicados (texto, Markdown, HTML, Word, correo electrónico)',
    allFiles: 'Todos los archivos',
    exportDialogTitle: 'Exportar',
    startupError: 'Galley no ha podido abrir su biblioteca',
  },
} as const satisfies Record<Language, Record<MenuStringKey, string>>;

export type MenuStrings = Record<MenuStringKey, string>;

/** The table of `lang`. */
export function menuStrings(lang: Language): MenuStrings {
  return MENU_STRINGS[lang];
}
