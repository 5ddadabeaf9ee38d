#!/usr/bin/python3
"""Oracle for DicomReaderAgreesWithPydicomTest: dumps every data element of each DICOM file
given on the command line except pixel data, as pydicom reads it, as one JSON object per
file: {"file", "meta": [...], "dataset": [...]} or {"file", "error": "..."}.

Element: {"tag": "(GGGG,EEEE)", "vr": "XX", "value": ...} where value is
  - for SQ: a list of items, each a list of elements;
  - for OB/OW/OF/OD/OL/OV/UN (bytes): a lower-case hex string;
  - otherwise a list: numbers for US/SS/UL/SL/SV/UV/AT/FL/FD/DS/IS, strings for text;
  or "error": "..." when pydicom cannot decode that one element.
"""
import json
import sys

import pydicom
from pydicom.multival import MultiValue

PIXEL = {0x7FE00010, 0x7FE00008, 0x7FE00009}
INTS = {'US', 'SS', 'UL', 'SL', 'SV', 'UV', 'AT'}
FLOATS = {'FL', 'FD', 'DS', 'IS'}


def norm(vr, value):
    if vr == 'SQ':
        return [dump(item) for item in value]
    if value is None:
        return []
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    values = list(value) if isinstance(value, (list, tuple, MultiValue)) else [value]
    out = []
    for v in values:
        if v is None or (isinstance(v, str) and v == '' and vr in INTS | FLOATS):
            continue
        if vr in INTS:
            out.append(int(v))
        elif vr in FLOATS:
            out.append(float(v))
        else:
            out.append(str(v))
    return out


def dump(ds):
    out = []
    for tag in list(ds.keys()):
        if int(tag) in PIXEL:
            continue
        entry = {'tag': '(%04X,%04X)' % (tag.group, tag.element)}
        try:
            elem = ds[tag]
            vr = str(elem.VR)
            vr = vr[3:] if vr.startswith('VR.') else vr
            entry['vr'] = vr
            entry['value'] = norm(vr, elem.value)
        except Exception as e:  # the oracle reports what it cannot decode
            entry['error'] = '%s: %s' % (type(e).__name__, e)
        out.append(entry)
    return out


for path in sys.argv[1:]:
    result = {'file': path}
    try:
        ds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
        result['meta'] = dump(ds.file_meta) if getattr(ds, 'file_meta', None) is not None else []
        result['dataset'] = dump(ds)
    except Exception as e:
        result['error'] = '%s: %s' % (type(e).__name__, e)
    print(json.dumps(result))
