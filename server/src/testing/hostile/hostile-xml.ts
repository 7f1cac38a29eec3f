/**
 * XML no route may read as a document: entities (external, recursive), external DTDs and
 * XInclude, sizes that cost memory, and text that is not XML at all. Each is under 4 MiB, the
 * largest limit of an XML route, so the parser itself is what meets it.
 */
const laughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  '<ESADout_CU>&lol9;</ESADout_CU>',
].join('\n');

export const hostileXml: Array<[name: string, xml: string | Buffer]> = [
  ['not XML', 'this is not xml'],
  ['JSON', '{"ESADout_CU":{}}'],
  ['empty document', ''],
  ['unclosed element', '<ESADout_CU><a>'],
  ['mismatched tags', '<ESADout_CU><a></b></ESADout_CU>'],
  [
    'external entity (XXE) reading a file',
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ESADout_CU>&xxe;</ESADout_CU>',
  ],
  [
    'external entity (XXE) over the network',
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]><ESADout_CU>&xxe;</ESADout_CU>',
  ],
  [
    'parameter entity from an external DTD',
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd"> %ext;]><ESADout_CU/>',
  ],
  ['external DTD', '<?xml version="1.0"?><!DOCTYPE ESADout_CU SYSTEM "http://127.0.0.1:9/x.dtd"><ESADout_CU/>'],
  ['billion laughs', laughs],
  [
    'XInclude of a file',
    '<ESADout_CU xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd" parse="text"/></ESADout_CU>',
  ],
  ['a 3 MB attribute', `<ESADout_CU a="${'x'.repeat(3_000_000)}"/>`],
  ['100,000 attributes', `<ESADout_CU ${Array.from({ length: 100_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`],
  ['elements nested 200,000 deep', `${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`],
  ['encoding declared UTF-16, bytes UTF-8', '<?xml version="1.0" encoding="UTF-16"?><ESADout_CU/>'],
  [
    'bytes that are not UTF-8',
    Buffer.concat([Buffer.from('<ESADout_CU>'), Buffer.from([0xc0, 0xaf, 0xff]), Buffer.from('</ESADout_CU>')]),
  ],
  ['NUL inside', '<ESADout_CU>\u0000</ESADout_CU>'],
  [
    'processing instruction and CDATA script',
    '<?xml-stylesheet href="javascript:alert(1)"?><ESADout_CU><![CDATA[<script>alert(1)</script>]]></ESADout_CU>',
  ],
  ['the right root in a foreign namespace', '<x:ESADout_CU xmlns:x="urn:evil"/>'],
];
