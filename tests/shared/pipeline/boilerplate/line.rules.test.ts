import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES } from '../../../../shared/pipeline/boilerplate';
import { around, rulesOf } from '../split/docs';

// Each row: the rule id, a line placed between two body paragraphs of a release. The line rules
// look at a line on its own, so the same line is boilerplate wherever it stands.
const DROPPED: [string, string][] = [
  ['bp-html-residue', '<div class="field-item even">'],
  ['bp-html-residue', '</div>'],
  ['bp-html-residue', 'class="lien-courriel" target="_blank">'],
  ['bp-skip-link', 'Aller au contenu principal'],
  ['bp-skip-link', 'Skip to main content'],
  ['bp-skip-link', 'Ir al contenido'],
  ['bp-language-switcher', 'ES | EN'],
  ['bp-language-switcher', 'Français English Español'],
  ['bp-cookie-banner', 'Nous utilisons des cookies pour améliorer votre expérience de navigation.'],
  ['bp-cookie-banner', 'We use cookies'],
  ['bp-cookie-banner', 'Este sitio web utiliza cookies propias y de terceros para mejorar su experiencia.'],
  ['bp-breadcrumb', 'Accueil › Actualités › Communiqués de presse'],
  ['bp-breadcrumb', 'Home / News / Press releases'],
  ['bp-breadcrumb', 'Inicio » Noticias » Familias de migrantes piden mecanismos'],
  ['bp-breadcrumb', 'Actualités > Afrique > Sahel'],
  ['bp-share-bar', 'Partager sur : Facebook | X | LinkedIn | Courriel'],
  ['bp-share-bar', 'Share this:'],
  ['bp-share-bar', 'Compartir'],
  ['bp-share-bar', 'Facebook · Twitter · WhatsApp'],
  ['bp-print-link', 'Imprimer'],
  ['bp-print-link', 'Télécharger en PDF'],
  ['bp-print-link', 'Download PDF'],
  ['bp-print-link', 'Enviar a un amigo'],
  ['bp-reading-time', 'Temps de lecture : 3 min'],
  ['bp-reading-time', 'Reading time: 4 minutes'],
  ['bp-reading-time', '5 min read'],
  ['bp-reading-time', 'Tiempo de lectura: 2 minutos'],
  ['bp-site-label', 'COMMUNIQUÉ DE PRESSE'],
  ['bp-site-label', 'Press Release'],
  ['bp-site-label', 'POUR DIFFUSION IMMÉDIATE'],
  ['bp-site-label', 'FOR IMMEDIATE RELEASE'],
  ['bp-site-label', 'Comunicado de prensa'],
  ['bp-embargo', 'EMBARGOED UNTIL 10:00 CET, 4 JUNE 2024'],
  ['bp-embargo', 'Sous embargo jusqu’au 12 mars 2024 à 10 h'],
  ['bp-embargo', 'Embargo hasta el 5 de mayo'],
  ['bp-end-mark', '###'],
  ['bp-end-mark', '# # #'],
  ['bp-end-mark', '– Fin –'],
  ['bp-end-mark', '-30-'],
  ['bp-end-mark', '- FIN -'],
  ['bp-end-mark', 'ENDS'],
  ['bp-separator', '***'],
  ['bp-separator', '-'],
  ['bp-page-number', 'Page 1 sur 2'],
  ['bp-page-number', 'Página 3 de 4'],
  ['bp-editor-note', 'Note aux rédactions : des photos sont disponibles sur demande.'],
  ['bp-editor-note', 'Notes to editors'],
  ['bp-editor-note', 'Nota para los editores: las fotografías están disponibles.'],
  ['bp-about', 'À propos de l’OIM'],
  ['bp-about', 'About IOM'],
  ['bp-about', 'Acerca de la OIM'],
  ['bp-about', 'About the International Organization for Migration'],
  ['bp-bracket-note', '[version validée par le bureau régional – ne pas modifier sans accord]'],
  ['bp-sdg-tag', 'ODS 16 – Paz, justicia e instituciones sólidas'],
  ['bp-sdg-tag', 'SDG 10: Reduced inequalities'],
  ['bp-sdg-tag', 'ODD 5 – Égalité entre les sexes'],
  ['bp-taxonomy', 'Étiquettes : Retour et réintégration, Sénégal'],
  ['bp-taxonomy', 'Tags: Labour migration | Bangladesh | Pre-departure orientation'],
  ['bp-taxonomy', 'Pays : Mali'],
  ['bp-taxonomy', 'Temas: Salud, Migración'],
  ['bp-related', 'Lire aussi'],
  ['bp-related', 'Related news'],
  ['bp-related', 'Noticias relacionadas'],
  ['bp-newsletter', 'Abonnez-vous à notre lettre d’information'],
  ['bp-newsletter', 'Subscribe to our newsletter'],
  ['bp-footer', '© OIM 2024 – Mentions légales – Plan du site – Accessibilité'],
  ['bp-footer', '© 2023 OIM Mali. Tous droits réservés.'],
  ['bp-footer', 'Aviso de privacidad'],
  ['bp-footer', 'Info Migrations – Qui sommes-nous – Mentions légales – Contact'],
  ['bp-footer', 'All rights reserved'],
  ['bp-credit', '© OIM/Adama Traoré'],
  ['bp-credit', 'Photo : OIM/Issa Ouédraogo'],
  ['bp-credit', 'Crédit : OIM 2024'],
  ['bp-credit', 'Foto: OIM/Juan Pérez'],
  ['bp-caption', 'Refugees attend a language class in Bălți. Photo: IOM/Ion Munteanu'],
  ['bp-media-link', 'Photos and video for media use: https://media.example.org/kenya-drought-2024'],
  ['bp-media-link', 'Photos : https://www.example.org/galerie'],
  ['bp-media-link', 'https://www.example.org/fotos'],
];

// Body lines that merely mention a cue word must stay.
const KEPT: string[] = [
  'Facebook a supprimé des centaines de fausses offres d’emploi visant les migrants, selon le rapport.',
  'The children shared cookies with the volunteers during the festival in the camp.',
  'Le rapport est disponible en ligne et sera présenté à Genève le 12 mars.',
  'Les résultats, publiés en 2023, montrent une hausse de 14 % des arrivées.',
  'According to the survey, 3 min is the average waiting time at the clinic.',
  'About 300 people attended the ceremony in the town hall on Monday.',
  'Sobre el terreno, los equipos de la OIM distribuyeron agua y mantas.',
  'Le projet s’inscrit dans les objectifs du Pacte mondial sur les migrations.',
  'Photo exhibitions will open in three cities, organizers said.',
  'Les familles peuvent joindre la ligne d’écoute de l’OIM au 80 555 010.',
  'Pour plus d’informations sur le programme, consultez le site du ministère.',
  'Contact',
  'Facebook',
  'X',
  'SDG 10 calls for reducing inequality within and among countries.',
  'Newsletter subscribers will receive the full report next week.',
  'Subscribe farmers receive seeds and tools from the cooperative every spring, the report says.',
  'Tous droits humains doivent être respectés aux frontières, a rappelé la directrice.',
];

describe('boilerplate line rules', () => {
  it.each(DROPPED)('%s: %s', (rule, line) => {
    const { text, at } = around(line);
    expect(rulesOf(text)[at]).toBe(rule);
  });

  it.each(KEPT)('kept: %s', (line) => {
    const { text, at } = around(line);
    expect(rulesOf(text)[at]).toBeNull();
  });

  it('every rule id used in the tables is a known rule', () => {
    for (const [rule] of DROPPED) expect(BOILERPLATE_RULES).toHaveProperty(rule);
  });
});
