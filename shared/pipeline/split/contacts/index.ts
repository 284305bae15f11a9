export { findContactBlock, type ContactBlock, type ContactContext } from './contacts';
export { CONTACT_RULES, CONTACT_RULE_TEXT } from './contacts.rules';
export { internationalPhone } from './phones';
