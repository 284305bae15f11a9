// Cue vocabularies of web pages and documents, per language, as data. Phrases are written as a
// press office writes them; they are folded (lower case, no accents, plain apostrophes) when
// loaded. A cue list is matched against a WHOLE line (or a line prefix where a rule says so),
// never against a word inside a sentence: a body sentence that mentions Facebook stays.
import type { Language } from '../../domain';

export type Cues = Readonly<Record<Language, readonly string[]>>;

/** Accessibility links and menu toggles at the top of a page. */
export const SKIP_LINKS: Cues = {
  fr: ['aller au contenu', 'aller au contenu principal', 'passer au contenu', 'passer au contenu principal', 'aller à la navigation', 'ignorer la navigation', 'sauter la navigation', 'accéder au contenu', 'menu', 'menu principal', 'ouvrir le menu', 'fermer le menu', 'fermer', 'retour en haut', 'haut de page', 'rechercher', 'recherche', 'navigation'],
  en: ['skip to content', 'skip to main content', 'skip navigation', 'skip to navigation', 'jump to content', 'jump to navigation', 'menu', 'main menu', 'open menu', 'close menu', 'toggle navigation', 'close', 'back to top', 'search', 'navigation'],
  es: ['saltar al contenido', 'saltar al contenido principal', 'ir al contenido', 'ir al contenido principal', 'saltar la navegación', 'omitir navegación', 'menú', 'menú principal', 'abrir menú', 'cerrar menú', 'cerrar', 'volver arriba', 'ir arriba', 'buscar', 'búsqueda', 'navegación'],
};

/** Site menu entries: a whole line equal to one of these, in the page's navigation zone, is menu. */
export const NAV_ENTRIES: Cues = {
  fr: ['accueil', 'à propos', 'qui sommes-nous', 'qui sommes nous', 'notre travail', 'nos activités', 'nos projets', 'nos programmes', 'nos priorités', 'programmes', 'projets', 'actualités', 'actualité', 'nouvelles', 'médias', 'salle de presse', 'espace presse', 'espace médias', 'presse', 'communiqués', 'communiqués de presse', 'publications', 'ressources', 'documents', 'données', 'événements', 'agenda', 'carrières', 'emplois', 'recrutement', 'nous rejoindre', 'travailler avec nous', 'faire un don', 'donner', 'nous soutenir', 'contactez-nous', 'nous contacter', "s'abonner", 'newsletter', 'vidéos', 'photothèque', 'multimédia', 'reportages', 'partenaires', 'partenariats', 'où nous travaillons', 'thèmes', 'thématiques', 'rubriques', 'dossiers', 'blog', 'faq', 'la mission', 'notre mission', 'structure', 'gouvernance', 'engagez-vous', 'agir', 'ce que nous faisons', 'le portail', 'espace membres', 'événements à venir'],
  en: ['home', 'about', 'about us', 'who we are', 'what we do', 'our work', 'where we work', 'news', 'newsroom', 'media', 'media centre', 'media center', 'press', 'press room', 'stories', 'publications', 'resources', 'data', 'research', 'events', 'careers', 'jobs', 'get involved', 'donate', 'support us', 'contact us', 'subscribe', 'videos', 'photos', 'multimedia', 'partners', 'partnerships', 'countries', 'regions', 'topics', 'blog', 'faq', 'our mission', 'governance', 'structure', 'take action', 'member states', 'programmes', 'programs', 'projects'],
  es: ['inicio', 'nosotros', 'quiénes somos', 'qué hacemos', 'nuestro trabajo', 'dónde estamos', 'dónde trabajamos', 'noticias', 'sala de prensa', 'prensa', 'comunicados', 'comunicados de prensa', 'publicaciones', 'recursos', 'datos', 'eventos', 'empleo', 'empleos', 'oportunidades', 'trabaja con nosotros', 'dona', 'donar', 'contáctanos', 'contáctenos', 'suscríbete', 'vídeos', 'fotos', 'multimedia', 'socios', 'alianzas', 'países', 'regiones', 'temas', 'preguntas frecuentes', 'nuestra misión', 'programas', 'proyectos', 'transparencia'],
};

