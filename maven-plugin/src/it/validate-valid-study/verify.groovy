def log = new File(basedir, 'build.log').text
assert log.contains('Diapason validation passed: 0 error(s), 0 warning(s)')
assert log.contains('BUILD SUCCESS')
