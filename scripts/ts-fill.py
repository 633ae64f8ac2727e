#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt Linguist .ts file from translation memories (JSON lines).

Each memory line is {"source": "...", "translation": "..."} or, for a text with %n,
{"source": "...", "forms": ["singular", "plural"]}. The .ts is a memory too: its finished
messages, and those lupdate marked vanished or obsolete (a text whose context or file changed
comes back as a new message: it gets its old translation). A message is matched by its exact
source text (any context); the files given win over the .ts. A translation that loses a
placeholder (%1.., %n) or changes the number of mnemonics (&x) is refused. Messages already
finished are left alone; what cannot be filled stays type="unfinished", and --missing lists it
as {"source", "numerus", "context", "comment"} lines, ready to be translated and fed back in.
--drop-obsolete then removes the vanished and obsolete messages.

The file is edited in place, message by message, in lupdate's own layout and escaping, so a
following lupdate run changes nothing.

    scripts/ts-fill.py translations/checkstand_pt_BR.ts memory1.jsonl memory2.jsonl \
        --drop-obsolete --missing /tmp/missing.jsonl

Prints how many messages were filled, refused and left unfinished; exits 1 when any is left.
"""

import argparse
import html
import json
import re
import sys

MESSAGE = re.compile(r'(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>\n(?P<body>.*?)</message>',
                     re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION = re.compile(r'(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)'
                         r'</translation>)', re.S)
NUMERUSFORM = re.compile(r'<numerusform>(.*?)</numerusform>', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)
PLACEHOLDER = re.compile(r'%L?(\d{1,2}|n)')
MNEMONIC = re.compile(r'&(?!&)(?=\S)')


def protect(text):
    """lupdate's escaping (Qt's ts.cpp protect())."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append('&quot;')
        elif ch == '&':
            out.append('&amp;')
        elif ch == '>':
            out.append('&gt;')
        elif ch == '<':
            out.append('&lt;')
        elif ch == "'":
            out.append('&apos;')
        elif (c < 0x20 or (c > 0x7f and ch.isspace())) and ch not in '\n\t':
            out.append('<byte value="x%x"/>' % c if c <= 0x20 else '&#x%x;' % c)
        else:
            out.append(ch)
    return ''.join(out)


