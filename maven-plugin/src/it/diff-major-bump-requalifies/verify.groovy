// With the major bump the gate passes, and the report lists the sites to re-qualify, in console words.
def log = new File(basedir, 'build.log').text
assert log.contains('Diapason diff passed: 2 change(s) against folder ')
assert log.contains('(1.0.0 -> 2.0.0); required bump: major, actual: major; sites to re-qualify: alpha, beta')
def dir = new File(basedir, 'target/diapason/diff')
def md = new File(dir, 'protocol-diff.md').getText('UTF-8')
assert md.contains('**Version gate: passed.** The changes need a **major** bump; 1.0.0 → 2.0.0 is a major bump.')
assert md.contains('**sites to re-qualify: alpha, beta**')
assert md.contains('#### alpha — must re-qualify')
assert md.contains('#### beta — must re-qualify')
assert md.contains('| t1 | Routine › TR | 2300.0 ms | 2500.0 ms |') : 'Siemens console words for beta'
assert md.contains('| t1 | Scan Timing › TR | 2300.0 ms | 2500.0 ms |') : 'GE console words for alpha'
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'protocol-diff.json'))
assert json.gate.passed == true
assert json.sitesToRequalify == ['alpha', 'beta']
def amendment = new File(dir, 'amendment-summary.md').getText('UTF-8')
assert amendment.contains('RepetitionTime of sequence t1, 2300 ms → 2500 ms (beyond the tolerance of ±50 ms); sites: alpha, beta; re-qualification required.')
