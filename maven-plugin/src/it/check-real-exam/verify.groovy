def log = new File(basedir, 'build.log').text
def study = '1.2.840.113619.6.475.247626827462443956089662411177880273794'
assert log.contains("[INFO] Exam ${study} (site rfsamay): conformant")
assert log.contains('[INFO] Diapason check: 1 exam(s), 0 not conformant; reports in ')
def json = new File(basedir, 'target/diapason/check/check-report.json').getText('UTF-8')
// the prescribed TR is compared, the effective one (plus the 55 ms group delay) shown; the first run is a repeat
assert json.contains('"code": "EffectiveRepetitionTime"')
assert json.contains('2.055 s')
assert json.contains('RepeatedSeries')
assert new File(basedir, 'target/diapason/check/check-report.xml').isFile()
assert new File(basedir, 'target/diapason/check/check-report.html').getText('UTF-8').contains('conformant')
