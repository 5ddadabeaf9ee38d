"""Re-identifies the real corpus into N exams with new UIDs (the load of bench/dicomweb-watch).

Usage: reidentify.py <corpus-dicom-dir> <out-dir> <exams> <files-per-exam>
Groups the corpus files by StudyInstanceUID; exam i is a copy of study i mod S (S studies), limited to
<files-per-exam> files taken round-robin over its series, with new Study, Series and SOP Instance UIDs
(pydicom's generate_uid from the old UID and i, so reruns give the same UIDs) written back in place of
the old ones, MediaStorageSOPInstanceUID too. Headers are otherwise untouched (pixel data is empty in
this corpus). Prints "<exams> <files>"."""
import os
import sys
from collections import defaultdict

import pydicom
from pydicom.uid import generate_uid

corpus, out, exams, per_exam = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
studies = defaultdict(lambda: defaultdict(list))
for folder, _, names in os.walk(corpus):
    for name in sorted(names):
        path = os.path.join(folder, name)
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=["StudyInstanceUID", "SeriesInstanceUID"])
            studies[str(ds.StudyInstanceUID)][str(ds.SeriesInstanceUID)].append(path)
        except Exception:
            pass
keys = sorted(studies)
written = 0
for i in range(exams):
    study = keys[i % len(keys)]
    series = [sorted(v) for _, v in sorted(studies[study].items())]
    chosen = []
    depth = 0
    while len(chosen) < per_exam and any(depth < len(s) for s in series):
        for s in series:
            if depth < len(s) and len(chosen) < per_exam:
                chosen.append(s[depth])
        depth += 1
    new_study = generate_uid(entropy_srcs=[study, str(i)])
    for n, path in enumerate(chosen):
        ds = pydicom.dcmread(path)
        ds.StudyInstanceUID = new_study
        ds.SeriesInstanceUID = generate_uid(entropy_srcs=[str(ds.SeriesInstanceUID), str(i)])
        sop = generate_uid(entropy_srcs=[str(ds.SOPInstanceUID), str(i)])
        ds.SOPInstanceUID = sop
        if hasattr(ds, "file_meta"):
            ds.file_meta.MediaStorageSOPInstanceUID = sop
        target = os.path.join(out, "%04d" % i, "%03d.dcm" % n)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        ds.save_as(target, write_like_original=True)
        written += 1
print(exams, written)
