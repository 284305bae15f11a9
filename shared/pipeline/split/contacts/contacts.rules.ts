// What a press office's contact block looks like in French, English and Spanish: the line that
// introduces it, the labels of its fields, the words that make a phrase an organisation or a job
// title, and the lines that end it. Data only; the engine is in the files beside this one.
// Phrases are matched case-insensitively, with ’ for ' and any space for a space.
import type { Language } from '../../../domain';

/**
 * Stable ids of the rules that put a segment in the contact block (`MapSegment.rule`). The field
 * decisions (`contact-phone-fax`, `contact-email-mailto`, `contact-location-label`…) key the tests.
 */
export const CONTACT_RULES = {
  intro: 'contact-intro',
  introBare: 'contact-intro-bare',
  line: 'contact-line',
  noIntro: 'contact-no-intro',
  forced: 'user',
} as const;

/** One-line explanations of the contact rules for the review screen, in fr/en/es. */
export const CONTACT_RULE_TEXT: Readonly<Record<Exclude<(typeof CONTACT_RULES)[keyof typeof CONTACT_RULES], 'user'>, Readonly<Record<Language, string>>>> = {
  'contact-intro': {
    fr: 'Phrase d’introduction des contacts (« Pour plus d’informations… »)',
    en: 'Contact intro phrase (“For more information…”)',
    es: 'Frase que introduce los contactos («Para más información…»)',
  },
  'contact-intro-bare': { fr: 'Intitulé de bloc de contacts (« Contacts presse »)', en: 'Contact block label (“Media contacts”)', es: 'Rótulo del bloque de contactos («Contacto de prensa»)' },
  'contact-line': { fr: 'Ligne du bloc de contacts', en: 'Line of the contact block', es: 'Línea del bloque de contactos' },
  'contact-no-intro': {
    fr: 'Coordonnées en fin de texte, sans phrase d’introduction',
    en: 'Contact details ending the text, without an intro line',
    es: 'Datos de contacto al final del texto, sin frase de introducción',
  },
};

/**
 * Phrases that open a contact block, followed by an optional "please contact" clause and a colon
 * (`Pour plus d’informations, veuillez contacter :`). A phrase that leads elsewhere (`Pour plus
 * d’informations sur le projet, consultez le site`) is not an intro: see CONTACT_VERBS.
 */
export const INTRO_PHRASES: readonly string[] = [
  // fr
  "pour plus d'informations", "pour plus d'information", "pour de plus amples informations", "pour plus de renseignements",
  'pour tout renseignement', 'pour tous renseignements', 'pour toute information', 'pour toute demande', 'pour toute question',
  "pour toute demande d'interview", "pour toute demande d'entretien", 'pour les demandes des médias', 'pour les demandes de presse',
  'pour en savoir plus', "pour obtenir plus d'informations", 'renseignements complémentaires', 'informations complémentaires',
  'personne à contacter', 'personnes à contacter', 'demandes des médias', 'demandes médias', 'demandes de presse', "demandes d'interview",
  "pour les demandes d'interview", "pour les demandes d'entretien", "pour les demandes d'interviews", 'pour toute demande média',
  'pour toute demande de la presse', "demandes d'entretien", 'pour joindre', 'pour contacter',
  // en
  'for more information', 'for further information', 'for additional information', 'for more details', 'for further details',
  'for more info', 'for media enquiries', 'for media inquiries', 'for press enquiries', 'for press inquiries', 'for interviews',
  'for interview requests', 'to arrange an interview', 'to arrange interviews', 'media enquiries', 'media inquiries', 'press enquiries',
  'press inquiries', 'for media', 'for the media', 'for press', 'to reach', 'interview requests', 'media requests',
  // es
  'para más información', 'para mayor información', 'para más informaciones', 'para obtener más información', 'para información adicional',
  'para más detalles', 'para entrevistas', 'para solicitudes de entrevista', 'para consultas de prensa', 'para consultas de medios',
  'para consultas', 'mayor información', 'más información', 'para medios', 'para los medios', 'información para medios',
  'para solicitudes de entrevistas', 'solicitudes de entrevista', 'solicitudes de entrevistas', 'para contactar',
  'información para la prensa',
];