def unprotect(text):
    text = re.sub(r'<byte value="x([0-9a-fA-F]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def mnemonics(text):
    # "&&" is a literal ampersand, not a mnemonic.
    return len(MNEMONIC.findall(text.replace('&&', '')))


def keeps_markers(source, translation):
    return (placeholders(source) == placeholders(translation)
            and mnemonics(source) == mnemonics(translation))


def load_memories(paths):
    memory = {}
    conflicts = 0
    for path in paths:
        try:
            stream = open(path, encoding='utf-8')
        except FileNotFoundError:
            print(f'ts-fill: {path} not found, skipped', file=sys.stderr)
            continue
        with stream:
            for number, line in enumerate(stream, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f'ts-fill: {path}:{number}: not JSON ({e}), skipped', file=sys.stderr)
                    continue
                source = entry.get('source')
                value = entry.get('forms') if 'forms' in entry else entry.get('translation')
                if not isinstance(source, str) or not value:
                    continue
                # A text may be both a plain and a %n message (in two contexts): one of each.
                kind = 'forms' if isinstance(value, list) else 'text'
                known = memory.setdefault(source, {})
                if kind in known:
                    conflicts += known[kind] != value  # the first memory wins
                    continue
                known[kind] = value
    return memory, conflicts


def ts_memory(ts_text):
    """source -> {"text" or "forms": ...} of the messages of the .ts that have a translation."""
    memory = {}
    for m in MESSAGE.finditer(ts_text):
        body = m.group('body')
        t = TRANSLATION.search(body)
        if t is None or 'type="unfinished"' in t.group('attrs') or not t.group('text'):
            continue
        source = unprotect(SOURCE.search(body).group(1))
        if 'numerus="yes"' in m.group('attrs'):
            kind, value = 'forms', [unprotect(f) for f in NUMERUSFORM.findall(t.group('text'))]
            if not value or not all(value):
                continue
        else:
            kind, value = 'text', unprotect(t.group('text'))
        memory.setdefault(source, {}).setdefault(kind, value)
    return memory


def drop_obsolete(ts_text):
    """Removes vanished and obsolete messages, and the contexts left empty."""
    dropped = 0

    def message(m):
        nonlocal dropped
        t = TRANSLATION.search(m.group(0))
        if t and ('type="vanished"' in t.group('attrs') or 'type="obsolete"' in t.group('attrs')):
            dropped += 1
            return ''
        return m.group(0)

    text = re.sub(r'[ \t]*<message[^>]*>\n.*?</message>\n', message, ts_text, flags=re.S)
    text = re.sub(r'<context>\n\s*<name>[^<]*</name>\n</context>\n', '', text)
    return text, dropped


def fill(ts_text, memory, numerus_count):
    stats = {'filled': 0, 'refused': 0, 'unfinished': 0, 'finished': 0}
    missing = []
    refused = []

    def fill_message(context, m):
        body = m.group('body')
        attrs = m.group('attrs')
        numerus = 'numerus="yes"' in attrs
        source = unprotect(SOURCE.search(body).group(1))
        comment_match = COMMENT.search(body)
        comment = unprotect(comment_match.group(1)) if comment_match else None
        t = TRANSLATION.search(body)
        if t is None:
            return m.group(0)
        t_attrs = t.group('attrs')
        if 'type="obsolete"' in t_attrs or 'type="vanished"' in t_attrs:
            return m.group(0)
        if 'type="unfinished"' not in t_attrs:
            stats['finished'] += 1
            return m.group(0)
        known = memory.get(source, {})
        value = known.get('forms' if numerus else 'text')
        forms = None
        if numerus and value:
            forms = list(value)
            # pt_BR has two forms; fewer given: the last one repeats.
            while len(forms) < numerus_count:
                forms.append(forms[-1])
            forms = forms[:numerus_count]
        elif not numerus and value:
            forms = [value]
        if forms is not None and not all(keeps_markers(source, f) and f for f in forms):
            stats['refused'] += 1
            refused.append({'source': source, 'translation': value})
            forms = None
        if forms is None:
            stats['unfinished'] += 1
            missing.append({'source': source, 'numerus': numerus, 'context': context,
                            'comment': comment})
            return m.group(0)
        indent = t.group('indent')
        if numerus:
            inner = ''.join(f'{indent}    <numerusform>{protect(f)}</numerusform>\n'
                            for f in forms)
            new = f'{indent}<translation>\n{inner}{indent}</translation>'
        else:
            new = f'{indent}<translation>{protect(forms[0])}</translation>'
        stats['filled'] += 1
        body = body[:t.start()] + new + body[t.end():]
        return f"{m.group('indent')}<message{attrs}>\n{body}</message>"

    def fill_context(c):
        context = unprotect(c.group(1))
        inner = MESSAGE.sub(lambda m: fill_message(context, m), c.group(2))
        whole = c.group(0)
        return whole[:c.start(2) - c.start(0)] + inner + whole[c.end(2) - c.start(0):]

    return CONTEXT.sub(fill_context, ts_text), stats, missing, refused


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('ts', help='the .ts file, edited in place')
    parser.add_argument('memories', nargs='*', help='JSON-lines translation memories')
    parser.add_argument('--missing', help='write what is still unfinished here (JSON lines)')
    parser.add_argument('--refused', help='write the refused translations here (JSON lines)')
    parser.add_argument('--drop-obsolete', action='store_true',
                        help='remove vanished and obsolete messages after filling')
    parser.add_argument('--numerus-forms', type=int, default=2,
                        help="forms per %%n message in the target language (pt_BR: 2)")
    args = parser.parse_args()

    memory, conflicts = load_memories(args.memories)
    with open(args.ts, encoding='utf-8') as f:
        text = f.read()
    for source, known in ts_memory(text).items():
        for kind, value in known.items():
            memory.setdefault(source, {}).setdefault(kind, value)
    text, stats, missing, refused = fill(text, memory, args.numerus_forms)
    dropped = 0
    if args.drop_obsolete:
        text, dropped = drop_obsolete(text)
    with open(args.ts, 'w', encoding='utf-8') as f:
        f.write(text)
    for path, rows in ((args.missing, missing), (args.refused, refused)):
        if path:
            with open(path, 'w', encoding='utf-8') as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f"{args.ts}: filled {stats['filled']}, refused {stats['refused']} (a placeholder or "
          f"mnemonic lost), still unfinished {stats['unfinished']}, already finished "
          f"{stats['finished']}, dropped {dropped} vanished or obsolete; {len(memory)} texts in "
          f"memory, {conflicts} conflicting ignored")
    return 1 if stats['unfinished'] else 0


if __name__ == '__main__':
    sys.exit(main())
