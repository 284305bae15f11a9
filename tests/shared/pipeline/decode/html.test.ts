// The HTML flattener: blocks → lines, hints, chrome by tag/role/cue words, the article choice.
import { describe, expect, it } from 'vitest';
import { flattenHtml } from '../../../../shared/pipeline/decode';
import type { LineHint } from '../../../../shared/pipeline/model';
import { linesOf } from './helpers';

const flat = (html: string, article = true) => {
  const f = flattenHtml(html, { article });
  expect(f.hints).toHaveLength(f.lines.length);
  return linesOf({ text: f.lines.join('\n'), hints: f.hints });
};
const texts = (html: string, article = true) => flat(html, article).map(([t]) => t);
const hintOf = (html: string, line: string, article = true): LineHint | null | undefined => flat(html, article).find(([t]) => t === line)?.[1];
const CHROME = { kind: 'chrome' };
/** A body long enough to be "the article" next to the chrome in the tests below. */
const BODY = '<p>Le lead du communiqué est un paragraphe assez long pour peser dans la page entière.</p>'.repeat(6);

describe('blocks and text', () => {
  it.each([
    ['one line per block, blank line between blocks', '<p>Un</p><p>Deux</p>', 'Un\n\nDeux'],
    ['<br> ends a line, two end a block', '<p>Un<br>Deux<br><br>Trois</p>', 'Un\nDeux\n\nTrois'],
    ['a div with direct text is a block', '<div>Un<div>Deux</div>Trois</div>', 'Un\n\nDeux\n\nTrois'],
    ['inline elements stay on the line', '<p>Un <strong>gras</strong> et <a href="#">lien</a>.</p>', 'Un gras et lien.'],
    ['HTML whitespace collapsed, lines trimmed', '<p>\n   Un\t\t mot  \n</p>', 'Un mot'],
    ['no-break spaces kept (not HTML whitespace)', '<p>Tchad&nbsp;: 9&#160;000\u202Fpersonnes</p>', 'Tchad\u00A0: 9\u00A0000\u202Fpersonnes'],
    ['entities decoded', '<p>l&rsquo;OIM &laquo;&nbsp;x&nbsp;&raquo; &amp; &#39;y&#39; &quot;z&quot;</p>', 'l’OIM «\u00A0x\u00A0» & \'y\' "z"'],
    ['a line of spaces only is not kept', '<p>&nbsp;</p><p>Texte</p>', 'Texte'],
    ['<pre> keeps its line breaks', '<pre>Ligne 1\n  Ligne 2\n\nLigne 4</pre>', 'Ligne 1\n  Ligne 2\n\nLigne 4'],
    ['table cells are lines', '<table><tr><td>Nom</td><td>Téléphone</td></tr></table>', 'Nom\n\nTéléphone'],
    ['unclosed and stray tags', '<p>Un<p>Deux</span></div><li>Trois', 'Un\n\nDeux\n\nTrois'],
    ['comments and CDATA are not text', '<p>Un<!-- commentaire --> deux<![CDATA[ x ]]></p>', 'Un deux'],
    ['zero-width and control characters removed', '<p>a\u200Bb\u0007c\u00ADd</p>', 'abc\u00ADd'],
    ['glued links are separate entries', '<p><a>Accueil</a><a>Actualités</a></p>', 'Accueil\nActualités'],
  ])('%s', (_label, html, expected) => {
    expect(flattenHtml(html, { article: false }).lines.join('\n')).toBe(expected);
  });

  it('links apart by a space inside a sentence stay on one line', () => {
    expect(texts('<p>Voir <a>Paris</a> <a>Lyon</a> et Dakar.</p>', false)).toEqual(['Voir Paris Lyon et Dakar.']);
  });

  it.each(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'video', 'audio', 'canvas'])('<%s> is dropped with its content', (tag) => {
    expect(texts(`<p>Avant</p><${tag}>alert("x"); secret</${tag}><p>Après</p>`, false)).toEqual(['Avant', 'Après']);
  });

  it('an <svg> and its <title> are dropped; the page <title> goes to `title`', () => {
    const f = flattenHtml('<html><head><title> Titre  de la page </title></head><body><svg><title>icône</title></svg><p>Texte</p></body></html>');
    expect(f).toEqual({ lines: ['Texte'], hints: [null], title: 'Titre de la page' });
    expect(flattenHtml('<p>x</p>').title).toBeNull();
  });
});