/**
 * Lines that are an intro by themselves (`Contacts`, `Media contacts`, `Contacto de prensa:`),
 * alone on their line or before a colon and a contact. Weaker than INTRO_PHRASES: a menu may say
 * `Contact` too, so a bare intro needs contact lines after it.
 */
export const BARE_INTROS: readonly string[] = [
  // fr
  'contact', 'contacts', 'contact presse', 'contacts presse', 'contact média', 'contacts média', 'contact médias', 'contacts médias',
  'contact media', 'contacts media', 'contact pour les médias', 'contacts pour les médias', 'relations presse', 'relations médias',
  'relations avec les médias', 'relations avec la presse', 'service de presse', 'service presse', 'attaché de presse', 'attachée de presse',
  'contact de presse', 'contacts de presse', 'presse', 'médias', 'contact(s)', 'contacts utiles', 'renseignements', 'informations',
  'renseignements presse', 'informations presse', 'informations médias', 'contact médias et presse', 'service communication', 'service de communication',
  // en
  'press contact', 'press contacts', 'media contact', 'media contacts', 'media contact information', 'contact information',
  'contact details', 'media relations', 'press office', 'media', 'press', 'media team', 'press team', 'newsroom contacts', 'inquiries', 'enquiries',
  'media inquiries', 'media enquiries', 'press inquiries', 'press enquiries', 'contact info', 'media contact info', 'for media',
  // es
  'contacto', 'contactos', 'contacto de prensa', 'contactos de prensa', 'contacto para medios', 'contactos para medios',
  'contacto con los medios', 'contactos con los medios', 'contacto para prensa', 'prensa', 'oficina de prensa',
  'relaciones con los medios', 'relaciones con la prensa', 'comunicación', 'comunicaciones', 'contacto(s)', 'contacto prensa', 'contactos prensa',
  'contacto medios', 'contactos medios', 'contacto de medios', 'contactos de medios', 'informes', 'informes de prensa', 'más información',
  'prensa y comunicación', 'contacto para los medios', 'contactos para los medios',
];

/**
 * The clause that may follow an intro phrase before the colon: a request to get in touch
 * (`veuillez contacter`, `please contact`, `contactar a`). Any other clause (`sur le projet,
 * consultez…`) makes the line a link or a sentence, not an intro.
 */
export const CONTACT_VERBS = /(?:contact|joindre|adress|écri|ecri|appel|get in touch|reach|write to|call|comuní|comuni|dirig|escrib|llam|sollicit|solicit|s'il vous plaît|please|veuillez|por favor|n'hésitez|no dude)/u;

/** Field labels and the field they announce (`Tél. :`, `E-mail:`, `Correo:`, `Nom :`, `Cargo:`). */
export const FIELD_LABELS: Readonly<Record<string, 'phone' | 'mobile' | 'fax' | 'email' | 'name' | 'role' | 'org' | 'web'>> = {
  tél: 'phone', tel: 'phone', téléphone: 'phone', telephone: 'phone', phone: 'phone', ph: 'phone', t: 'phone', tfno: 'phone',
  tlf: 'phone', teléfono: 'phone', telefono: 'phone', fixe: 'phone', bureau: 'phone', office: 'phone', direct: 'phone',
  'ligne directe': 'phone', 'direct line': 'phone', 'línea directa': 'phone', landline: 'phone', standard: 'phone',
  m: 'mobile', mob: 'mobile', mobile: 'mobile', cell: 'mobile', cellphone: 'mobile', cel: 'mobile', celular: 'mobile', móvil: 'mobile',
  movil: 'mobile', portable: 'mobile', port: 'mobile', gsm: 'mobile', whatsapp: 'mobile', signal: 'mobile', 'tél. portable': 'mobile',
  'tél. mobile': 'mobile', 'tel. móvil': 'mobile',
  fax: 'fax', télécopie: 'fax', telefax: 'fax', f: 'fax',
  email: 'email', 'e-mail': 'email', 'e‑mail': 'email', mail: 'email', courriel: 'email', mél: 'email', mel: 'email', e: 'email',
  'adresse électronique': 'email', 'adresse e-mail': 'email', correo: 'email', 'correo electrónico': 'email', 'correo-e': 'email',
  'email address': 'email', emails: 'email',
  nom: 'name', name: 'name', nombre: 'name', contact: 'name', contacto: 'name',
  fonction: 'role', titre: 'role', poste: 'role', title: 'role', position: 'role', role: 'role', cargo: 'role', puesto: 'role',
  organisation: 'org', organization: 'org', organisme: 'org', structure: 'org', organización: 'org', organismo: 'org', institución: 'org',
  agency: 'org', agence: 'org', agencia: 'org',
  web: 'web', site: 'web', 'site web': 'web', 'site internet': 'web', website: 'web', 'sitio web': 'web', twitter: 'web', x: 'web',
  facebook: 'web', linkedin: 'web', instagram: 'web', skype: 'web', url: 'web',
};

