#!/usr/bin/env python3
"""List (or write out) the fenced code blocks of the seed documents.

The seeds are Markdown notes. A block starts at a line whose first non-blank
characters are ``` or ~~~ and ends at the next fence of the same kind. As in
CommonMark, the opening fence's indentation is removed from each content line
(seed 001 nests its fences inside list items); everything else, tabs included,
is kept byte for byte.

Usage:
  extract_seed_blocks.py SEED_DIR            # list: seed, block, lines, first code line
  extract_seed_blocks.py SEED_DIR --dump N.K # print block K of seed N exactly
"""
import argparse
import pathlib
import re
import sys

FENCE = re.compile(r'^([ \t]*)(```|~~~)(.*)$')


def blocks_of(path):
    lines = path.read_text(encoding='utf-8').split('\n')
    found = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m.group(1), m.group(2), m.group(3).strip()
        body = []
        j = i + 1
        while j < len(lines):
            close = FENCE.match(lines[j])
            if close and close.group(2) == fence and close.group(3).strip() == '':
                break
            text = lines[j]
            if indent and text.startswith(indent):
                text = text[len(indent):]
            body.append(text)
            j += 1
        # (first content line number, last content line number), 1-based
        found.append({'info': info, 'start': i + 2, 'end': j, 'text': '\n'.join(body)})
        i = j + 1
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('seed_dir')
    ap.add_argument('--dump')
    args = ap.parse_args()
    seeds = sorted(pathlib.Path(args.seed_dir).glob('*.txt'))
    if args.dump:
        seed_no, block_no = args.dump.split('.')
        for path in seeds:
            if path.name.startswith(seed_no + '_'):
                sys.stdout.write(blocks_of(path)[int(block_no)]['text'] + '\n')
                return
        sys.exit('no such seed')
    for path in seeds:
        for k, b in enumerate(blocks_of(path)):
            first = next((l for l in b['text'].split('\n') if l.strip()), '')
            print(f"{path.name[:3]}.{k:<2} lines {b['start']:>3}-{b['end']:<3} "
                  f"[{b['info']}] {first[:60]}")


if __name__ == '__main__':
    main()
