// Issue 10, rows "mixed tree" and "stale data", through Maven.
def out = new File(basedir, 'out')
assert new File(out, 'sites/lyon/manual.fr.html').isFile()
assert !new File(out, 'sites/ghost').exists() : 'outputs of a removed site must go'
assert !new File(out, 'sites/lyon/.transfer-sheet.fr.html4417.tmp').exists() : 'a killed run\'s temporary file must go'
assert !new File(out, 'protocol.resolved.json').text.contains('from a previous run')

def log = new File(basedir, 'build.log').text
assert log.contains('[OutputsRemoved] 2 output(s) of the previous run are gone, as this run does not produce them: '
        + 'sites/ghost/rules.json, sites/lyon/.transfer-sheet.fr.html4417.tmp')

def leftovers = out.parentFile.listFiles().findAll { it.name.startsWith('.out.staging-') || it.name.startsWith('.out.previous-') }
assert leftovers.isEmpty() : "left over: ${leftovers}"

def bundle = new File(basedir, 'target/generate-replaces-stale-outputs-protocol-bundle.zip')
def entries = new java.util.zip.ZipFile(bundle).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('sites/lyon/rules.json')
assert !entries.any { it.startsWith('sites/ghost/') || it.endsWith('.tmp') } : "stale entries in the bundle: ${entries}"
