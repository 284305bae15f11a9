import { describe, expect, it } from 'vitest';
import { blockOf, contact, plain, PROSE } from './helpers';

const c = (fields: Parameters<typeof contact>[0]) => plain(contact(fields));

describe('contact-line: one contact per person, fields as written', () => {
  it.each([
    [
      'name, role, organisation on one line, labelled phone and e-mail below',
      'Pour plus d’informations, veuillez contacter\u00A0:\nFatou Ba, chargée de communication, OIM Sénégal\nTél.\u00A0: +221 33 555 01 42\nCourriel\u00A0: fba@example.org',
      [c({ name: 'Fatou Ba', role: 'chargée de communication', organization: 'OIM Sénégal', phone: '+221 33 555 01 42', email: 'fba@example.org' })],
    ],
    [
      'location labels, a contact wrapped over two lines, the e-mail after its label on the next line',
      "Pour plus d'informations, veuillez contacter :\nÀ Genève : Hélène Dupraz, OIM Genève, tél. : +41 22 555 01 23,\ncourriel : hdupraz@example.org\nÀ Dakar : Moussa Keïta, OIM Dakar, tél. : +221 33 555 01 77, courriel :\nmkeita@example.org",
      [
        c({ name: 'Hélène Dupraz', role: 'À Genève', organization: 'OIM Genève', phone: '+41 22 555 01 23', email: 'hdupraz@example.org' }),
        c({ name: 'Moussa Keïta', role: 'À Dakar', organization: 'OIM Dakar', phone: '+221 33 555 01 77', email: 'mkeita@example.org' }),
      ],
    ],
    [
      'the whole contact on one line after a location label',
      'Contacts :\nÀ Genève : Hélène Dupraz, OIM Genève, tél. : +41 22 555 01 23, courriel : hdupraz@example.org',
      [c({ name: 'Hélène Dupraz', role: 'À Genève', organization: 'OIM Genève', phone: '+41 22 555 01 23', email: 'hdupraz@example.org' })],
    ],
    [
      'two numbers with T and M labels and a pipe',
      'Media contacts\nJane Doe, Press Officer, IOM Geneva\nT +41 22 555 01 23 | M +41 79 555 01 23\njdoe@example.org',
      [c({ name: 'Jane Doe', role: 'Press Officer', organization: 'IOM Geneva', phone: '+41 22 555 01 23', phoneAlt: '+41 79 555 01 23', email: 'jdoe@example.org' })],
    ],
    [
      'two numbers separated by a slash, fax left out',
      'Pour plus d’informations :\nSalamatou Issoufou, OIM Niger\nTél. : +227 20 555 01 12 / +227 90 555 01 34\nFax : +227 20 555 01 99\nCourriel : sissoufou@example.org',
      [c({ name: 'Salamatou Issoufou', organization: 'OIM Niger', phone: '+227 20 555 01 12', phoneAlt: '+227 90 555 01 34', email: 'sissoufou@example.org' })],
    ],
    [
      'a number wrapped across two lines',
      'Pour plus d’informations, veuillez contacter :\nHélène Dupraz, OIM Genève, tél. : +41 22 555\n01 23, courriel : hdupraz@example.org',
      [c({ name: 'Hélène Dupraz', organization: 'OIM Genève', phone: '+41 22 555 01 23', email: 'hdupraz@example.org' })],
    ],
    [
      'one-line contacts with dashes, two of them',
      'Contacts presse\nRania Haddad – OIM Beyrouth – +961 1 555 012 – rhaddad@example.org\nJulien Morel – OIM Genève – +41 22 555 01 45 – +41 79 555 01 46 – jmorel@example.org',
      [
        c({ name: 'Rania Haddad', organization: 'OIM Beyrouth', phone: '+961 1 555 012', email: 'rhaddad@example.org' }),
        c({ name: 'Julien Morel', organization: 'OIM Genève', phone: '+41 22 555 01 45', phoneAlt: '+41 79 555 01 46', email: 'jmorel@example.org' }),
      ],
    ],
    [
      'an office without a person',
      'For more information, please contact:\nIOM Kenya Communications Unit\nTel: +254 20 555 0111 / +254 722 555 012\nEmail: kenya.media@example.org',
      [c({ organization: 'IOM Kenya Communications Unit', phone: '+254 20 555 0111', phoneAlt: '+254 722 555 012', email: 'kenya.media@example.org' })],
    ],
    [
      'an office and its e-mail only',
      'Contact\nUnité de communication de l’OIM au Burkina Faso\ncommunication.bf@example.org',
      [c({ organization: 'Unité de communication de l’OIM au Burkina Faso', email: 'communication.bf@example.org' })],
    ],
    [
      'the e-mail inside an HTML remnant, and an obfuscated one',
      'Para más información:\nCarlos Méndez, OIM El Salvador\nTel.: +503 2555 0123\nCorreo: [email\u00A0protected]\nSofía Herrera, Oficina Regional de la OIM, San José\nTel.: +506 2555 0145\nCorreo: href="mailto:sherrera@example.org">sherrera@example.org</a>',
      [
        c({ name: 'Carlos Méndez', organization: 'OIM El Salvador', phone: '+503 2555 0123' }),
        c({ name: 'Sofía Herrera', organization: 'Oficina Regional de la OIM, San José', phone: '+506 2555 0145', email: 'sherrera@example.org' }),
      ],
    ],
    [
      'a mailto remnant on its own line under a bare e-mail label',
      'Pour plus d\'informations, veuillez contacter :\nGloria Ko\nOIM Hong Kong\nTel. +852.23322441\nEmail:\n"mailto:gko@example.org" target="_blank" title="">gko@example.org',
      [c({ name: 'Gloria Ko', organization: 'OIM Hong Kong', phone: '+852.23322441', email: 'gko@example.org' })],
    ],
    [
      'an address written with [at] and [dot]',
      'Contact presse :\nMarie Dupont, OIM France\nmdupont [at] example [dot] org',
      [c({ name: 'Marie Dupont', organization: 'OIM France', email: 'mdupont@example.org' })],
    ],
    [
      'an address written with (at) in an e-mail field',
      'Press contacts:\nJohn Smith, IOM UK, Email: jsmith(at)example.org',
      [c({ name: 'John Smith', organization: 'IOM UK', email: 'jsmith@example.org' })],
    ],
    [
      'an e-mail in angle brackets after the name',
      'Contact:\nJane Doe <jane.doe@example.org>, +44 20 7946 0958',
      [c({ name: 'Jane Doe', phone: '+44 20 7946 0958', email: 'jane.doe@example.org' })],
    ],
    [
      'labelled fields (Nom, Fonction, Organisation)',
      'Contact presse :\nNom : Mme Awa Ndiaye\nFonction : Chargée des relations avec les médias\nOrganisation : OIM Mali\nTél. portable : +223 76 555 012\nE-mail : andiaye@example.org',
      [c({ name: 'Awa Ndiaye', role: 'Chargée des relations avec les médias', organization: 'OIM Mali', phone: '+223 76 555 012', email: 'andiaye@example.org' })],
    ],
    [
      'honorifics removed, particles and hyphens kept',
      'Para más información, contactar a:\nSra. María José de la Cruz, OIM España, +34 91 555 01 23, mjdelacruz@example.org\nDr. Jean-Paul N’Guessan, OIM Côte d’Ivoire, +225 27 555 012, jpnguessan@example.org',
      [
        c({ name: 'María José de la Cruz', organization: 'OIM España', phone: '+34 91 555 01 23', email: 'mjdelacruz@example.org' }),
        c({ name: 'Jean-Paul N’Guessan', organization: 'OIM Côte d’Ivoire', phone: '+225 27 555 012', email: 'jpnguessan@example.org' }),
      ],
    ],
    [
      'a role line between name and office, a mobile with its label',
      'For more information, please contact:\nNusrat Jahan\nCommunications Officer, IOM Bangladesh\nMobile: +880 1711 555 012\nEmail: njahan@example.org',
      [c({ name: 'Nusrat Jahan', role: 'Communications Officer', organization: 'IOM Bangladesh', phone: '+880 1711 555 012', email: 'njahan@example.org' })],
    ],
    [
      'pipes between name, role and office; Cel. as mobile label',
      'Contacto de prensa:\nJuliana Cárdenas | Oficial de Comunicaciones | OIM Colombia\nTel.: +57 601 555 0123 | Cel.: +57 310 555 0145\njcardenas@example.org',
      [c({ name: 'Juliana Cárdenas', role: 'Oficial de Comunicaciones', organization: 'OIM Colombia', phone: '+57 601 555 0123', phoneAlt: '+57 310 555 0145', email: 'jcardenas@example.org' })],
    ],
    [
      'an office in three pieces on one line',
      'Contact :\nSonia Trabelsi\nUnité communication, OIM Tunisie, Tunis\nTél. : +216 71 555 012',
      [c({ name: 'Sonia Trabelsi', organization: 'Unité communication, OIM Tunisie, Tunis', phone: '+216 71 555 012' })],
    ],
    [
      'an office with a dash inside it',
      'Contacto:\nValentina Rojas\nOIM Colombia – Oficina de Cúcuta\n+57 607 555 0123\nvrojas@example.org',
      [c({ name: 'Valentina Rojas', organization: 'OIM Colombia – Oficina de Cúcuta', phone: '+57 607 555 0123', email: 'vrojas@example.org' })],
    ],
    [
      'a contact in a sentence after the intro',
      'For more information, please contact Jane Doe at +41 22 555 01 23 or jdoe@example.org.',
      [c({ name: 'Jane Doe', phone: '+41 22 555 01 23', email: 'jdoe@example.org' })],
    ],
    [
      'a blank line between two people',
      'Contacts :\nClémentine Mbuyi, OIM Goma\n+243 81 555 0123\ncmbuyi@example.org\n\nPatrick Lumbala, OIM Kinshasa\n+243 99 555 0145\nplumbala@example.org',
      [
        c({ name: 'Clémentine Mbuyi', organization: 'OIM Goma', phone: '+243 81 555 0123', email: 'cmbuyi@example.org' }),
        c({ name: 'Patrick Lumbala', organization: 'OIM Kinshasa', phone: '+243 99 555 0145', email: 'plumbala@example.org' }),
      ],
    ],
    [
      'bracketed labels after the numbers',
      'Contact :\nJean DUPONT, OIM Belgique\nTél. : +32 2 555 01 23 (bureau) / +32 470 55 50 12 (mobile)\njdupont@example.org',
      [c({ name: 'Jean DUPONT', organization: 'OIM Belgique', phone: '+32 2 555 01 23', phoneAlt: '+32 470 55 50 12', email: 'jdupont@example.org' })],
    ],
    [
      'a combined label (Mob./WhatsApp)',
      'Contact presse :\nAïcha Traoré, OIM Burkina Faso\nMob./WhatsApp : +226 70 555 012\natraore@example.org',
      [c({ name: 'Aïcha Traoré', organization: 'OIM Burkina Faso', phone: '+226 70 555 012', email: 'atraore@example.org' })],
    ],
    [
      'the person after the office, separated by a dash',
      'Relations presse :\nOIM Maroc – Yasmine Alaoui – yalaoui@example.org',
      [c({ name: 'Yasmine Alaoui', organization: 'OIM Maroc', email: 'yalaoui@example.org' })],
    ],
    [
      'a role, a colon, then the person',
      'Contact presse :\nChargée de communication : Fatou Ba\nOIM Sénégal\n+221 33 555 01 42',
      [c({ name: 'Fatou Ba', role: 'Chargée de communication', organization: 'OIM Sénégal', phone: '+221 33 555 01 42' })],
    ],
    [
      'the office in brackets after the name',
      'Contacts :\nJane Doe (IOM Geneva) +41 22 555 01 23, jdoe@example.org',
      [c({ name: 'Jane Doe', organization: 'IOM Geneva', phone: '+41 22 555 01 23', email: 'jdoe@example.org' })],
    ],
    [
      'a place in brackets after the office',
      'Contacts :\nOIM (Genève) – Jane Doe – +41 22 555 01 23',
      [c({ name: 'Jane Doe', organization: 'OIM (Genève)', phone: '+41 22 555 01 23' })],
    ],
    [
      'a trunk prefix in brackets and a spaced [at] address',
      'Contact:\nJohn Smith, IOM, +44 (0)20 7946 0958, jsmith (at) example (dot) org',
      [c({ name: 'John Smith', organization: 'IOM', phone: '+44 (0)20 7946 0958', email: 'jsmith@example.org' })],
    ],
    [
      'list markers and location labels with a comma (UN style)',
      'For more information on this topic, please contact:\n- In Geneva, Shabia Mantoo, mantoo@example.org, +41 79 555 7650\n- In Nairobi, Faith Kasina, kasina@example.org, +254 113 555 677',
      [
        c({ name: 'Shabia Mantoo', role: 'In Geneva', phone: '+41 79 555 7650', email: 'mantoo@example.org' }),
        c({ name: 'Faith Kasina', role: 'In Nairobi', phone: '+254 113 555 677', email: 'kasina@example.org' }),
      ],
    ],
    [
      'a name in capitals, an office with a slash',
      'Contacts :\nJANE DOE, WFP/Geneva, Mob. +41 79 555 0000',
      [c({ name: 'JANE DOE', organization: 'WFP/Geneva', phone: '+41 79 555 0000' })],
    ],
    [
      'two people on one line, separated by a slash',
      'Contacts:\nJane Doe, +41 22 555 01 23 / John Roe, +41 22 555 01 24',
      [c({ name: 'Jane Doe', phone: '+41 22 555 01 23' }), c({ name: 'John Roe', phone: '+41 22 555 01 24' })],
    ],
    [
      'an office with its switchboard, fax left out',
      'Contact:\nIOM Geneva, Tel: +41 22 717 9111 Fax: +41 22 798 6150, info@example.org',
      [c({ organization: 'IOM Geneva', phone: '+41 22 717 9111', email: 'info@example.org' })],
    ],
  ])('%s', (_what, text, expected) => {
    expect(blockOf(text).contacts.map(plain)).toEqual(expected);
  });

  it('takes every line of the block, intro included, and says which rule put it there', () => {
    const out = blockOf(`${PROSE}\n\nPour plus d’informations :\nFatou Ba, OIM Sénégal\nTél. : +221 33 555 01 42\n\n`);
    expect(out.blockLines).toEqual([2, 3, 4]);
    expect(out.rules).toEqual(['contact-intro', 'contact-line', 'contact-line']);
    expect(out.confidence).toBeGreaterThan(0.9);
  });

  it('normalises numbers to international format, fictional 555 numbers included', () => {
    const out = blockOf('Contacts :\nFatou Ba, OIM Sénégal, +221 33 555 01 42 / 33 555 01 43\nJean Roux, OIM Suisse, 022 555 01 23', { country: 'CH' });
    expect(out.contacts.map((k) => [k.phoneIntl, k.phoneAltIntl])).toEqual([
      ['+221 33 555 01 42', '+221 33 555 01 43'],
      ['+41 22 555 01 23', null],
    ]);
  });
});
