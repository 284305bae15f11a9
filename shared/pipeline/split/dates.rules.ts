// Calendar words of fr/en/es as data, folded (lower case, no accents): month names with their
// usual abbreviations, weekday names, the cue words of publication stamps, and relative-time
// words. Used by dates.ts to read `3 février 2021`, `June 4, 2024`, `15 de abril de 2024`,
// `Publié le 21 novembre 2023`, `Tue, 05/14/2024 - 10:12`, `il y a 3 heures`.

/** Month number by folded name or abbreviation (a trailing dot is allowed by the parser). */
export const MONTHS: Readonly<Record<string, number>> = {
  // French
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, dec: 12,
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12,
  // Spanish
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, set: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
};

/** Weekday names and abbreviations (fr/en/es), folded. */
export const WEEKDAYS: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'mie', 'jue', 'vie', 'sab', 'dom',
];
/** English weekday abbreviations: `Tue, 05/14/2024` is the US-style stamp of many CMSs (month first). */
export const US_WEEKDAYS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Words a publication stamp may hold around its date (folded). */
export const STAMP_WORDS: readonly string[] = [
  'publie', 'publiee', 'publication', 'date de publication', 'mis en ligne', 'mise en ligne', 'mis a jour', 'mise a jour', 'derniere mise a jour', 'actualise', 'modifie', 'le', 'a', 'date', 'du', 'en',
  'posted', 'published', 'publish', 'updated', 'last updated', 'on', 'at', 'date', 'release date', 'first published', 'submitted', 'soumis', 'enviado',
  'publicado', 'publicada', 'actualizado', 'actualizada', 'fecha', 'fecha de publicacion', 'el', 'a las', 'de', 'del',
  'heure', 'heures', 'h', 'am', 'pm', 'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'hrs', 'hs',
  // Time zones written out or abbreviated by wires and CMSs (`08:00 AM Eastern Daylight Time`, `10 h 30 HNE`).
  'eastern', 'central', 'pacific', 'mountain', 'atlantic', 'daylight', 'standard', 'summer', 'greenwich', 'mean', 'local', 'hora', 'horas',
  'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'ast', 'adt', 'bst', 'wet', 'eet', 'eest', 'et', 'pt', 'ct', 'mt', 'hne', 'hae', 'hnc', 'hac', 'hnp', 'hap',
  // A section label printed with the stamp (`Communiqué de presse | 12 mars 2024`).
  'news', 'actualite', 'actualites', 'noticia', 'noticias', 'communique', 'communiques', 'comunicado', 'comunicados', 'press', 'presse', 'prensa',
  'release', 'statement', 'declaration', 'declaracion', 'story', 'stories', 'article', 'articulo', 'media', 'medias', 'advisory',
  // A reading time printed with the stamp (`Published 3 March 2024 | 4 min read`).
  'min', 'mins', 'minute', 'minutes', 'minuto', 'minutos', 'read', 'reading', 'time', 'lecture', 'temps', 'lectura', 'tiempo', 'de',
];

/** A stamp's label printed alone on the line above its date (`Published` / `3 March 2025`), folded, without colon. */
export const STAMP_LABELS: readonly string[] = [
  'published', 'publish date', 'date published', 'first published', 'last updated', 'updated', 'posted', 'posted on', 'date', 'release date', 'published on',
  'publie', 'publie le', 'publiee le', 'date de publication', 'mis en ligne', 'mis en ligne le', 'mis a jour', 'mis a jour le', 'derniere mise a jour', 'date',
  'publicado', 'publicado el', 'fecha', 'fecha de publicacion', 'actualizado', 'ultima actualizacion', 'fecha de actualizacion',
];

/**
 * What introduces the author printed with a stamp (`Posted on 3 March 2025 by Comms Team`,
 * `Publié le 3 mars 2025 par Service communication`, `marzo 4, 2025 / Por Comunicación`,
 * `Redacción ANP | hace 3 horas`), folded: the byline is not part of the date.
 */
export const STAMP_BYLINE_CUES: readonly string[] = [
  'by', 'par', 'por', 'written by', 'posted by', 'published by', 'submitted by', 'escrito por', 'publicado por', 'enviado por', 'redige par', 'publie par',
  'ecrit par', 'soumis par',
  'redaccion', 'redaction', 'newsroom', 'staff', 'auteur', 'author', 'autor', 'autora',
];

/** Relative stamps give no date: `il y a 3 heures`, `3 days ago`, `hace 2 días`, `hier`. */
export const RELATIVE = /\b(?:il y a|hace)\s+(?:\d+|un|une|deux|trois|quelques|unos|unas|dos|tres)\s+\p{L}+|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(?:aujourd'hui|hier|avant-hier|today|yesterday|hoy|ayer|anteayer|just now|a l'instant)\b/u;
