// Writes the bad-input case src/test/resources/bad-input/editor-serialised-entries/: a bilingual news item and a
// bilingual page serialised exactly as the browser editor (Sveltia CMS 0.221.1) saves them. The editor writes front
// matter with the 'yaml' package (2.9.x) and these options (its formatYAML, src/lib/services/contents/file/format.js,
// with the output options of assets/admin/config.yml: none), the canonical slug (translationKey) first, then the
// fields in the order of the configuration, empty optional fields left out, and the body after a blank line.
// Usage: npm install --prefix /tmp/yaml yaml@2.9.1 && NODE_PATH=/tmp/yaml/node_modules node tools/editor-fixtures.cjs
const fs = require('node:fs');
const path = require('node:path');
const { stringify } = require('yaml');

const yaml = (object) => stringify(object, null, {
  indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true,
}).trim();
const entry = (content, body) => `---\n${yaml(content)}\n---\n${body ? `\n${body}\n` : ''}`;

const root = path.join(__dirname, '..', 'src/test/resources/bad-input/editor-serialised-entries');
const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

// string (a colon, typographic and straight quotes, a leading quote, #), datetime as YYYY-MM-DD, hidden, select,
// multi-line text, list (with YAML 1.1 booleans, a number and a colon), image, markdown
write('content/sr/vesti/2024/obuka-zakljucci-i-preporuke.md', entry({
  translationKey: 'obuka-zakljucci-i-preporuke',
  title: 'Obuka: zaključci i „preporuke“ za pružaoce usluga',
  date: '2024-11-05',
  type: 'news',
  status: 'published',
  summary: 'Na obuci u Subotici učestvovali su pružaoci usluga iz dvanaest opština.\n'
    + 'Zaključci: više saradnje # i redovnije razmene iskustava.',
  tags: ['obuka', 'Subotica', 'yes', 'upravni odbor: sastanak', '2024'],
  image: '/media/obuka-subotica.png',
  imageAlt: '„Učesnici“ obuke #1 u Subotici sede za stolom',
}, '## Šta je dogovoreno\n\nUčesnici su se složili da lokalne službe **redovnije razmenjuju** iskustva i podatke.\n\n'
  + '- prva preporuka: zajednički sastanci svaka tri meseca\n- druga preporuka: obuka za nove zaposlene\n\n'
  + '![Učesnici obuke za stolom](/media/obuka-subotica.png)'));
write('content/en/vesti/2024/training-conclusions-and-recommendations.md', entry({
  translationKey: 'obuka-zakljucci-i-preporuke',
  title: 'Training: "conclusions" & recommendations for service providers',
  date: '2024-11-05',
  type: 'news',
  status: 'published',
  summary: "Service providers from twelve municipalities took part in the training in Subotica, the project's first.",
  tags: ['training', 'no', 'on'],
  image: '/media/obuka-subotica.png',
  imageAlt: "Participants' table: training in Subotica",
}, '## What was agreed\n\nThe participants agreed that local services should **exchange** experience and data more '
  + 'regularly.\n\n1. joint meetings every three months\n2. training for new staff'));
// number (menu), no optional text fields at all
write('content/sr/mreza-pruzalaca-usluga.md', entry({
  translationKey: 'mreza-pruzalaca-usluga',
  title: 'Mreža pružalaca usluga',
  date: '2024-11-06',
  type: 'page',
  status: 'published',
  menu: 2,
}, 'Mreža okuplja pružaoce usluga iz lokalnih samouprava koji rade sa migrantima i razmenjuju iskustva.'));
write('content/en/service-provider-network.md', entry({
  translationKey: 'mreza-pruzalaca-usluga',
  title: 'Service provider network',
  date: '2024-11-06',
  type: 'page',
  status: 'published',
  menu: 2,
}, 'The network brings together service providers from local governments who work with migrants and share '
  + 'their experience.'));
console.log('wrote', root);
