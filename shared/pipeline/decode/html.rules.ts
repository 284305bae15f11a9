// How HTML is flattened, as data: which elements are blocks, which are never text, which are
// page chrome, and the class/id cue words (fr/en/es) that name chrome and captions.

/** Never text: removed with everything inside (scripts are never executed, never kept). */
export const REMOVED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'link', 'meta', 'base',
]);

/** Elements that start and end a line (one line per block; a blank line between blocks). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'search', 'section', 'select', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export const HEADING_LEVELS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export const LIST_TAGS: Readonly<Record<string, 'bullet' | 'number'>> = { ul: 'bullet', menu: 'bullet', dir: 'bullet', ol: 'number' };

export const BOLD_TAGS: ReadonlySet<string> = new Set(['b', 'strong']);
export const ITALIC_TAGS: ReadonlySet<string> = new Set(['i', 'em']);

/** Page chrome wherever it is: navigation, side notes, forms and their controls, dialogs. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'form', 'dialog', 'button', 'select', 'menu', 'search', 'footer']);

/** ARIA landmark and widget roles that are page chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search', 'complementary', 'menu', 'menubar', 'toolbar',
]);

/** Roles and elements that hold the article. */
export const ARTICLE_ROLES: ReadonlySet<string> = new Set(['article']);
export const MAIN_ROLES: ReadonlySet<string> = new Set(['main']);

/**
 * A cue for a class name or id: `contains` matches anywhere in the lower-cased, accent-free class
 * name or id (distinctive words); `words` matches a whole word of it, split at `-`, `_` and case
 * changes (`words: ['nav*']` is a prefix: nav, navbar, navigation).
 */
export interface ClassCue {
  id: string;
  contains?: readonly string[];
  words?: readonly string[];
}

/** Class/id cue words of page chrome, fr/en/es and the usual consent and share widgets. */
export const CHROME_CLASS_CUES: readonly ClassCue[] = [
  {
    id: 'cookie-consent',
    contains: ['cookie', 'consent', 'gdpr', 'rgpd', 'tarteaucitron', 'onetrust', 'didomi', 'axeptio', 'cookiebot', 'cmplz', 'usercentrics', 'privacy-banner', 'avis-cookies', 'aviso-cookies'],
  },
  { id: 'breadcrumb', contains: ['breadcrumb', 'crumbs', 'ariane', 'migas', 'miga-de-pan', 'fil-d-ariane', 'chemin-de-fer'], words: ['miga', 'trail'] },
  {
    id: 'share',
    contains: ['addtoany', 'addthis', 'sharethis', 'sharing', 'social-share', 'socialshare', 'reseaux-sociaux', 'reseauxsociaux', 'redes-sociales', 'redessociales', 'compartir', 'partager', 'partage'],
    words: ['share', 'shares', 'sharebar', 'sharer', 'shareaholic', 'social', 'socials', 'socialmedia', 'a2a', 'sns'],
  },
  { id: 'navigation', contains: ['navbar', 'navigation', 'skip-link', 'skiplink', 'pagination', 'menu-principal', 'mainmenu', 'main-menu'], words: ['nav', 'navbar', 'navlist', 'navlinks', 'navmenu', 'subnav', 'topnav', 'mainnav', 'menu*', 'pager', 'toolbar', 'skip', 'offcanvas', 'hamburger'] },
  { id: 'header', contains: ['site-header', 'siteheader', 'masthead', 'top-bar', 'topbar', 'entete-site', 'cabecera'] },
  { id: 'footer', contains: ['footer', 'pied-de-page', 'piedepage', 'pie-de-pagina', 'piedepagina', 'colophon', 'bas-de-page'] },
  { id: 'sidebar', contains: ['sidebar', 'side-bar', 'barre-laterale', 'barra-lateral', 'widget'], words: ['aside', 'lateral', 'rail'] },
  {
    id: 'related',
    contains: ['related', 'connexe', 'relacionad', 'lire-aussi', 'voir-aussi', 'a-lire', 'see-also', 'read-more', 'readmore', 'more-news', 'autres-actualites', 'mas-noticias', 'otras-noticias', 'recommended', 'teaser'],
  },
  { id: 'newsletter', contains: ['newsletter', 'subscribe', 'subscription', 'infolettre', 'lettre-info', 'lettre-d-information', 'abonnement', 'abonnez', 'suscri', 'boletin'] },
  { id: 'language', contains: ['language-switch', 'lang-switch', 'langswitch', 'language-selector', 'languages', 'selecteur-langue', 'selector-idioma', 'idiomas', 'langues'], words: ['langue', 'idioma', 'i18n'] },
  { id: 'search', contains: ['recherche', 'buscador', 'busqueda'], words: ['search', 'searchbox', 'searchform', 'searchbar', 'buscar'] },
  { id: 'tags', contains: ['tag-list', 'taglist', 'taxonomy', 'etiquettes', 'etiquetas', 'mots-cles', 'palabras-clave', 'keywords'], words: ['tags', 'tag', 'topics', 'themes', 'temas'] },
  { id: 'print', words: ['print', 'printer', 'printable', 'imprimer', 'imprimir', 'pdf'] },
  { id: 'ads', contains: ['advert', 'sponsor', 'publicite', 'publicidad'], words: ['ad', 'ads', 'promo', 'banner-ad'] },
  { id: 'account', contains: ['login', 'signin', 'sign-in', 'connexion', 'iniciar-sesion'] },
  { id: 'comments', contains: ['comment', 'commentaire', 'comentario'] },
  { id: 'modal', contains: ['modal', 'popup', 'pop-up', 'lightbox'] },
];

