// Cue vocabularies of what follows a release on a page: teasers, tags, footers, media links,
// captions. Folded when loaded, matched against whole lines or line prefixes.
import type { Cues } from './cues.web';

/** Headings of "read also" / related-content blocks. */
export const RELATED: Cues = {
  fr: ['documents liés', 'documents associés', 'ressources associées', 'publications liées', 'commentaires', 'laisser un commentaire', 'ajouter un commentaire', 'lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'voir aussi', 'sur le même sujet', 'communiqués liés', 'articles liés', 'actualités liées', 'contenus liés', 'dans la même rubrique', 'nos dernières actualités', 'dernières actualités', 'derniers communiqués', "plus d'actualités", 'autres actualités', 'autres communiqués', 'les plus lus', 'vous aimerez aussi', 'à découvrir aussi'],
  en: ['related documents', 'related resources', 'related publications', 'comments', 'leave a reply', 'leave a comment', 'add a comment', 'read also', 'read more', 'see also', 'related', 'related content', 'related news', 'related stories', 'related articles', 'related links', 'related press releases', 'more news', 'latest news', 'you may also like', 'you might also like', 'more stories', 'further reading', 'other news', 'recent news', 'recent posts', 'most read', 'more from iom', 'more on this topic'],
  es: ['documentos relacionados', 'recursos relacionados', 'publicaciones relacionadas', 'comentarios', 'deja un comentario', 'dejar un comentario', 'añadir un comentario', 'lea también', 'lee también', 'ver también', 'leer más', 'noticias relacionadas', 'contenido relacionado', 'artículos relacionados', 'comunicados relacionados', 'más noticias', 'últimas noticias', 'te puede interesar', 'también te puede interesar', 'otras noticias', 'noticias recientes', 'lo más leído', 'más leídas'],
};

/** Labels of tag, theme and category footers (`Tags: a | b`, `Pays : Mali`). */
export const TAXONOMY_LABELS: readonly string[] = ['étiquettes', 'étiquette', 'tags', 'tag', 'mots-clés', 'mots clés', 'mot-clé', 'thèmes', 'thème', 'thématiques', 'thématique', 'sujets', 'sujet', 'catégories', 'catégorie', 'rubrique', 'rubriques', 'pays', 'région', 'régions', 'secteur', 'secteurs', 'classé dans', 'keywords', 'topics', 'topic', 'themes', 'theme', 'categories', 'category', 'country', 'countries', 'region', 'regions', 'sectors', 'sector', 'filed under', 'tagged', 'etiquetas', 'etiqueta', 'temas', 'tema', 'palabras clave', 'categorías', 'categoría', 'país', 'países', 'región', 'regiones', 'sectores', 'archivado en'];

/** Legal and site links of a page footer; a line made of them (or one of the longer ones alone) is footer. */
export const FOOTER_LINKS: readonly string[] = ['mentions légales', 'plan du site', 'accessibilité', 'politique de confidentialité', 'confidentialité', "conditions d'utilisation", 'cgu', 'données personnelles', 'politique de cookies', 'gestion des cookies', 'contact', 'nous contacter', 'qui sommes-nous', 'qui sommes nous', 'privacy policy', 'privacy', 'terms of use', 'terms and conditions', 'terms', 'sitemap', 'site map', 'accessibility', 'contact us', 'cookie policy', 'legal notice', 'disclaimer', 'fraud alert', 'aviso legal', 'aviso de privacidad', 'política de privacidad', 'términos de uso', 'términos y condiciones', 'mapa del sitio', 'accesibilidad', 'contacto', 'contáctanos', 'política de cookies', 'condiciones de uso'];
/** Footer links that are footer even alone on their line (never a contact intro like `Contact`). */
export const FOOTER_ALONE: readonly string[] = ['mentions légales', 'plan du site', 'accessibilité', 'politique de confidentialité', "conditions d'utilisation", 'données personnelles', 'politique de cookies', 'privacy policy', 'terms of use', 'terms and conditions', 'sitemap', 'site map', 'accessibility', 'cookie policy', 'legal notice', 'fraud alert', 'aviso legal', 'aviso de privacidad', 'política de privacidad', 'términos de uso', 'términos y condiciones', 'mapa del sitio', 'accesibilidad', 'política de cookies', 'condiciones de uso'];
/** Rights phrases of a copyright footer. */
export const RIGHTS: readonly string[] = ['tous droits réservés', 'all rights reserved', 'todos los derechos reservados', 'derechos reservados', 'droits réservés'];

/** Newsletter prompts (line start). */
export const NEWSLETTER: readonly string[] = ['abonnez-vous', 'inscrivez-vous à', 'inscrivez-vous a', "s'abonner", "s'inscrire à la", 'recevez notre', 'subscribe', 'sign up for', 'sign up to', 'get our newsletter', 'suscríbete', 'suscríbase', 'suscribirse', 'recibe nuestro', 'recibe el boletín'];

/** Nouns of media-link lines (`Photos and video for media use: https://…`). */
export const MEDIA_NOUNS: readonly string[] = ['photo', 'photos', 'vidéo', 'vidéos', 'video', 'videos', 'vídeo', 'vídeos', 'foto', 'fotos', 'image', 'images', 'imagen', 'imágenes', 'b-roll', 'multimédia', 'multimedia', 'audio', 'galerie', 'gallery', 'galería', 'footage', 'séquences', 'broadcast', 'infographie', 'infographic', 'infografía'];

/** Photo credit labels (line start, or at the end of a caption line). */
export const CREDIT_LABELS: readonly string[] = ['photo', 'photos', 'foto', 'fotos', 'crédit photo', 'crédits photo', 'crédits photos', 'crédit', 'crédits', 'photo credit', 'credit', 'credits', 'crédito', 'créditos', 'crédito fotográfico', 'fotografía', 'illustration', 'image', 'copyright'];