/** The label of a language switcher (`Langue`, `Language`, `Idioma`), alone on its line. */
export const LANGUAGE_LABELS: readonly string[] = ['langue', 'langues', 'language', 'languages', 'idioma', 'idiomas', 'choisir la langue', 'select language', 'seleccionar idioma'];
/** Names of languages as a language switcher prints them. */
export const LANGUAGE_NAMES: readonly string[] = ['fr', 'en', 'es', 'ar', 'pt', 'de', 'ru', 'zh', 'it', 'français', 'english', 'español', 'العربية', 'português', 'deutsch', 'русский', '中文', 'italiano'];

/** Words that make a line about cookies a consent banner (not a sentence about biscuits). */
export const COOKIE_WORDS: readonly string[] = ['cookie', 'cookies', 'témoins de connexion', 'traceurs'];
export const CONSENT_WORDS: readonly string[] = ['accept', 'acept', 'consent', 'navigat', 'naveg', 'browsing', 'website', 'site web', 'sitio web', 'ce site', 'this site', 'este sitio', 'nous utilisons', 'utilise des', 'we use', 'usamos', 'utilizamos', 'utiliza cookies', 'utiliza galletas', 'settings', 'paramètres', 'paramétrer', 'configuración', 'configurar', 'preferences', 'préférences', 'preferencias', 'privacy', 'vie privée', 'privacidad', 'politique de', 'policy', 'política de', 'audience', 'analytics', 'analíticos'];
export const COOKIE_BUTTONS: Cues = {
  fr: ['tout accepter', 'tout refuser', 'accepter', 'refuser', 'accepter et fermer', 'continuer sans accepter', 'personnaliser', 'paramétrer', 'paramètres', 'gérer les cookies', 'paramétrer les cookies', 'gérer mes choix', "j'accepte", 'ok', "d'accord", 'en savoir plus', "j'ai compris", 'tout autoriser', 'enregistrer mes choix'],
  en: ['accept', 'accept all', 'accept cookies', 'accept all cookies', 'reject', 'reject all', 'decline', 'deny', 'manage cookies', 'manage preferences', 'cookie settings', 'cookies settings', 'settings', 'preferences', 'customize', 'customise', 'learn more', 'more info', 'more information', 'got it', 'allow all', 'allow', 'i agree', 'agree', 'ok', 'save preferences'],
  es: ['aceptar', 'aceptar todo', 'aceptar todas', 'aceptar cookies', 'rechazar', 'rechazar todo', 'rechazar todas', 'configurar', 'configuración', 'configurar cookies', 'personalizar', 'más información', 'ver más', 'entendido', 'de acuerdo', 'acepto', 'permitir todas', 'guardar preferencias'],
};

/** The first crumb of a breadcrumb trail. */
export const BREADCRUMB_HOME: readonly string[] = ['accueil', "page d'accueil", 'home', 'homepage', 'inicio', 'portada', 'página de inicio', 'start'];

