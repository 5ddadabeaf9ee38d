def log = new File(basedir, 'build.log').text
assert log.contains('Diapason check: give one of basicEnv, basicFile, tokenEnv, tokenFile, not 2; retries must be 0 or more, not -1')
// nothing was asked of the server, so no report was written
assert !new File(basedir, 'target/diapason/check/check-report.json').exists()
