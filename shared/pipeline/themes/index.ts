export { defaultTaxonomy } from './taxonomy';
