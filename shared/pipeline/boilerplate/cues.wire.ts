// Cue vocabularies of news wires, newswire distributors and mailing-list archives: the routing
// slug and the sign-off of an agency dispatch, the `SOURCE` line of a distributed release, the
// navigation and attachment notes of a list archive (Pipermail, MHonArc, Sympa). Folded when
// loaded; matched against line prefixes (dashes and brackets around them are ignored).

/**
 * Lines of a mailing-list archive page around the message: navigation between messages, the
 * sort links, the notes left where an attachment was removed, the list's footer link.
 */
export const LIST_ARCHIVE: readonly string[] = [
  // fr
  'message précédent', 'message suivant', 'messages triés par', 'messages classés par', 'message précédent (par fil)', 'message suivant (par fil)',
  'section suivante', 'prochaine partie', 'une pièce jointe html a été nettoyée', 'une pièce jointe non texte a été nettoyée', 'pièce jointe nettoyée',
  "plus d'informations sur la liste de diffusion", 'retour à la liste', 'index par date', 'index par fil', 'index par auteur', 'index par sujet',
  // en
  'previous message', 'next message', 'messages sorted by', 'previous message (by thread)', 'next message (by thread)', 'next part',
  'an html attachment was scrubbed', 'a non-text attachment was scrubbed', 'attachment was scrubbed', 'date index', 'thread index',
  'author index', 'subject index', 'reply via email to', 'prev by date', 'next by date', 'prev by thread', 'next by thread',
  // es
  'mensaje anterior', 'mensaje siguiente', 'mensajes ordenados por', 'siguiente parte', 'próxima parte', 'se ha borrado un adjunto',
  'un adjunto en html fue eliminado', 'más información sobre la lista de distribución', 'más información sobre la lista de correo', 'índice por fecha', 'índice por hilo',
];

/** `[ date ] [ thread ] [ subject ] [ author ]`: the sort links of an archive, in any of the three languages. */
export const ARCHIVE_SORT_WORDS: readonly string[] = ['date', 'thread', 'subject', 'author', 'sujet', 'auteur', 'fil', 'discussion', 'fecha', 'hilo', 'asunto', 'autor'];

/** What opens the `SOURCE` line of a newswire (CNW, PR Newswire, Business Wire) or its link to the original. */
export const WIRE_SOURCE: readonly string[] = ['source', 'fuente', 'view original content', 'voir le contenu original', 'ver el contenido original', 'view source version', 'original content'];

/**
 * A wire's routing slug above the headline (`ASI0214 3 POL 0391 /ASI-ML09`), its keyword slug
 * (`Mali-déplacés-humanitaire`), the editors' initials under the text (`ab/sd/ml`) and its time
 * sign-off (`ASI 121041 GMT SEP 24`, `ml/jh AFP 121041 GMT SEP 24`).
 */
export const WIRE_ROUTING = /^(?=(?:\S*\d){3})(?=.*(?:\p{Lu}\d|\d\p{Lu}))[\p{Lu}\d]{2,12}(?:\s+[\p{Lu}\d/-]{1,12}){2,6}$/u;
export const WIRE_KEYWORDS = /^\p{L}{3,}(?:-\p{L}{3,}){2,5}$/u;
export const WIRE_INITIALS = /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,4}$/;
export const WIRE_SIGNOFF = /^(?:[a-z]{2,4}(?:\/[a-z]{2,4})*\s+)?[\p{Lu}]{2,8}\s+\d{6}\s+(?:GMT|UTC|TU|HEC|HEURE|HNE)\s+[\p{Lu}]{3,4}\s+\d{2}$/u;
/** A wire's credit line under the text: `Associated Press writer X contributed to this report.` */
export const WIRE_CONTRIBUTION = /(?:contributed (?:to )?this (?:report|story|article)|contributed reporting|a contribué à (?:cet article|cette dépêche)|ont contribué à (?:cet article|cette dépêche)|(?:contribuyó|contribuyeron|colaboró|colaboraron) (?:a|en) (?:este|esta) (?:informe|reporte|nota|despacho|información))\.?$/iu;
