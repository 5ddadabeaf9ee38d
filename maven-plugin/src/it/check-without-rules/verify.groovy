def log = new File(basedir, 'build.log').text
assert log.contains('error [RulesNotFound] no rules here: the path does not exist')
assert log.contains('hint: generate the study first (mvn verify or diapason generate), or pass a rules.json')
assert log.contains('Diapason check: some input could not be read')
// The reports are still written, so CI can publish them.
assert new File(basedir, 'target/diapason/check/check-report.xml').isFile()