describe('structure hints', () => {
  it.each([
    ['<h1>Titre</h1>', 'Titre', { kind: 'heading', level: 1 }],
    ['<h3>Sous-titre</h3>', 'Sous-titre', { kind: 'heading', level: 3 }],
    ['<div role="heading" aria-level="4">Rôle</div>', 'Rôle', { kind: 'heading', level: 4 }],
    ['<div role="heading">Sans niveau</div>', 'Sans niveau', { kind: 'heading', level: 2 }],
    ['<ul><li>Point</li></ul>', 'Point', { kind: 'list-item', list: 'bullet' }],
    ['<ol><li>Étape</li></ol>', 'Étape', { kind: 'list-item', list: 'number' }],
    ['<ol><li>Un<ul><li>Imbriqué</li></ul></li></ol>', 'Imbriqué', { kind: 'list-item', list: 'bullet' }],
    ['<ul><li><p>Dans un p</p></li></ul>', 'Dans un p', { kind: 'list-item', list: 'bullet' }],
    ['<figure><img alt="x"><figcaption>Légende</figcaption></figure>', 'Légende', { kind: 'caption' }],
    ['<p class="photo-credit">© OIM/X</p>', '© OIM/X', { kind: 'caption' }],
    ['<div class="légende">Photo</div>', 'Photo', { kind: 'caption' }],
    ['<p class="pie-de-foto">Foto</p>', 'Foto', { kind: 'caption' }],
    ['<span class="wp-caption-text">Cap</span>', 'Cap', { kind: 'caption' }],
    ['<blockquote><p>Cité</p></blockquote>', 'Cité', { kind: 'blockquote' }],
    ['<p><strong>Tout en gras</strong></p>', 'Tout en gras', { kind: 'emphasis', bold: true }],
    ['<p><b>Gras</b> <i>puis</i> <b>gras</b></p>', 'Gras puis gras', null],
    ['<p><em>Tout en italique</em></p>', 'Tout en italique', { kind: 'emphasis', italic: true }],
    ['<p><strong><em>Les deux</em></strong></p>', 'Les deux', { kind: 'emphasis', bold: true, italic: true }],
    ['<h2><strong>Titre gras</strong></h2>', 'Titre gras', { kind: 'heading', level: 2, bold: true }],
    ['<p><strong>SAN SALVADOR, 8 de julio de 2024</strong> – Representantes…</p>', 'SAN SALVADOR, 8 de julio de 2024 – Representantes…', null],
    ['<p>Paragraphe simple.</p>', 'Paragraphe simple.', null],
  ])('%s', (html, line, hint) => {
    expect(hintOf(html, line, false)).toEqual(hint);
  });
});