/**
 * Words that make a phrase an organisation or an office (`Bureau de liaison de l’OIM`, `IOM
 * Media Unit`, `Oficina Regional de la OIM`, `Siège de l’OIM`). Any acronym (`OIM`, `UNHCR`)
 * at the start of a phrase does too.
 */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  // fr
  'bureau', 'unité', 'service', 'département', 'division', 'direction', 'section', 'cellule', 'mission', 'délégation', 'siège',
  'organisation', 'ministère', 'secrétariat', 'agence', 'fondation', 'association', 'centre', 'institut', 'haut-commissariat',
  'commission', 'comité', 'ambassade', 'consulat', 'gouvernement', 'équipe', 'pôle', 'programme', 'fonds', 'croix-rouge', 'observatoire',
  'préfecture', 'mairie', 'ong', 'collectif', 'coordination', 'université', 'école', 'hôpital', 'réseau', 'plateforme', 'groupe',
  // en
  'office', 'unit', 'department', 'headquarters', 'hq', 'organization', 'organisation', 'ministry', 'secretariat', 'agency',
  'foundation', 'institute', 'center', 'commission', 'committee', 'embassy', 'consulate', 'government', 'team', 'programme',
  'program', 'fund', 'red-cross', 'university', 'hospital', 'network', 'platform', 'group', 'desk', 'newsroom', 'council', 'authority',
  // es
  'oficina', 'unidad', 'servicio', 'departamento', 'dirección', 'sección', 'misión', 'delegación', 'sede', 'organización', 'ministerio',
  'secretaría', 'agencia', 'fundación', 'asociación', 'centro', 'instituto', 'comisión', 'comité', 'embajada', 'consulado', 'gobierno',
  'equipo', 'programa', 'fondo', 'universidad', 'hospital', 'plataforma', 'grupo', 'consejo', 'autoridad', 'alcaldía',
  // Local government, civil society and press offices in the three languages.
  'gabinete', 'ayuntamiento', 'municipalidad', 'municipio', 'intendencia', 'diputación', 'gobernación', 'prefectura', 'colectivo', 'coalición',
  'federación', 'confederación', 'sindicato', 'cámara', 'iglesia', 'parroquia', 'sociedad', 'alianza', 'movimiento', 'cooperativa', 'defensoría',
  'ville', 'commune', 'municipalité', 'conseil', 'région', 'cabinet', 'fédération', 'confédération', 'syndicat', 'chambre', 'église', 'paroisse',
  'société', 'alliance', 'mouvement', 'coopérative', 'collectivité', 'métropole', 'communauté',
  'city', 'municipality', 'county', 'borough', 'coalition', 'federation', 'union', 'chamber', 'church', 'parish', 'society', 'alliance', 'movement',
  'cooperative', 'trust', 'charity', 'commission', 'administration', 'association', 'foundation', 'relations', 'relaciones',
]);

/** Role groups that describe a person's situation, not a job: not a contact's role (`Refugees and Citizenship` names an office). */
export const NON_JOB_ROLES: ReadonlySet<string> = new Set(['migrant', 'resident', 'mother', 'father', 'woman', 'man', 'parent', 'student']);

/**
 * E-mail addresses that show the pattern of the office's addresses rather than one
 * (`prénom.nom@…`, `firstname.lastname@…`, `nombre.apellido@…`): the local part's words, folded.
 */
