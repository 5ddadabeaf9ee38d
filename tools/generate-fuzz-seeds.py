#!/usr/bin/python3
"""Writes the committed seeds of DicomReaderFuzzTest (one small MR header per encoding, with a
sequence, a private creator, a Siemens CSA header and pixel data) using pydicom (Debian
python3-pydicom). Run: /usr/bin/python3 tools/generate-fuzz-seeds.py <inputs dir>"""
import io
import os
import sys

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import (ImplicitVRLittleEndian, ExplicitVRLittleEndian, ExplicitVRBigEndian,
                         DeflatedExplicitVRLittleEndian)

out = sys.argv[1]
le = lambda n: n.to_bytes(4, 'little')


def ds():
    d = Dataset()
    d.SpecificCharacterSet = 'ISO_IR 100'
    d.Modality = 'MR'; d.Manufacturer = 'SIEMENS'; d.RepetitionTime = '2300'; d.EchoTime = ['2.98', '5.5']
    d.Rows = 4; d.Columns = 4; d.BitsAllocated = 8; d.PatientName = 'Doe^Jane'
    d.add_new(0x00290010, 'LO', 'SIEMENS CSA HEADER')
    d.add_new(0x00291010, 'OB', b'SV10\x04\x03\x02\x01' + le(1) + le(77) + b'B_value'.ljust(64, b'\0') + le(1)
              + b'IS\0\0' + le(6) + le(1) + le(77) + le(5) + le(5) + le(77) + le(5) + b'1000\0\0\0\0')
    timing = Dataset(); timing.RepetitionTime = 3200.0; timing.FlipAngle = 90.0
    item = Dataset(); item.MRTimingAndRelatedParametersSequence = Sequence([timing])
    d.SharedFunctionalGroupsSequence = Sequence([item])
    d.PixelData = b'\0' * 32
    return d


for name, ts in [('implicit', ImplicitVRLittleEndian), ('explicit', ExplicitVRLittleEndian),
                 ('bigendian', ExplicitVRBigEndian), ('deflated', DeflatedExplicitVRLittleEndian)]:
    d = ds()
    d.file_meta = FileMetaDataset(); d.file_meta.TransferSyntaxUID = ts
    d.file_meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.4'; d.file_meta.MediaStorageSOPInstanceUID = '1.2.3'
    d.is_little_endian = ts != ExplicitVRBigEndian; d.is_implicit_VR = ts == ImplicitVRLittleEndian
    d.preamble = b'\0' * 128
    b = io.BytesIO(); pydicom.dcmwrite(b, d, write_like_original=False)
    open(os.path.join(out, name), 'wb').write(b.getvalue())
d = ds(); d.is_little_endian = True; d.is_implicit_VR = True
b = io.BytesIO(); d.save_as(b, write_like_original=True)
open(os.path.join(out, 'raw-implicit'), 'wb').write(b.getvalue())
open(os.path.join(out, 'empty'), 'wb').write(b'')
