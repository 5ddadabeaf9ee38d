#!/usr/bin/python3
"""Regenerates conformity/src/main/resources/io/github/diapason/conformity/dicom/dictionary.tsv.

The public part is the DICOM standard's data dictionary (PS3.6) and the private part is
the GDCM private dictionary, both as packaged by pydicom (MIT; Debian package
python3-pydicom). We only need tag -> VR (to decode implicit VR little endian) and
tag -> keyword (lookups by name). Run: /usr/bin/python3 tools/generate-dicom-dictionary.py > <that file>

Line formats (tab separated, sorted, deterministic):
  P  GGGGEEEE  VR  Keyword        public tag; 'x' in a repeating group/element mask (e.g. 60xx0010)
  C  creator   GGGGxxEE  VR       private tag, by private creator and element low byte
'Retired' entries are kept (old files use them). "US or SS" style VRs keep the first choice.
"""
from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary
from pydicom._private_dict import private_dictionaries

def vr1(vr):
    return vr.split(' or ')[0].strip() or 'UN'

lines = []
for tag, (vr, vm, name, retired, kw) in DicomDictionary.items():
    lines.append(f"P\t{tag:08X}\t{vr1(vr)}\t{kw}")
for mask, (vr, vm, name, retired, kw) in RepeatersDictionary.items():
    lines.append(f"P\t{mask.upper().replace('X', 'x')}\t{vr1(vr)}\t{kw}")
for creator, entries in private_dictionaries.items():
    if '\t' in creator or '\n' in creator:
        continue
    for mask, (vr, vm, name, retired) in entries.items():
        m = mask.upper().replace('X', 'x')
        if len(m) != 8 or m[4:6] != 'xx' or 'x' in m[:4] + m[6:]:
            continue  # only the standard "GGGGxxEE" form is usable for lookups
        lines.append(f"C\t{creator}\t{m}\t{vr1(vr)}")
for line in sorted(set(lines)):
    print(line)