export const PLACEHOLDER_LOCAL_WORDS: ReadonlySet<string> = new Set([
  'prenom', 'nom', 'nomdefamille', 'initiale', 'firstname', 'lastname', 'first', 'last', 'name', 'surname', 'givenname', 'familyname', 'initial', 'fname', 'lname',
  'nombre', 'apellido', 'apellidos', 'inicial', 'usuario', 'user', 'username', 'xxx', 'xxxx',
]);

/** Acronyms of organisations that may follow a person's name in capitals (`Jean DUPONT` is a name; `IOM` is not). */
export const ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'OIM', 'IOM', 'UN', 'ONU', 'NU', 'UNHCR', 'HCR', 'ACNUR', 'UNICEF', 'PNUD', 'UNDP', 'PAM', 'WFP', 'OMS', 'WHO', 'OPS', 'PAHO', 'OIT', 'ILO',
  'FAO', 'UNFPA', 'FNUAP', 'UNESCO', 'OCHA', 'BCAH', 'UNODC', 'ONUDC', 'UNOPS', 'UNEP', 'PNUE', 'CICR', 'ICRC', 'FICR', 'IFRC', 'MSF',
  'NRC', 'IRC', 'HCDH', 'OHCHR', 'ACNUDH', 'UE', 'EU', 'UA', 'AU', 'CEDEAO', 'ECOWAS', 'SADC', 'IGAD', 'BAD', 'AFDB', 'BM', 'OCDE',
  'OECD', 'OSCE', 'OEA', 'OAS', 'SICA', 'CARICOM', 'ASEAN', 'ONG', 'NGO', 'ECHO', 'USAID', 'GIZ', 'AFD', 'FCDO', 'JICA', 'KOICA',
  'AECID', 'DDC', 'SDC', 'BPRM', 'DTM', 'UNMHA', 'MINUSCA', 'MONUSCO', 'UNMISS',
]);

/** Prepositions of a location label at the start of a contact line (`À Genève :`, `In Port Sudan:`, `En Bogotá:`). */
export const LOCATION_PREPOSITIONS: readonly string[] = ['à', 'a', 'au', 'aux', 'en', 'depuis', 'pour', 'in', 'at', 'from', 'for', 'desde', 'para'];

/**
 * Lines that end a contact block: about blurbs, notes to editors, end marks, media-link lines.
 * Matched at the start of the normalised line.
 */
export const BLOCK_STOPS = /^(?:à propos|a propos|about (?:iom|the |us)|acerca de|sobre (?:la |el |nosotros)|note aux rédactions|notes? aux éditeurs|notes? to editors|nota (?:para|a) (?:los )?(?:editores|redactores)|###|\*\*\*|-30-|– ?fin ?–|- ?fin ?-|fin$|end$|-end-|photos?\b|vidéos?\b|videos?\b|b-roll|multim[eé]dia|images\b|fotos?\b|téléchargez|download|lire aussi|read (?:more|also)|leer (?:más|también)|voir aussi|see also|ver también|partager|share|compartir|étiquettes|tags|etiquetas|mots-clés|keywords)/u;

/** Street-address words: a contact block may print the office address (kept in the block, not a field). */
export const ADDRESS_WORDS = /^(?:\d{1,5}[, ]+)?(?:rue|route|avenue|av\.|boulevard|bd|chemin|place|quai|impasse|allée|street|st\.|road|rd\.|lane|drive|calle|avenida|carrera|plaza|paseo|camino|b\.?p\.?|p\.?o\.? box|case postale|c\.?p\.?|apartado|postfach)\b/iu;

/**
 * Closing formulas of a letter or an e-mail: the lines under one are a signature, not the
 * release's contacts (the boilerplate stage drops signatures; this guards the no-intro fallback).
 */
export const GREETING_CLOSES = /^(?:(?:bien |très )?cordialement|bien à (?:vous|toi)|(?:sincères |meilleures )?salutations(?: distinguées)?|bonne (?:journée|soirée)|(?:best|kind|warm|many thanks and)? ?regards|best(?: wishes)?|all the best|sincerely(?: yours)?|yours (?:sincerely|truly)|thanks(?: and regards)?|thank you|cheers|merci(?: beaucoup)?|(?:un |muchos |cordiales )?saludos(?: cordiales)?|atentamente|cordialmente|gracias|abrazos?)[\s,.!]*$/iu;
