// Job titles and descriptions printed with a person (`cheffe de mission de l’OIM au Niger`,
// `IOM’s emergency coordinator`, `integrante de un comité de madres`), French, English and
// Spanish together. A role tells that a capitalised run next to it is a person, gives the
// person's gender where the language marks it, and lets `la directrice` point back to the
// person introduced with that role. Data only.

/**
 * One entry per role: masculine forms, feminine forms, forms of either gender (single words,
 * space-separated, lower case). The key is the role's identity across languages and genders:
 * `la directrice` in an attribution finds the person introduced as `directrice` or `director`.
 */
export const ROLE_NOUNS: Readonly<Record<string, readonly [string, string, string]>> = {
  director: ['directeur director', 'directrice directora', ''],
  chief: ['chef jefe', 'cheffe jefa', 'chief head'],
  officer: ['chargé encargado', 'chargée encargada', 'officer oficial officier agent agente'],
  coordinator: ['coordinateur coordonnateur coordinador', 'coordinatrice coordonnatrice coordinadora', 'coordinator'],
  adviser: ['conseiller asesor consejero', 'conseillère asesora consejera', 'adviser advisor'],
  manager: ['gestionnaire', '', 'manager gerente administrator administrador administradora'],
  administrator: ['administrateur', 'administratrice', ''],
  responsible: ['', '', 'responsable lead'],
  representative: ['représentant', 'représentante', 'representative representante'],
  president: ['président presidente', 'présidente presidenta', 'president chair chairperson'],
  chairman: ['chairman', 'chairwoman', ''],
  minister: ['ministro', 'ministra', 'ministre minister'],
  secretary: ['secretario', 'secretaria', 'secrétaire secretary'],
  ambassador: ['ambassadeur embajador', 'ambassadrice embajadora', 'ambassador'],
  spokesperson: ['spokesman vocero', 'spokeswoman vocera', 'porte-parole spokesperson portavoz'],
  delegate: ['délégué delegado', 'déléguée delegada', 'delegate'],
  specialist: ['', '', 'spécialiste specialist especialista expert experte experto experta analyste analyst analista'],
  assistant: ['assistant', 'assistante', 'asistente associate'],
  consultant: ['', '', 'consultant consultante consultor consultora'],
  mayor: ['alcalde', 'alcaldesa', 'maire mayor'],
  councillor: ['concejal regidor edil', 'concejala regidora edila conseillère', 'councillor councilor alderman conseiller-municipal'],
  superintendent: ['superintendente intendente', 'superintendenta intendenta', 'superintendent intendant'],
  senator: ['sénateur senador', 'sénatrice senadora', 'senator'],
  deputy: ['député diputado', 'députée diputada', 'congressman congresswoman legislator legislador legisladora parlementaire'],
  ombudsman: ['défenseur defensor', 'défenseure defensora', 'ombudsman ombudsperson'],
  clergy: ['évêque obispo prêtre sacerdote curé párroco', '', 'bishop priest pastor pasteur reverend imam rabbi'],
  navigator: ['', '', 'navigator caseworker mediator médiateur mediador mediadora facilitator facilitateur facilitadora facilitador'],
  governor: ['gouverneur gobernador', 'gouverneure gobernadora', 'governor'],
  prefect: ['préfet prefecto', 'préfète prefecta', ''],
  commissioner: ['comisionado', 'comisionada', 'commissaire commissioner'],
  envoy: ['envoyé enviado', 'envoyée enviada', 'envoy'],
  focal: ['', '', 'focal'],
  founder: ['fondateur fundador', 'fondatrice fundadora', 'founder'],
  member: ['miembro', '', 'membre member integrante'],
  official: ['fonctionnaire funcionario', 'funcionaria', 'official'],
  doctor: ['médecin médico doctor docteur', 'médica doctora docteure', 'physician'],
  nurse: ['infirmier enfermero', 'infirmière enfermera', 'nurse'],
  midwife: ['', 'sage-femme partera', 'midwife'],
  teacher: ['enseignant maestro profesor professeur', 'enseignante maestra profesora professeure', 'teacher docente'],
  researcher: ['chercheur investigador', 'chercheuse investigadora', 'researcher'],
  lawyer: ['avocat abogado', 'avocate abogada', 'lawyer juriste jurista'],
  prosecutor: ['procureur', 'procureure', 'prosecutor fiscal'],
  judge: ['juez', 'jueza', 'juge judge'],
  engineer: ['ingénieur ingeniero', 'ingénieure ingeniera', 'engineer'],
  technician: ['technicien técnico', 'technicienne técnica', 'technician'],
  psychologist: ['psicólogo', 'psicóloga', 'psychologue psychologist'],
  journalist: ['', '', 'journaliste journalist periodista photographe photographer fotógrafo fotógrafa'],
  worker: ['travailleur trabajador employé empleado', 'travailleuse trabajadora employée empleada', 'worker employee'],
  volunteer: ['voluntario', 'voluntaria', 'bénévole volontaire volunteer'],
  student: ['étudiant estudiante alumno', 'étudiante alumna', 'élève student pupil'],
  farmer: ['agriculteur éleveur agricultor ganadero', 'agricultrice éleveuse agricultora ganadera', 'farmer herder pastoralist'],
  trader: ['commerçant', 'commerçante', 'trader shopkeeper comerciante vendedor vendedora'],
  fisher: ['pêcheur pescador fisherman', 'pescadora fisherwoman', 'fisher'],
  electrician: ['électricien', 'électricienne', 'electrician electricista'],
  leader: ['dirigeant dirigente', 'dirigeante', 'leader líder lideresa'],
  migrant: ['migrant réfugié retornado refugiado rapatrié déplacé desplazado', 'migrante réfugiée retornada refugiada rapatriée déplacée desplazada', 'migrant refugee returnee survivor sobreviviente victime victim víctima survivant survivante'],
  resident: ['habitant vecino résident', 'habitante vecina résidente', 'resident'],
  mother: ['', 'mère madre mother grand-mère abuela grandmother', ''],
  father: ['père padre father grand-père abuelo grandfather', '', ''],
  woman: ['', 'femme mujer woman veuve viuda widow fille hija daughter girl niña', ''],
  man: ['homme hombre man veuf viudo fils hijo boy niño', '', ''],
  parent: ['', '', 'parent parents'],
};

/** Articles before a role noun and the gender they mark (`la responsable` is a woman). */
export const ROLE_ARTICLES: Readonly<Record<string, 'm' | 'f' | null>> = {
  le: 'm', un: 'm', la: 'f', une: 'f', l: null, the: null, a: null, an: null, el: 'm', una: 'f', lo: 'm', son: null, sa: 'f', notre: null,
  nuestro: 'm', nuestra: 'f', his: null, her: null, their: null, its: null, our: null, leur: null, su: null,
};

/** The English role nouns that do mark a gender (the others are either: `director`, `officer`). */
export const EN_GENDERED: Readonly<Record<string, 'm' | 'f'>> = {
  spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', businessman: 'm', businesswoman: 'f', fisherman: 'm',
  fisherwoman: 'f', congressman: 'm', congresswoman: 'f', mother: 'f', father: 'm', woman: 'f', man: 'm', widow: 'f', widower: 'm',
  daughter: 'f', son: 'm', wife: 'f', husband: 'm', grandmother: 'f', grandfather: 'm', girl: 'f', boy: 'm', sister: 'f', brother: 'm',
  actress: 'f', waitress: 'f', headmistress: 'f', headmaster: 'm',
};