/** A share bar's label. */
export const SHARE_LABELS: Cues = {
  fr: ['partager', 'partagez', 'partager sur', 'partager cet article', 'partager cette page', 'partagez cet article', 'partager ce communiqué', 'suivez-nous', 'nous suivre'],
  en: ['share', 'share this', 'share on', 'share this article', 'share this page', 'share this story', 'follow us'],
  es: ['compartir', 'compartir en', 'comparte', 'compartir esta noticia', 'compartir este artículo', 'comparte esta noticia', 'síguenos'],
};
/** What a share bar lists: networks and share actions. */
export const SHARE_ITEMS: readonly string[] = ['facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'instagram', 'youtube', 'flickr', 'tiktok', 'bluesky', 'threads', 'mastodon', 'reddit', 'pinterest', 'messenger', 'sms', 'email', 'e-mail', 'mail', 'courriel', 'correo', 'correo electrónico', 'imprimer', 'print', 'imprimir', 'pdf', 'copier le lien', 'copy link', 'copiar enlace', 'copiar el enlace', 'copier', 'copy', 'lien', 'link', 'enlace', 'rss'];

/** Print, PDF and send-to-a-friend links (whole line). */
export const PRINT_LINKS: Cues = {
  fr: ['télécharger la photo', 'télécharger les photos', 'imprimer', 'imprimer cette page', "imprimer l'article", 'version imprimable', 'version pdf', 'télécharger', 'télécharger en pdf', 'télécharger le pdf', 'télécharger le communiqué', 'envoyer à un ami', 'envoyer par courriel', 'envoyer par e-mail', 'envoyer par email', 'envoyer'],
  en: ['download photo', 'download photos', 'download image', 'print', 'print this page', 'print this article', 'printer-friendly version', 'download', 'download pdf', 'download as pdf', 'download the press release', 'email this', 'email this page', 'send to a friend', 'send by email'],
  es: ['descargar foto', 'descargar fotos', 'imprimir', 'imprimir esta página', 'versión para imprimir', 'descargar', 'descargar pdf', 'descargar en pdf', 'descargar el comunicado', 'enviar a un amigo', 'enviar por correo', 'enviar por correo electrónico'],
};

/** Reading-time labels (followed by a number of minutes). */
export const READING_TIME: readonly string[] = ['temps de lecture', 'durée de lecture', 'lecture', 'reading time', 'read time', 'time to read', 'estimated reading time', 'tiempo de lectura', 'tiempo estimado de lectura', 'lectura'];

/** Section and document labels printed as a line of their own. */
export const SITE_LABELS: Cues = {
  fr: ['communiqué de presse', 'communiqué', 'communiqués de presse', 'communiqué conjoint', "note d'information", 'note aux médias', 'avis aux médias', 'déclaration à la presse', 'dossier de presse', 'point de presse', 'pour diffusion immédiate', 'pour publication immédiate', 'diffusion immédiate', 'publication immédiate', 'à diffuser immédiatement', 'pour diffusion', 'information presse'],
  en: ['press release', 'news release', 'media release', 'joint press release', 'press statement', 'media advisory', 'briefing note', 'press briefing', 'for immediate release', 'immediate release', 'for release', 'press note'],
  es: ['comunicado de prensa', 'comunicado', 'comunicado conjunto', 'nota de prensa', 'boletín de prensa', 'aviso a los medios', 'nota informativa', 'para difusión inmediata', 'para publicación inmediata', 'difusión inmediata', 'publicación inmediata', 'de difusión inmediata', 'para su difusión inmediata'],
};
/** Section names a site prints above its articles; a menu entry there (a subheading in the text). */
export const SECTION_LABELS: Cues = {
  fr: ['actualité', 'actualités', 'nouvelle', 'nouvelles', 'article', 'reportage', 'témoignage', 'déclaration', 'flash info', 'à la une'],
  en: ['news', 'news story', 'story', 'feature', 'statement', 'news update', 'top story', 'latest'],
  es: ['noticia', 'noticias', 'reportaje', 'declaración', 'historia', 'destacado', 'actualidad'],
};
/** Embargo lines start with one of these. */
export const EMBARGO: readonly string[] = ['embargo', 'embargoed', 'sous embargo', 'under embargo', 'strictly embargoed', 'bajo embargo', 'embargado', 'not for publication before', 'not for release before', 'ne pas publier avant', 'ne pas diffuser avant', 'no publicar antes', 'no difundir antes', 'hold for release'];

/** End marks once dashes, hashes and spaces are taken off (`– Fin –`, `-30-`, `ENDS`). */
export const END_WORDS: readonly string[] = ['fin', 'end', 'ends', 'fim', '30', 'fin du communique', 'end of release', 'end of press release', 'fin del comunicado', 'fin de la nota', 'fin del boletin', 'fin de communique'];

/** "About us" headings: followed by the organization's name. */
export const ABOUT_PREFIXES: readonly string[] = ['à propos de', 'à propos du', 'à propos des', "à propos d'", 'a propos de', 'au sujet de', 'about', 'acerca de', 'sobre'];

/** Notes to editors (heading or line prefix). */
export const EDITOR_NOTES: readonly string[] = ['note aux rédactions', 'notes aux rédactions', 'note à la rédaction', 'notes à la rédaction', 'note aux rédacteurs', 'note aux éditeurs', 'note pour les rédactions', "à l'attention des rédactions", 'note to editors', 'notes to editors', 'note for editors', 'notes for editors', "editor's note", "editors' note", 'editors note', 'nota para los editores', 'nota a los editores', 'notas para los editores', 'notas a los editores', 'nota para editores', 'nota del editor', 'nota de la redacción', 'nota a la redacción', 'nota para la redacción', 'notas para la redacción'];
