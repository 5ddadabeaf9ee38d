"""Uploads every file under a folder to Orthanc (POST /instances), 4 at a time; prints the seconds taken.
Usage: upload.py <orthanc-root-url> <folder>"""
import os
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

root, folder = sys.argv[1].rstrip("/"), sys.argv[2]
files = sorted(os.path.join(d, n) for d, _, names in os.walk(folder) for n in names)


def post(path):
    with open(path, "rb") as f:
        body = f.read()
    for attempt in range(3):
        try:
            req = urllib.request.Request(root + "/instances", data=body, method="POST")
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read()
                return
        except OSError:
            if attempt == 2:
                raise
            time.sleep(0.5)


start = time.monotonic()
with ThreadPoolExecutor(4) as pool:
    list(pool.map(post, files))
print("%.2f" % (time.monotonic() - start))