describe('chrome', () => {
  it.each([
    ['nav', `<nav><a>Accueil</a></nav>${BODY}`, 'Accueil'],
    ['aside', `<aside><p>À lire aussi</p></aside>${BODY}`, 'À lire aussi'],
    ['footer', `${BODY}<footer><p>© 2024 OIM</p></footer>`, '© 2024 OIM'],
    ['form', `<form><label>Rechercher</label></form>${BODY}`, 'Rechercher'],
    ['dialog', `<dialog open><p>Nous utilisons des cookies</p></dialog>${BODY}`, 'Nous utilisons des cookies'],
    ['button', `${BODY}<button>Imprimer</button>`, 'Imprimer'],
    ['page header', `<header><a>OIM Mali</a></header>${BODY}`, 'OIM Mali'],
    ['role=navigation', `<div role="navigation"><a>Menu</a></div>${BODY}`, 'Menu'],
    ['role=banner', `<div role="banner"><p>Bandeau</p></div>${BODY}`, 'Bandeau'],
    ['role=contentinfo', `${BODY}<div role="contentinfo"><p>Mentions légales</p></div>`, 'Mentions légales'],
    ['role=dialog', `<div role="dialog"><p>Consentement</p></div>${BODY}`, 'Consentement'],
    ['hidden attribute', `<div hidden><p>Caché</p></div>${BODY}`, 'Caché'],
    ['aria-hidden', `<span aria-hidden="true">Icône</span>${BODY}`, 'Icône'],
    ['display:none', `<p style="display: none">Invisible</p>${BODY}`, 'Invisible'],
    ['cookie banner (en)', `<div class="cookie-notice"><p>We use cookies</p></div>${BODY}`, 'We use cookies'],
    ['cookie banner (fr)', `<div id="bandeau-cookies"><p>Ce site utilise des cookies</p></div>${BODY}`, 'Ce site utilise des cookies'],
    ['cookie banner (es)', `<div class="aviso-cookies"><p>Usamos cookies</p></div>${BODY}`, 'Usamos cookies'],
    ['consent manager', `<div id="CybotCookiebotDialog"><p>Autoriser</p></div>${BODY}`, 'Autoriser'],
    ['tarteaucitron', `<div id="tarteaucitronRoot"><p>Panneau</p></div>${BODY}`, 'Panneau'],
    ['breadcrumb (en)', `<ol class="breadcrumb"><li>Home</li></ol>${BODY}`, 'Home'],
    ['breadcrumb (fr)', `<div class="fil-ariane"><a>Accueil</a></div>${BODY}`, 'Accueil'],
    ['breadcrumb (es)', `<div class="migas-de-pan"><a>Inicio</a></div>${BODY}`, 'Inicio'],
    ['breadcrumb by aria-label (fr)', `<div aria-label="Fil d'Ariane"><a>Accueil</a></div>${BODY}`, 'Accueil'],
    ['breadcrumb by aria-label (es)', `<div aria-label="Migas de pan"><a>Inicio</a></div>${BODY}`, 'Inicio'],
    ['share bar (en)', `<div class="share-buttons"><a>Facebook</a></div>${BODY}`, 'Facebook'],
    ['share bar (fr)', `<div class="barre-partage"><a>Partager</a></div>${BODY}`, 'Partager'],
    ['share bar (es)', `<div class="compartir-redes"><a>Compartir</a></div>${BODY}`, 'Compartir'],
    ['social links', `<ul class="socialLinks"><li>X</li></ul>${BODY}`, 'X'],
    ['newsletter (fr)', `<div class="bloc-infolettre"><p>Abonnez-vous</p></div>${BODY}`, 'Abonnez-vous'],
    ['newsletter (es)', `<div class="boletin"><p>Suscríbase</p></div>${BODY}`, 'Suscríbase'],
    ['related (fr)', `${BODY}<div class="articles-connexes"><p>Autre actualité</p></div>`, 'Autre actualité'],
    ['related (es)', `${BODY}<div class="noticias-relacionadas"><p>Otra noticia</p></div>`, 'Otra noticia'],
    ['sidebar (es)', `<div class="barra-lateral"><p>Enlaces</p></div>${BODY}`, 'Enlaces'],
    ['menu', `<ul class="menu-principal"><li>Qui sommes-nous</li></ul>${BODY}`, 'Qui sommes-nous'],
    ['tags (es)', `${BODY}<div class="etiquetas"><a>Migración</a></div>`, 'Migración'],
    ['language switcher', `<div class="language-switcher"><a>English</a></div>${BODY}`, 'English'],
  ])('%s', (_label, html, line) => {
    expect(hintOf(html, line, false)?.kind).toBe('chrome');
  });

  it.each([
    ['a body sentence that mentions Facebook and cookies', `${BODY}<p>Elle partage ses photos sur Facebook et mange des cookies.</p>`, 'Elle partage ses photos sur Facebook et mange des cookies.'],
    ['an article whose own class has a cue word', `<article class="node social-share-enabled"><h1>Titre</h1>${BODY}</article>`, 'Titre'],
    ['a header inside the article', `<article><header><h1>Titre</h1><p>Publié le 3 mai 2024</p></header>${BODY}</article>`, 'Publié le 3 mai 2024'],
    ['a page header holding the headline', `<header><h1>Titre du communiqué</h1></header><div>${BODY}</div>`, 'Titre du communiqué'],
    ['a class that merely contains a short cue (shared, navy, research)', `<div class="shared-content navy research-box"><p>Contenu</p></div>${BODY}`, 'Contenu'],
  ])('not chrome: %s', (_label, html, line) => {
    expect(hintOf(html, line)?.kind).not.toBe('chrome');
  });
});

