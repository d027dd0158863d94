// Site search, in the browser, over the index `hub` builds at bake time (see SearchIndexBuilder.java):
//   meta.json            number of documents, documents per shard, names of the term shards
//   t-<xy>.json          terms starting with "xy" → [gap, weight, gap, weight, …] (document ids as gaps)
//   d-<n>.json           [url, title, dateIso, dateText, summary] of the documents of shard n
// Only the shards a query needs are downloaded. Queries are folded like the index (SearchFolding.java): lower
// case, Serbian Cyrillic in Latin, no diacritics, so "ucesce" finds "učešće" and "migracija" finds "миграција".
(function () {
  'use strict';

  var results = document.getElementById('search-results');
  var input = document.getElementById('search-query');
  if (!results || !input || !window.fetch) { return; }
  var base = results.getAttribute('data-index');
  var lang = results.getAttribute('data-lang');
  var PAGE = 20;

  var CYRILLIC = {
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ђ': 'dj', 'е': 'e', 'ж': 'z', 'з': 'z', 'и': 'i',
    'ј': 'j', 'к': 'k', 'л': 'l', 'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'п': 'p', 'р': 'r',
    'с': 's', 'т': 't', 'ћ': 'c', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'c', 'ч': 'c', 'џ': 'dz', 'ш': 's',
    'đ': 'dj', 'ǆ': 'dz', 'ǉ': 'lj', 'ǌ': 'nj'
  };

  // Folds one character (already lower case); returns the folded text, possibly empty or two letters long.
  function foldChar(c) {
    if (CYRILLIC[c]) { return CYRILLIC[c]; }
    var plain = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return /^[a-z0-9]+$/.test(plain) ? plain : ' ';
  }

  function fold(text) {
    var out = '';
    var lower = text.toLowerCase();
    for (var i = 0; i < lower.length; i++) { out += foldChar(lower.charAt(i)); }
    return out.replace(/\s+/g, ' ').trim();
  }

  function words(text) {
    return fold(text).split(' ').filter(function (w) { return w.length >= 2; });
  }

  var cache = {};
  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(base + name).then(function (response) {
        if (!response.ok) { throw new Error(name + ': ' + response.status); }
        return response.json();
      });
    }
    return cache[name];
  }

  // Scores of the documents matching one query word: exact terms count fully, longer terms starting with the word
  // (migracij → migracije) a little less, terms sharing all but the word's last letter (a different grammatical
  // ending: migracija → migracije) less again.
  function scoreWord(word, meta) {
    var shard = word.slice(0, 2);
    if (meta.termShards.indexOf(shard) < 0) { return Promise.resolve({}); }
    return load('t-' + shard + '.json').then(function (terms) {
      var scores = {};
      var stem = word.length >= 5 ? word.slice(0, -1) : null;
      Object.keys(terms).forEach(function (term) {
        var factor = 0;
        if (term === word) { factor = 1; }
        else if (term.indexOf(word) === 0) { factor = 0.8; }
        else if (stem && term.indexOf(stem) === 0 && term.length <= word.length + 3) { factor = 0.6; }
        if (!factor) { return; }
        var postings = terms[term];
        var id = 0;
        for (var i = 0; i < postings.length; i += 2) {
          id += postings[i];
          var score = postings[i + 1] * factor;
          if (!scores[id] || scores[id] < score) { scores[id] = score; }
        }
      });
      return scores;
    });
  }

  function search(query) {
    var queryWords = words(query);
    if (!queryWords.length) { return Promise.resolve({ words: [], ids: [], meta: null }); }
    return load('meta.json').then(function (meta) {
      return Promise.all(queryWords.map(function (w) { return scoreWord(w, meta); })).then(function (perWord) {
        var total = {};
        var matched = {};
        perWord.forEach(function (scores) {
          Object.keys(scores).forEach(function (id) {
            total[id] = (total[id] || 0) + scores[id];
            matched[id] = (matched[id] || 0) + 1;
          });
        });
        var ids = Object.keys(total).map(Number);
        var all = ids.filter(function (id) { return matched[id] === queryWords.length; });
        if (all.length) { ids = all; }
        ids.sort(function (a, b) { return (total[b] - total[a]) || (a - b); });
        return { words: queryWords, ids: ids, meta: meta };
      });
    });
  }

  function documents(ids, meta) {
    return Promise.all(ids.map(function (id) {
      var shard = Math.floor(id / meta.documentsPerShard);
      return load('d-' + shard + '.json').then(function (docs) { return docs[id % meta.documentsPerShard]; });
    }));
  }

  // Appends `text` to `parent`, wrapping the parts that match a query word (or its stem) in <mark>.
  function appendHighlighted(parent, text, queryWords) {
    var folded = '';
    var origin = [];
    var lower = text.toLowerCase();
    for (var i = 0; i < lower.length; i++) {
      var f = foldChar(lower.charAt(i));
      for (var k = 0; k < f.length; k++) { folded += f.charAt(k); origin.push(i); }
    }
    var marks = [];
    queryWords.forEach(function (word) {
      var needle = word.length >= 5 ? word.slice(0, -1) : word;
      var from = 0;
      var at;
      while ((at = folded.indexOf(needle, from)) >= 0) {
        if (at === 0 || folded.charAt(at - 1) === ' ') {
          var end = at + needle.length;
          while (end < folded.length && folded.charAt(end) !== ' ') { end++; }
          marks.push([origin[at], origin[end - 1] + 1]);
        }
        from = at + needle.length;
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var position = 0;
    marks.forEach(function (m) {
      if (m[0] < position) { return; }
      parent.appendChild(document.createTextNode(text.slice(position, m[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      parent.appendChild(mark);
      position = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(position)));
  }

  function message(name, values) {
    var text = results.getAttribute('data-' + name) || '';
    (values || []).forEach(function (v, i) { text = text.split('{' + i + '}').join(String(v)); });
    return text;
  }

  function countMessage(n, query) {
    var category = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang).select(n) : (n === 1 ? 'one' : 'other');
    var name = category === 'one' ? 'count-one' : category === 'few' ? 'count-few' : 'count-other';
    return message(name, [n, query]);
  }

  function renderItem(list, doc, queryWords) {
    var item = document.createElement('li');
    item.className = 'search-results__item';
    var heading = document.createElement('h2');
    heading.className = 'search-results__title';
    var link = document.createElement('a');
    link.href = doc[0];
    appendHighlighted(link, doc[1], queryWords);
    heading.appendChild(link);
    item.appendChild(heading);
    if (doc[2]) {
      var date = document.createElement('p');
      date.className = 'search-results__date';
      var time = document.createElement('time');
      time.setAttribute('datetime', doc[2]);
      time.textContent = doc[3];
      date.appendChild(time);
      item.appendChild(date);
    }
    if (doc[4]) {
      var summary = document.createElement('p');
      summary.className = 'search-results__summary';
      appendHighlighted(summary, doc[4], queryWords);
      item.appendChild(summary);
    }
    list.appendChild(item);
  }

  function show(query) {
    results.textContent = message('loading');
    search(query).then(function (found) {
      results.textContent = '';
      var status = document.createElement('p');
      status.className = 'search-results__status';
      results.appendChild(status);
      if (!found.ids.length) {
        status.textContent = message('none', [query]);
        return;
      }
      status.textContent = countMessage(found.ids.length, query);
      var list = document.createElement('ol');
      list.className = 'search-results__list';
      results.appendChild(list);
      var shown = 0;
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-results__more';
      more.textContent = message('more');
      function next() {
        var ids = found.ids.slice(shown, shown + PAGE);
        shown += ids.length;
        return documents(ids, found.meta).then(function (docs) {
          docs.forEach(function (doc) { if (doc) { renderItem(list, doc, found.words); } });
          if (shown >= found.ids.length && more.parentNode) { more.parentNode.removeChild(more); }
        });
      }
      more.addEventListener('click', function () { next(); });
      next().then(function () { if (shown < found.ids.length) { results.appendChild(more); } });
    }).catch(function () {
      results.textContent = message('failed');
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (query.trim()) { show(query.trim()); }
})();
