// A whole press-release page (fixtures/press-release.html): header, menu, cookie banner,
// breadcrumb, article with share bar, figure, body, contact; aside, newsletter, footer, scripts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decoded, linesOf } from './helpers';

const PAGE = new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', 'press-release.html')));
const chrome = { kind: 'chrome' } as const;

describe('press-release page', () => {
  it('the article keeps its lines and structure; everything around it is chrome; nothing is lost', async () => {
    const doc = await decoded('page.html', PAGE);
    expect(doc.format).toBe('html');
    expect(doc.mediaType).toBe('text/html');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.meta).toEqual({ title: 'Sahel : 12 000 familles reçoivent une aide d’urgence | Bureau régional de Dakar' });
    expect(linesOf(doc)).toEqual([
      ['Aller au contenu principal', chrome],
      ['Nous utilisons des cookies pour améliorer votre expérience de navigation et mesurer l’audience du site.', chrome],
      ['Tout accepter', chrome],
      ['Tout refuser', chrome],
      ['Paramétrer les cookies', chrome],
      ['OIM Afrique de l’Ouest et du Centre', chrome],
      ['Qui sommes-nous', { kind: 'chrome', list: 'bullet' }],
      ['Actualités', { kind: 'chrome', list: 'bullet' }],
      ['Publications', { kind: 'chrome', list: 'bullet' }],
      ['Contact', { kind: 'chrome', list: 'bullet' }],
      ['Français', chrome],
      ['English', chrome],
      ['Español', chrome],
      ['Rechercher', chrome],
      ['OK', chrome],
      ['Accueil', { kind: 'chrome', list: 'number' }],
      ['Actualités', { kind: 'chrome', list: 'number' }],
      ['Sahel : 12 000 familles reçoivent une aide d’urgence', { kind: 'chrome', list: 'number' }],
      ['Sahel\u00A0: 12 000 familles reçoivent une aide d’urgence', { kind: 'heading', level: 1 }],
      ['Publié le 21 novembre 2023', null],
      ['Partager sur :', chrome],
      ['Facebook', chrome],
      ['X', chrome],
      ['LinkedIn', chrome],
      ['Imprimer', chrome],
      ['Une distribution de kits d’abris à Niamey, en octobre. © OIM/Amadou Diallo', { kind: 'caption' }],
      [
        'DAKAR, 21 novembre 2023 – L’Organisation internationale pour les migrations (OIM) a distribué cette semaine des kits d’abris et de l’argent liquide à 12 000 familles déplacées par les inondations au Niger, au Mali et au Burkina Faso.',
        null,
      ],
      ['« Les familles ont tout perdu en quelques heures\u00A0; notre priorité est de leur rendre un toit avant la saison froide », a déclaré Aïssatou Ndiaye, directrice régionale de l’OIM.', null],
      ['Une réponse en trois volets', { kind: 'heading', level: 2 }],
      ['L’aide comprend\u00A0:', null],
      ['des kits d’abris d’urgence\u00A0;', { kind: 'list-item', list: 'bullet' }],
      ['des transferts monétaires pour trois mois\u00A0;', { kind: 'list-item', list: 'bullet' }],
      ['un appui psychosocial dans douze sites.', { kind: 'list-item', list: 'bullet' }],
      ['Une personne qui partage ses souvenirs sur Facebook avec sa famille n’est pas une barre de partage\u00A0: cette phrase reste dans le corps du texte.', null],
      ['Nous avons tout perdu en une nuit.', { kind: 'blockquote' }],
      ['Pour plus d’informations, veuillez contacter\u00A0:', null],
      ['Fatou Sarr, chargée de communication, OIM Dakar', null],
      ['Tél. : +221 33 555 01 23', null],
      ['Courriel : fsarr@example.org', null],
      ['Thématiques : Abris, Urgences', chrome],
      ['Actualités connexes', { kind: 'chrome', level: 2 }],
      ['Mali : la surveillance sanitaire renforcée', { kind: 'chrome', level: 3 }],
      ['il y a 3 jours', chrome],
      ['Abonnez-vous à notre lettre d’information', chrome],
      ['© 2023 OIM. Tous droits réservés.', chrome],
      ['Mentions légales', { kind: 'chrome', list: 'bullet' }],
      ['Confidentialité', { kind: 'chrome', list: 'bullet' }],
    ]);
  });

  it('keeps no script, style, JSON-LD, noscript, svg or iframe content and no markup', async () => {
    const doc = await decoded('page.html', PAGE);
    for (const leftover of ['dataLayer', 'gtag', 'NewsArticle', 'font-family', 'alert(', 'Activez JavaScript', 'icône', 'iframes', '<', '>']) {
      expect(doc.text).not.toContain(leftover);
    }
  });

  it('one line per block, a blank line between blocks, a single line break for <br>', async () => {
    const doc = await decoded('page.html', PAGE);
    expect(doc.text).toContain('Pour plus d’informations, veuillez contacter\u00A0:\nFatou Sarr, chargée de communication, OIM Dakar\nTél. : +221 33 555 01 23\n');
    expect(doc.text).toContain('Une réponse en trois volets\n\nL’aide comprend\u00A0:\n\ndes kits');
    expect(doc.text).not.toMatch(/\n\n\n/);
    expect(doc.text.startsWith('\n')).toBe(false);
  });

  it('is HTML by its content whatever its name, and its declared charset is honoured', async () => {
    expect((await decoded('page.txt', PAGE)).format).toBe('html');
    const latin = new Uint8Array(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Gen\xE8ve \x96 l\x92OIM</p></body></html>', 'latin1'));
    const doc = await decoded('page.htm', latin);
    expect(doc.text).toBe('Genève – l’OIM');
    expect(doc.encoding).toBe('windows-1252');
  });
});
