// Changing the TR of a mandatory sequence with only a minor bump fails verify, naming the sequence, the sites and the bump.
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains(': error [') }
        .collect { it.substring(it.indexOf('protocol.json')) }
assert errors == [
    "protocol.json:7:5: error [VersionBumpTooSmall] study version 1.0.0 -> 1.1.0 is a minor bump, but the changes need a major bump (at least 2.0.0): ACQUISITION_PARAMETER_BEYOND_TOLERANCE: RepetitionTime of mandatory sequence 't1' 2300 ms -> 2500 ms (beyond the tolerance of ±50 ms) at sites alpha, beta, which must re-qualify (at /study/version)",
] : "unexpected diagnostics: ${errors}"
assert log.contains('= hint: set study.version to 2.0.0 or higher, or accept the change with a written justification')
assert log.contains('Diapason diff failed: 1 error(s); 2 change(s) against folder ')
// The reports are written even when the gate fails, so CI can post them.
def md = new File(basedir, 'target/diapason/diff/protocol-diff.md').getText('UTF-8')
assert md.contains('**Version gate: FAILED.** The changes need a **major** bump (at least 2.0.0); 1.0.0 → 1.1.0 is a minor bump.')
