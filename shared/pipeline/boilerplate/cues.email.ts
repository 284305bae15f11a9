// Cue vocabularies of e-mails around a forwarded release: header keys, forward separators,
// greetings, closings, confidentiality notices. Folded when loaded.

/** Header keys of a forwarded or quoted e-mail (`De :`, `Sent:`, `Asunto:`), matched before a colon. */
export const HEADER_KEYS: readonly string[] = ['de', 'from', 'von', 'envoyé', 'envoyé le', 'sent', 'date', 'à', 'a', 'to', 'para', 'cc', 'cci', 'bcc', 'objet', 'subject', 'asunto', 'enviado el', 'enviado', 'fecha', 'reply-to', 'répondre à', 'responder a', 'importance', 'importancia', 'pièces jointes', 'pièce jointe', 'attachments', 'attachment', 'adjuntos', 'datum', 'betreff', 'an'];
/** Keys that make a run of header lines an e-mail header (a lone `Date :` line is a date line). */
export const HEADER_CORE_KEYS: readonly string[] = ['de', 'from', 'envoyé', 'envoyé le', 'sent', 'à', 'to', 'para', 'objet', 'subject', 'asunto', 'enviado el', 'enviado'];
/** Keys whose value is the message subject. */
export const SUBJECT_KEYS: readonly string[] = ['objet', 'subject', 'asunto', 'betreff'];

/** Lines that separate a forwarded message (dashes around them are optional). */
export const FORWARD_SEPARATORS: readonly string[] = ["message d'origine", 'message original', 'original message', 'message transféré', 'message transfere', 'forwarded message', 'mensaje original', 'mensaje reenviado', 'begin forwarded message', 'début du message réexpédié', 'début du message transféré', 'inicio del mensaje reenviado'];
/** A quoted-reply attribution ends with one of these (`On Mon, … X wrote:`). */
export const WROTE: readonly string[] = ['a écrit', 'wrote', 'escribió'];

/** Greetings (line start, short line). */
export const GREETINGS: readonly string[] = ['bonjour', 'bonsoir', 'chers collègues', 'chères et chers collègues', 'chères collègues', 'cher', 'chère', 'chers', 'madame, monsieur', 'mesdames, messieurs', 'mesdames et messieurs', 'salut', 'hello', 'hi', 'dear', 'good morning', 'good afternoon', 'greetings', 'hola', 'buenos días', 'buenas tardes', 'estimado', 'estimada', 'estimados', 'estimadas', 'querido', 'querida', 'queridos', 'apreciado', 'apreciados', 'apreciada'];
/** Closings (whole line, a comma after them is optional). */
export const CLOSINGS: readonly string[] = ['cordialement', 'bien cordialement', 'très cordialement', 'bien à vous', 'bien à toi', 'salutations', 'meilleures salutations', 'sincères salutations', 'salutations distinguées', 'merci', 'merci beaucoup', "merci d'avance", 'bonne journée', 'belle journée', 'à bientôt', 'amitiés', 'best', 'best regards', 'kind regards', 'regards', 'warm regards', 'many thanks', 'thanks', 'thank you', 'cheers', 'sincerely', 'yours sincerely', 'all the best', 'saludos', 'saludos cordiales', 'un saludo', 'un cordial saludo', 'atentamente', 'cordialmente', 'gracias', 'muchas gracias', 'abrazos', 'un abrazo'];
/** What a forwarding note says (a short prose line in the e-mail wrapper or before the headline). */
export const FORWARD_NOTES: readonly string[] = ['ci-dessous', 'ci-joint', 'veuillez trouver', 'pour diffusion', 'pour publication', 'à publier', 'pour info', 'pour information', 'please find', 'below', 'attached', 'for publication', 'to post', 'please post', 'for your information', 'fyi', 'adjunto', 'a continuación', 'les reenvío', 'te reenvío', 'para publicación', 'para publicar', 'para su difusión', 'para difusión'];

/** Openings of confidentiality notices and other mailer footers. */
export const DISCLAIMERS: readonly string[] = ['ce message et ses pièces jointes', 'ce courriel et ses pièces jointes', 'ce message et toutes les pièces jointes', 'ce message est confidentiel', 'ce courriel est confidentiel', 'avis de confidentialité', 'confidentialité :', 'les informations contenues dans ce', 'confidentiality notice', 'this e-mail and any attachments', 'this email and any attachments', 'this message and any attachments', 'this message is confidential', 'this email is confidential', 'this e-mail is confidential', 'the information contained in this', 'disclaimer:', 'aviso de confidencialidad', 'este mensaje y sus anexos', 'este mensaje y sus adjuntos', 'este correo y sus anexos', 'este mensaje es confidencial', 'este correo electrónico es confidencial', 'la información contenida en este'];
/** "Think before printing" lines. */
export const ECO_NOTES: readonly string[] = ["pensez à l'environnement", "avant d'imprimer", "n'imprimez ce", 'please consider the environment', 'think before you print', 'before printing', 'antes de imprimir', 'piense en el medio ambiente', 'no imprima'];
