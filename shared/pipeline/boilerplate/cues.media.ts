// Cue vocabularies of embedded media and mailing lists: video-player labels, social-media embed
// residue, follow-us lines, download links, mailer links, signatures added by phones. Folded when
// loaded; matched against whole lines or line prefixes.

/** Labels of a web video player (video.js, YouTube, Vimeo) scraped as lines. */
export const PLAYER_LABELS: readonly string[] = [
  'video player', 'lecteur vidéo', 'reproductor de video', 'reproductor de vídeo', 'play', 'pause', 'mute', 'unmute', 'fullscreen', 'full screen', 'non-fullscreen',
  'lecture', 'plein écran', 'quitter le plein écran', 'couper le son', 'activer le son', 'reproducir', 'pausa', 'silenciar', 'activar sonido', 'pantalla completa',
  'chapters', 'descriptions', 'captions', 'subtitles', 'captions settings', 'subtitles settings', 'captions off', 'descriptions off', 'audio track', 'quality levels',
  'this is a modal window.', 'beginning of dialog window. escape will cancel and close the window.', 'end of dialog window.', 'close modal dialog', 'stream type live',
  'seek to live, currently behind live', 'live', 'watch on youtube', 'regarder sur youtube', 'ver en youtube', 'watch later', 'share video', 'copy link to video',
  'more videos', 'autres vidéos', 'más videos', 'tap to unmute', 'appuyez pour réactiver le son', 'playback speed', 'vitesse de lecture', 'velocidad de reproducción',
];
/** Player status lines: `Current Time 0:00`, `Duration 2:31`, `Loaded: 0%`, `0:00 / 2:31`. */
export const PLAYER_STATUS = /^(?:(?:current time|duration|remaining time|temps actuel|durée|temps restant|tiempo actual|duración|tiempo restante)\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?|(?:loaded|progress|chargé|progression|cargado|progreso)\s*:\s*\d{1,3}(?:[.,]\d+)?\s*%|\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)$/;

/** Openings of social-media embeds (`View this post on Instagram`, `A post shared by …`). */
export const EMBEDS: readonly string[] = [
  'view this post on instagram', 'voir cette publication sur instagram', 'ver esta publicación en instagram', 'a post shared by', 'une publication partagée par',
  'una publicación compartida de', 'una publicación compartida por', 'pic.twitter.com/', 'view on twitter', 'voir sur twitter', 'ver en twitter', 'view on x',
  'watch on facebook', 'regarder sur facebook', 'ver en facebook', 'tweets by', 'tweets de',
];
/** The attribution line of an embedded tweet: `— IOM (@UNmigration) March 3, 2024`. */
export const TWEET_ATTRIBUTION = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\S.{0,40}\d{4}$/u;

/** "Follow us" lines (line start). */
export const FOLLOW_US: readonly string[] = ['follow us', 'follow iom', 'suivez-nous', "suivez l'oim", 'retrouvez-nous sur', 'síguenos', 'siga a la oim', 'síganos'];

/** Download links printed as a line (`Télécharger le rapport (PDF, 2 Mo)`). */
export const DOWNLOADS: readonly string[] = ['télécharger', 'téléchargez', 'download', 'downloads', 'descargar', 'descargue', 'descarga', 'descargá', 'descargue aquí', 'descargar aquí'];

/** Mailing-list residue. */
export const MAILER: readonly string[] = [
  'voir la version en ligne', 'afficher dans le navigateur', 'voir ce courriel dans votre navigateur', 'view in browser', 'view this email in your browser', 'view online',
  'ver en el navegador', 'ver la versión en línea', 'ver este correo en tu navegador', 'se désabonner', 'se désinscrire', 'pour vous désinscrire', 'désinscription',
  'unsubscribe', 'update your preferences', 'update subscription preferences', 'manage your subscription', 'gérer votre abonnement', 'modifier vos préférences',
  'darse de baja', 'para darse de baja', 'cancelar la suscripción', 'actualizar preferencias', 'forward to a friend', 'transférer à un ami', 'reenviar a un amigo',
  // Mailer footers (Mailchimp, Sendinblue, Mailjet…).
  'our mailing address is', 'notre adresse postale est', 'nuestra dirección postal es', 'want to change how you receive these emails',
  'vous souhaitez modifier la façon dont vous recevez', '¿quieres cambiar cómo recibes', 'you are receiving this email because', 'you received this email because',
  'vous recevez cet e-mail car', 'vous recevez ce courriel', 'vous recevez cet email', 'usted recibe este correo', 'recibes este correo', 'recibe este correo',
  'this email was sent to', 'cet e-mail a été envoyé à', 'ce courriel a été envoyé à', 'este correo fue enviado a', 'unsubscribe from this list',
  'se désinscrire de cette liste', 'darse de baja de esta lista', 'update your preferences or unsubscribe', 'you can update your preferences', 'add us to your address book',
];
/** Signatures mail apps add (`Envoyé de mon iPhone`). */
export const DEVICE_SIGNATURES: readonly string[] = ['envoyé de mon', 'envoyé depuis mon', 'sent from my', 'sent from outlook', 'enviado desde mi', 'obtenir outlook pour', 'get outlook for', 'obtener outlook para'];
