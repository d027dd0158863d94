#!/usr/bin/env python3
"""Writes src/main/resources/rs/iom/hub/translit/dj-spelling.txt: how to read "dj" in Serbian Latin text.

Old typewriters and keyboards without đ wrote "gradjani" for "građani". To tell such a "dj" from a real d + j
("podjednako", "odjek", "predjelo"), every word form of the Serbian Hunspell dictionary is expanded, written in
Latin, and the shortest word beginnings are kept that decide every "dj" in them the same way across the whole
dictionary: "građ*" (every word beginning "gradj" has đ there), "podjed*" (real d + j). A word whose two readings
are both Serbian words is listed as ambiguous ("?nadje": nađe or nadje).

Source: the Serbian dictionary of LibreOffice by Goran Rakic, Miloš Popović and Aleksandar Urošević, Debian package
hunspell-sr (1:7.5.0-1 was used), licensed GPL-2+ or LGPL-2.1 or MPL-1.1; the list it writes is a derived work and
is distributed under MPL-1.1 (see the header it writes).

Usage: apt-get install hunspell-sr && python3 tools/serbian-dj-list.py > src/main/resources/rs/iom/hub/translit/dj-spelling.txt
(about a minute; it expands 250,000 dictionary entries into 3.2 million word forms).
"""
import collections
import re
import sys

AFF = '/usr/share/hunspell/sr_RS.aff'
DIC = '/usr/share/hunspell/sr_RS.dic'

# Decided by hand where both readings are in the dictionary. The site writes standard (ekavian or ijekavian) Serbian,
# in which the jotated forms (đed, đever, ovđe) are dialect or Montenegrin: "djed" is дјед. "Vojvođanin" is the only
# standard spelling; the dictionary's "војводјанин" is a slip.
NOT_SERBIAN_STANDARD = re.compile(r'^(pra)?đed|^đever|^đetinj|^đelić|^đetić|^ovđe$')
DICTIONARY_SLIPS = re.compile(r'^vojvodjan')

LATIN = dict(zip('абвгдђежзијклљмнњопрстћуфхцчџш',
                 ['a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'o', 'p', 'r',
                  's', 't', 'ć', 'u', 'f', 'h', 'c', 'č', 'dž', 'š']))


def latin(word):
    return ''.join(LATIN.get(c, c) for c in word)


def read_affixes():
    rules = {}
    lines = open(AFF, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        p = lines[i].split()
        if len(p) == 4 and p[0] in ('SFX', 'PFX') and p[3].isdigit():
            entries = []
            for line in lines[i + 1:i + 1 + int(p[3])]:
                q = line.split()
                add, _, cont = q[3].partition('/')
                cond = q[4] if len(q) > 4 else '.'
                entries.append(('' if q[2] == '0' else q[2], '' if add == '0' else add,
                                re.compile('^' + cond if p[0] == 'PFX' else cond + '$'), cont.split(',') if cont else []))
            rules[p[1]] = (p[0], p[2] == 'Y', entries)
            i += int(p[3]) + 1
        else:
            i += 1
    return rules


def apply(rules, word, flag):
    kind, cross, entries = rules.get(flag, ('', False, []))
    for strip, add, cond, cont in entries:
        if not cond.search(word):
            continue
        if kind == 'SFX' and word.endswith(strip):
            yield word[:len(word) - len(strip)] + add, kind, cross, cont
        elif kind == 'PFX' and word.startswith(strip):
            yield add + word[len(strip):], kind, cross, cont


def forms():
    """Every word form of the dictionary that holds ђ or дј, lower case, in Latin."""
    rules = read_affixes()
    found = set()
    with open(DIC, encoding='utf-8') as dic:
        next(dic)
        for line in dic:
            word, _, flags = line.strip().partition('/')
            if not word:
                continue
            flags = flags.split(',') if flags else []
            all_forms = {word}
            suffixed = []
            for flag in flags:
                for form, kind, cross, cont in apply(rules, word, flag):
                    all_forms.add(form)
                    if kind == 'SFX' and cross:
                        suffixed.append(form)
                    for c in cont:
                        all_forms.update(f for f, *_ in apply(rules, form, c))
            for flag in flags:
                if rules.get(flag, ('',))[0] == 'PFX' and rules[flag][1]:
                    for form in suffixed:
                        all_forms.update(f for f, *_ in apply(rules, form, flag))
            for form in all_forms:
                form = form.lower()
                if len(form) > 1 and ('ђ' in form or 'дј' in form):  # not the letter Ђ alone ("DJ" is a DJ)
                    found.add(latin(form))
    return {f for f in found if not NOT_SERBIAN_STANDARD.search(f) and not DICTIONARY_SLIPS.search(f)} | {
        f.replace('dj', 'đ', 1) for f in found if DICTIONARY_SLIPS.search(f)}


def spelled(form):
    """The form as written with "dj" for đ, and for each length of that spelling the form's own beginning (None
    between the d and the j of an đ)."""
    out, cuts, real = '', [''], ''
    for c in form:
        real += c
        if c == 'đ':
            out += 'dj'
            cuts += [None, real]
        else:
            out += c
            cuts.append(real)
    return out, cuts


def main():
    data = [(f,) + spelled(f) for f in forms()]
    beginnings = collections.defaultdict(set)
    exact = collections.defaultdict(set)
    for form, spelling, cuts in data:
        exact[spelling].add(form)
        for length in range(2, len(spelling) + 1):
            if cuts[length] is not None and len(beginnings[spelling[:length]]) < 2:
                beginnings[spelling[:length]].add(cuts[length])
    entries, ambiguous = set(), set()
    for form, spelling, cuts in data:
        for m in re.finditer('dj', spelling):
            for length in range(m.end(), len(spelling) + 1):
                if cuts[length] is not None and len(beginnings[spelling[:length]]) == 1:
                    entries.add(cuts[length] + '*')
                    break
            else:
                if len(exact[spelling]) > 1:
                    ambiguous.add(spelling)
                else:
                    entries.add(form)
    out = sys.stdout
    out.write(HEADER)
    for entry in sorted(entries):
        out.write(entry + '\n')
    out.write('\n# Both readings are Serbian words: the spelling is kept and "hub check" asks.\n')
    for word in sorted(ambiguous):
        out.write('?' + word + '\n')


HEADER = """\
# Serbian Latin: how to read "dj" (the old spelling of đ, or a real d + j). Generated by tools/serbian-dj-list.py.
#
# Source: derived from the Serbian spelling dictionary of LibreOffice (Goran Rakic, Miloš Popović, Aleksandar
# Urošević, 2013; Debian package hunspell-sr 1:7.5.0-1), licensed GPL-2+ or LGPL-2.1 or MPL-1.1. This derived list
# is distributed under the Mozilla Public License 1.1 (https://www.mozilla.org/MPL/1.1/); its source form is this
# file and the script named above. Hand decisions are in the script (NOT_SERBIAN_STANDARD, DICTIONARY_SLIPS).
#
# Format (UTF-8), one entry per line, lower case:
#   građ*      a word beginning: every word whose letters, with "dj" for đ, begin "gradj" has đ there (građani,
#              građevina, Građanski); "podjed*" says the "dj" of podjednako is d + j
#   dje        without "*": that whole word (ijekavian "dje")
#   ?nadje     both readings are words (nađe, nadje): kept as written; "hub check" asks the author
# For each "dj" of a word, the shortest entry that reaches past that "dj" decides it.
# A word that no entry matches is kept as written: "dj" stays дј.

"""

if __name__ == '__main__':
    main()
