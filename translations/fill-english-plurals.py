#!/usr/bin/env python3
"""Fills the English plural forms of translations/callwatch_en.ts.

English needs a .ts file only for messages with %n: the source text says "%n call(s)" and the
translation gives "%n call" / "%n calls". Run by translations/update.sh after `lupdate -pluralonly`;
forms already filled in are kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"entry(ies)": ("entry", "entries")}


def forms(source: str) -> tuple[str, str]:
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular = re.sub(rf"\b{re.escape(word)}", one, singular)
        plural = re.sub(rf"\b{re.escape(word)}", many, plural)
    singular = singular.replace("(s)", "")
    plural = plural.replace("(s)", "s")
    # "%n entry are" -> "%n entry is" handled above; keep agreement for the few sentences we have.
    return singular, plural


def main(path: str) -> int:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        existing = [f.text for f in translation.findall("numerusform")]
        if existing and all(existing) and translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(source):
            element = ET.SubElement(translation, "numerusform")
            element.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/callwatch_en.ts"))
