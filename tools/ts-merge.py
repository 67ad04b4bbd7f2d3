#!/usr/bin/env python3
"""Merges the messages of one Qt Linguist catalogue into another.

Two branches that both add tr() strings conflict in translations/*.ts. Resolve such a conflict by
taking main's catalogue and merging the branch's into it:

    git show REBASE_HEAD:translations/httperr_de.ts > /tmp/branch_de.ts
    git checkout --ours translations/httperr_de.ts        # main's side during a rebase
    python3 tools/ts-merge.py translations/httperr_de.ts /tmp/branch_de.ts

Every message of the donor that the target lacks (same context, source, comment) is added with
its translation; a message the target has untranslated takes the donor's translation. Nothing
is removed: `cmake --build build --target update_translations` drops obsolete messages later.
"""
import copy
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext("source") or "", message.findtext("comment") or "")


def translated(message):
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = tr.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(tr.text)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;").replace("\xa0", "&#xa0;"))


def write(f, element, depth):
    """Writes an element the way lupdate does: four spaces a level, text escaped."""
    pad = "    " * depth
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        f.write(f"{pad}<{element.tag}{attrs}>{escape(element.text or '')}</{element.tag}>\n")
        return
    f.write(f"{pad}<{element.tag}{attrs}>\n")
    for child in children:
        write(f, child, depth + 1)
    f.write(f"{pad}</{element.tag}>\n")


def merge(target_path, donor_path):
    target = ET.parse(target_path)
    donor = ET.parse(donor_path)
    contexts = {c.findtext("name"): c for c in target.getroot().findall("context")}
    added = 0
    for dctx in donor.getroot().findall("context"):
        name = dctx.findtext("name")
        tctx = contexts.get(name)
        if tctx is None:
            tctx = ET.SubElement(target.getroot(), "context")
            ET.SubElement(tctx, "name").text = name
            contexts[name] = tctx
        messages = {key(m): m for m in tctx.findall("message")}
        for dmsg in dctx.findall("message"):
            tmsg = messages.get(key(dmsg))
            if tmsg is None:
                tctx.append(copy.deepcopy(dmsg))
                added += 1
            elif not translated(tmsg) and translated(dmsg):
                tctx.remove(tmsg)
                tctx.append(copy.deepcopy(dmsg))
                added += 1
    root = target.getroot()
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    with open(target_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
        f.write(f"<TS{attrs}>\n")
        for context in root:
            write(f, context, 0)
        f.write("</TS>\n")
    print(f"{target_path}: {added} message(s) merged from {donor_path}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    merge(sys.argv[1], sys.argv[2])
