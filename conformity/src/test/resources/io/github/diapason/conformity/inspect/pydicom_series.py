"""Independent oracle for `inspect`: groups the DICOM files under argv[1] by study and series with
pydicom and prints, per series, the file count and standard values in BIDS units, as JSON."""
import json
import os
import sys
import warnings

import pydicom

warnings.simplefilter("ignore")
series = {}
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(root, name)
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True)
        except Exception:
            continue
        uid = ds.get("SeriesInstanceUID")
        if not uid:
            continue
        key = (str(ds.get("StudyInstanceUID", "")), str(uid))
        instance = ds.get("InstanceNumber")
        rank = (int(instance) if instance not in (None, "") else 2**63 - 1, path)
        entry = series.setdefault(key, {"files": 0, "rank": None, "values": None})
        entry["files"] += 1
        if entry["rank"] is None or rank < entry["rank"]:
            entry["rank"] = rank
            values = {}
            for kw, scale in (("RepetitionTime", 1000.0), ("EchoTime", 1000.0), ("InversionTime", 1000.0),
                              ("FlipAngle", 1), ("SliceThickness", 1), ("SpacingBetweenSlices", 1),
                              ("PixelBandwidth", 1), ("MagneticFieldStrength", 1), ("SeriesNumber", 1)):
                v = ds.get(kw)
                if v not in (None, ""):
                    values[kw] = float(v) / scale
            for kw in ("SeriesDescription", "ProtocolName", "Manufacturer", "ManufacturersModelName",
                       "MRAcquisitionType", "Modality", "DeviceSerialNumber"):
                v = ds.get(kw)
                if v not in (None, ""):
                    values[kw] = str(v).strip()
            v = ds.get("SoftwareVersions")
            if v not in (None, ""):
                values["SoftwareVersions"] = "\\".join(str(x) for x in (v if isinstance(v, pydicom.multival.MultiValue) else [v]))
            entry["values"] = values
out = {k[1]: {"files": e["files"], "values": e["values"]} for k, e in series.items()}
print(json.dumps(out))
