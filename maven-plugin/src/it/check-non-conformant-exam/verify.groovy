def log = new File(basedir, 'build.log').text
def study = '1.2.840.113619.6.475.247626827462443956089662411177880273794'
assert log.contains("[WARNING] Exam ${study} (site rfsamay): NOT conformant; acquire again: bold")
assert log.contains('[WARNING]   ParameterOutOfTolerance series 4 epiRT IntAsc GD55: RepetitionTime out of tolerance (expected 2.5 ± 0.01 s, received 2 s)')
assert log.contains('Diapason check: 1 exam(s), 1 not conformant; see ')
def html = new File(basedir, 'target/diapason/check/check-report.html').getText('UTF-8')
// the console's words and units, from the rules
assert html.contains('TR (RepetitionTime)')
assert html.contains('2500 ± 10 ms')
assert html.contains('2000 ms')
