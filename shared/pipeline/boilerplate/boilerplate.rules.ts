// The boilerplate stage's rules as data: a stable id, how sure the rule is, whether it marks the
// end of the article (once the body has begun, what follows is tail), and a one-line explanation
// in fr/en/es for the review screen. The matchers live in line.rules.ts (one line at a time),
// blocks.ts (a line and what follows it), email.ts and zones.ts (structure); tests are tables
// keyed by these ids.
import type { Language } from '../../domain';

export interface BoilerplateRule {
  confidence: number;
  /** A sign that the release is over (end mark, about blurb, footer…). */
  endsBody: boolean;
  /** A structural guess rather than a cue: the split may take the line back (a headline in a menu). */
  soft: boolean;
  explain: Readonly<Record<Language, string>>;
}

const rule = (confidence: number, explain: [string, string, string], opts: { endsBody?: boolean; soft?: boolean } = {}): BoilerplateRule => ({
  confidence,
  endsBody: opts.endsBody ?? false,
  soft: opts.soft ?? false,
  explain: { fr: explain[0], en: explain[1], es: explain[2] },
});

export const BOILERPLATE_RULES = {
  user: rule(1, ['Choix de l’utilisateur', 'User’s choice', 'Elección del usuario']),
  'bp-user-always': rule(1, ['Ligne toujours écartée (règle apprise)', 'Line always dropped (learned rule)', 'Línea siempre descartada (regla aprendida)']),
  'bp-user-never': rule(1, ['Ligne jamais écartée (règle apprise)', 'Line never dropped (learned rule)', 'Línea nunca descartada (regla aprendida)']),
  'bp-learned-recurring': rule(0.4, ['Ligne présente dans plusieurs sources de la bibliothèque', 'Line found in several sources of the library', 'Línea presente en varias fuentes de la biblioteca'], { soft: true }),
  'bp-chrome': rule(0.8, ['Habillage de la page (menu, en-tête, pied de page)', 'Page chrome (menu, header, footer)', 'Estructura de la página (menú, cabecera, pie)']),
  'bp-email-header': rule(0.95, ['En-tête de courriel', 'E-mail header', 'Encabezado de correo']),
  'bp-email-separator': rule(0.95, ['Séparateur de message transféré', 'Forwarded-message separator', 'Separador de mensaje reenviado']),
  'bp-email-wrapper': rule(0.85, ['Message d’envoi autour du communiqué', 'Covering e-mail around the release', 'Mensaje de envío alrededor del comunicado']),
  'bp-email-greeting': rule(0.9, ['Formule d’appel', 'Greeting', 'Saludo']),
  'bp-email-closing': rule(0.9, ['Formule de politesse', 'Closing', 'Despedida']),
  'bp-email-signature': rule(0.85, ['Signature de courriel', 'E-mail signature', 'Firma de correo']),
  'bp-email-note': rule(0.75, ['Note de transfert', 'Forwarding note', 'Nota de reenvío']),
  'bp-email-quote': rule(0.95, ['Marque de citation d’un courriel (>)', 'Quoted e-mail marker (>)', 'Marca de cita de un correo (>)']),
  'bp-email-disclaimer': rule(0.95, ['Avis de confidentialité', 'Confidentiality notice', 'Aviso de confidencialidad'], { endsBody: true }),
  'bp-skip-link': rule(0.95, ['Lien d’accessibilité ou bouton de menu', 'Skip link or menu button', 'Enlace de accesibilidad o botón de menú']),
  'bp-language-switcher': rule(0.9, ['Sélecteur de langue', 'Language switcher', 'Selector de idioma']),
  'bp-cookie-banner': rule(0.95, ['Bandeau de cookies', 'Cookie banner', 'Aviso de cookies']),
  'bp-cookie-button': rule(0.9, ['Bouton du bandeau de cookies', 'Cookie banner button', 'Botón del aviso de cookies']),
  'bp-breadcrumb': rule(0.95, ['Fil d’Ariane', 'Breadcrumb', 'Ruta de navegación']),
  'bp-share-bar': rule(0.9, ['Barre de partage', 'Share bar', 'Barra para compartir']),
  'bp-player': rule(0.9, ['Commandes d’un lecteur vidéo', 'Video player controls', 'Controles de un reproductor de vídeo']),
  'bp-embed': rule(0.85, ['Reste d’une publication de réseau social intégrée', 'Embedded social-media post residue', 'Restos de una publicación de red social']),
  'bp-mailer': rule(0.9, ['Lien de lettre d’information (désabonnement, version en ligne)', 'Mailing-list link (unsubscribe, view online)', 'Enlace de boletín (baja, versión en línea)']),
  'bp-print-link': rule(0.9, ['Lien imprimer / PDF / envoyer', 'Print / PDF / send link', 'Enlace imprimir / PDF / enviar']),
  'bp-reading-time': rule(0.95, ['Temps de lecture', 'Reading time', 'Tiempo de lectura']),
  'bp-site-label': rule(0.9, ['Étiquette de rubrique ou de document', 'Section or document label', 'Etiqueta de sección o de documento']),
  'bp-embargo': rule(0.9, ['Ligne d’embargo', 'Embargo line', 'Línea de embargo']),
  'bp-end-mark': rule(0.95, ['Marque de fin', 'End mark', 'Marca de fin'], { endsBody: true }),
  'bp-separator': rule(0.85, ['Séparateur', 'Separator', 'Separador']),
  'bp-page-number': rule(0.9, ['Numéro de page', 'Page number', 'Número de página']),
  'bp-about': rule(0.85, ['Présentation de l’organisation (« À propos »)', 'About the organization', 'Acerca de la organización'], { endsBody: true }),
  'bp-editor-note': rule(0.9, ['Note aux rédactions', 'Note to editors', 'Nota para los editores'], { endsBody: true }),
  'bp-bracket-note': rule(0.8, ['Note interne entre crochets', 'Internal note in brackets', 'Nota interna entre corchetes']),
  'bp-media-link': rule(0.85, ['Lien vers photos ou vidéos', 'Link to photos or video', 'Enlace a fotos o vídeos']),
  'bp-sdg-tag': rule(0.9, ['Étiquette ODD', 'SDG tag', 'Etiqueta ODS'], { endsBody: true }),
  'bp-taxonomy': rule(0.9, ['Étiquettes, thèmes, pays', 'Tags, themes, countries', 'Etiquetas, temas, países'], { endsBody: true }),
  'bp-related': rule(0.9, ['Titre « Lire aussi » / contenus liés', '“Read also” / related heading', 'Título «Lea también» / relacionados'], { endsBody: true }),
  'bp-teaser': rule(0.8, ['Accroche d’un autre article', 'Teaser of another item', 'Avance de otro artículo']),
  'bp-footer': rule(0.9, ['Pied de page du site', 'Site footer', 'Pie de página del sitio'], { endsBody: true }),
  'bp-newsletter': rule(0.85, ['Invitation à la lettre d’information', 'Newsletter prompt', 'Invitación al boletín'], { endsBody: true }),
  'bp-caption': rule(0.8, ['Légende de photo', 'Photo caption', 'Pie de foto']),
  'bp-credit': rule(0.9, ['Crédit photo', 'Photo credit', 'Crédito de foto']),
  'bp-html-residue': rule(0.9, ['Reste de code HTML', 'Leftover HTML', 'Restos de código HTML']),
  'bp-list-archive': rule(0.9, ['Navigation d’une archive de liste de diffusion', 'Mailing-list archive navigation', 'Navegación de un archivo de lista de correo'], { endsBody: true }),
  'bp-wire-slug': rule(0.85, ['Code ou signature d’une dépêche d’agence', 'News-wire slug or sign-off', 'Código o firma de un despacho de agencia'], { endsBody: true }),
  'bp-wire-source': rule(0.85, ['Ligne « SOURCE » d’un diffuseur de communiqués', 'Newswire “SOURCE” line', 'Línea «FUENTE» de un distribuidor de comunicados'], { endsBody: true }),
  'bp-running-header': rule(0.7, ['En-tête ou pied de page répété (document paginé)', 'Running head or foot (paginated document)', 'Encabezado o pie repetido (documento paginado)'], { soft: true }),
  'bp-nav-entry': rule(0.75, ['Entrée du menu du site', 'Site menu entry', 'Entrada del menú del sitio'], { soft: true }),
  'bp-menu': rule(0.7, ['Menu du site', 'Site menu', 'Menú del sitio'], { soft: true }),
  'bp-menu-repeated': rule(0.75, ['Titre de menu répété', 'Repeated menu heading', 'Título de menú repetido'], { soft: true }),
  'bp-glued-heading': rule(0.85, ['Titre de menu collé au texte suivant', 'Menu heading glued to the next text', 'Título de menú pegado al texto siguiente']),
  'bp-menu-blurb': rule(0.7, ['Texte de présentation d’un menu', 'Menu description', 'Descripción de un menú'], { soft: true }),
} as const satisfies Record<string, BoilerplateRule>;

export type BoilerplateRuleId = keyof typeof BOILERPLATE_RULES;

/** The rule's metadata, or null for an id this stage does not know (split rules, `user`). */
export function boilerplateRule(id: string | null): BoilerplateRule | null {
  return id !== null && id in BOILERPLATE_RULES ? BOILERPLATE_RULES[id as BoilerplateRuleId] : null;
}