describe('the article', () => {
  it('everything outside <article> is chrome, its own text is not', () => {
    const lines = flat(`<div><p>Bloc hors article</p></div><article><h1>Titre</h1>${BODY}</article><div><p>Autre bloc</p></div>`);
    expect(lines[0]).toEqual(['Bloc hors article', CHROME]);
    expect(lines[1]).toEqual(['Titre', { kind: 'heading', level: 1 }]);
    expect(lines.at(-1)).toEqual(['Autre bloc', CHROME]);
    expect(lines.filter(([, h]) => h === null)).toHaveLength(6);
  });

  it('a small <article> teaser is not the article: <main> is', () => {
    const lines = flat(`<main><h1>Titre</h1>${BODY}<article><p>Teaser</p></article></main><div><p>Pied</p></div>`);
    expect(lines.find(([t]) => t === 'Titre')?.[1]).toEqual({ kind: 'heading', level: 1 });
    expect(lines.find(([t]) => t === 'Pied')?.[1]).toEqual(CHROME);
  });

  it('without <article> or <main>: the densest container', () => {
    const lines = flat(`<div class="top"><p>Bandeau du site</p></div><div class="content"><h1>Titre</h1>${BODY}</div><div class="bottom"><p>Bas de page</p></div>`);
    expect(lines.find(([t]) => t === 'Bandeau du site')?.[1]).toEqual(CHROME);
    expect(lines.find(([t]) => t === 'Titre')?.[1]).toEqual({ kind: 'heading', level: 1 });
    expect(lines.find(([t]) => t === 'Bas de page')?.[1]).toEqual(CHROME);
  });

  it('the headline just outside the article widens it (with the date stamp beside it)', () => {
    const lines = flat(`<nav><a>Menu</a></nav><main><div class="title"><h1>Titre</h1><span>Publié le 21 novembre 2023</span></div><article>${BODY}</article></main>`);
    expect(lines.find(([t]) => t === 'Titre')?.[1]).toEqual({ kind: 'heading', level: 1 });
    expect(lines.find(([t]) => t === 'Publié le 21 novembre 2023')?.[1]).toBeNull();
    expect(lines.find(([t]) => t === 'Menu')?.[1]).toEqual(CHROME);
  });

  it('a CMS title printed as <h2> above an article body without heading; the byline and date between them are the article’s header', () => {
    const page = `<nav><a>Accueil</a></nav><main><div class="item-page"><div class="page-header"><h2 itemprop="headline">Titre du communiqué</h2></div><dl class="article-info"><dd>Écrit par Service communication</dd><dd><time>Publication : 21 novembre 2024</time></dd></dl><div itemprop="articleBody">${BODY}</div></div><aside><h2>À lire aussi</h2></aside></main>`;
    const lines = flat(page);
    expect(lines.find(([t]) => t === 'Titre du communiqué')?.[1]).toEqual({ kind: 'heading', level: 2 });
    expect(lines.find(([t]) => t === 'Publication : 21 novembre 2024')?.[1]).toBeNull();
    expect(lines.find(([t]) => t === 'Écrit par Service communication')?.[1]).toBeNull();
    expect(lines.find(([t]) => t === 'Accueil')?.[1]).toEqual(CHROME);
    expect(lines.find(([t]) => t === 'À lire aussi')?.[1]).toEqual({ ...CHROME, level: 2 });
  });

  it('an <h2> is not taken for the headline when the article has its own heading', () => {
    const lines = flat(`<div class="promo"><h2>Nos campagnes</h2></div><article><h2>Titre</h2>${BODY}</article>`);
    expect(lines.find(([t]) => t === 'Nos campagnes')?.[1]).toEqual({ ...CHROME, level: 2 });
  });

  it('a headline far from the article is still not chrome; the text around it is', () => {
    const far = '<p>Bloc de navigation secondaire assez long pour ne pas être pris avec le titre du tout.</p>'.repeat(8);
    const lines = flat(`<div><h1>Titre</h1>${far}</div><article>${BODY}${BODY}${BODY}</article>`);
    expect(lines.find(([t]) => t === 'Titre')?.[1]).toEqual({ kind: 'heading', level: 1 });
    expect(lines.find(([t]) => t.startsWith('Bloc de navigation'))?.[1]).toEqual(CHROME);
  });

  it('a fragment with little text: only explicit chrome is marked', () => {
    expect(flat('<p>Court texte.</p><nav>Menu</nav>')).toEqual([
      ['Court texte.', null],
      ['Menu', CHROME],
    ]);
  });

  it('with article: false (.docx, e-mail) nothing is chrome by position', () => {
    expect(flat(`<div><p>Hors article</p></div><article>${BODY}</article>`, false)[0]).toEqual(['Hors article', null]);
  });

  it('survives 100,000 nested elements (no recursion)', () => {
    const deep = `${'<div>'.repeat(100_000)}Profond${'</div>'.repeat(100_000)}`;
    expect(flattenHtml(deep).lines).toEqual(['Profond']);
  });
});
