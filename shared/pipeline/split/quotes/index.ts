export { extractQuotes, type QuoteContext } from './quotes';
export { QUOTE_RULES } from './quotes.rules';
