"""Writes every DICOM file under ROOT as DICOM JSON (PS3.18 F.2, pydicom's to_json_dict) under OUT,
at the same relative path plus ".json": the second source of DicomJsonAgreesWithFilesTest.
Pixel data is dropped (WADO-RS metadata never carries it); binary values are InlineBinary.
An element pydicom cannot convert (a GE private value its dictionary calls DS but that holds text) is
written as UN with its raw bytes, as a server that does not know the private dictionary would.
Prints one line per file pydicom cannot read or convert: "FAILED <relative path>"."""
import base64
import json
import os
import sys

import pydicom

root, out = sys.argv[1], sys.argv[2]
for folder, _, names in os.walk(root):
    for name in sorted(names):
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, root)
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True)
            raws = {int(t): ds.get_item(t).value for t in ds.keys()}  # the bytes as read, before pydicom converts them
            try:
                d = ds.to_json_dict(bulk_data_threshold=1 << 30)
            except Exception:
                d = {}
                for tag in ds.keys():
                    try:
                        d["%08X" % int(tag)] = ds[tag].to_json_dict(None, 1 << 30)
                    except Exception:
                        raw = raws[int(tag)]
                        raw = raw if isinstance(raw, bytes) else b""
                        d["%08X" % int(tag)] = {"vr": "UN", "InlineBinary": base64.b64encode(raw).decode("ascii")}
        except Exception:
            print("FAILED " + rel)
            continue
        d.pop("7FE00010", None)
        target = os.path.join(out, rel + ".json")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            json.dump(d, f)