/** aria-label phrases of chrome (lower-case, accent-free), fr/en/es. */
export const CHROME_LABEL_CUES: readonly string[] = [
  'breadcrumb', 'fil d\'ariane', 'fil d’ariane', 'vous etes ici', 'you are here', 'migas de pan', 'usted esta aqui', 'esta usted en',
  'share', 'partager', 'compartir', 'cookie', 'consent', 'menu', 'navigation', 'navegacion', 'pagination', 'paginacion',
  'social', 'reseaux sociaux', 'redes sociales', 'language', 'langue', 'idioma',
];

/** Class/id cue words of figure captions and photo credits, fr/en/es. */
export const CAPTION_CLASS_CUES: readonly ClassCue[] = [
  {
    id: 'caption',
    contains: ['caption', 'legende', 'legend', 'credit', 'copyright', 'pie-de-foto', 'piedefoto', 'pie-foto', 'epigrafe', 'photo-info', 'image-info', 'foto-info'],
  },
];

/** Class/id cue words of the article body (a candidate for the article when there is no <article>). */
export const CONTENT_CLASS_CUES: readonly ClassCue[] = [
  {
    id: 'article-body',
    contains: ['articlebody', 'article-body', 'article-content', 'article__body', 'post-content', 'entry-content', 'story-body', 'field--name-body', 'field-name-body', 'node__content', 'contenu-article', 'cuerpo-noticia', 'contenido-noticia', 'press-release-body'],
  },
];

/** Elements nested deeper than this lose their tags before parsing (their text stays): see html/depth.ts. */
export const MAX_DEPTH = 1000;

/** A block whose text is at least this long counts towards its container's density. */
export const DENSE_BLOCK_MIN_CHARS = 25;

/** Below this much dense text, no container is "the article" and only explicit chrome is marked. */
export const DENSE_ROOT_MIN_CHARS = 200;

/** An <article> is the content only if it holds at least this share of the page's (or <main>'s) text; else it is a teaser. */
export const ARTICLE_MIN_SHARE = 0.3;

/** A cue-word container holding this share of the article's text is the article, not chrome (class names lie). */
export const CUE_MAX_SHARE = 0.5;

/** Widening the article to include the headline may add at most this share of the article's text (plus 300 characters). */
export const HEADLINE_WIDEN_SHARE = 0.25;
