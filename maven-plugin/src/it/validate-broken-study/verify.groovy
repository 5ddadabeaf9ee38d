// The broken study must fail with exactly these three located diagnostics, in this order.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains(': error [') }
        .collect { it.substring(it.indexOf('protocol.json')) }
assert lines == [
    'protocol.json:2:86: error [NotSemanticVersion] study version \'1.2\' is not a semantic version (at /study/version)',
    'protocol.json:11:38: error [UnitMismatch] EchoTime is a time but its unit \'mm\' is not (at /exam/sequences/1/parameters/EchoTime/unit)',
    'protocol.json:24:20: error [DanglingReference] no sequence has the id \'t2\' (at /overrides/0/sequences/t2)',
] : "unexpected diagnostics: ${lines}"
assert log.contains("= hint: did you mean 't1'? known sequences: loc, t1")
assert log.contains('Diapason validation failed: 3 error(s), 0 warning(s)')
