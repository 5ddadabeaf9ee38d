// Content checks on what a site receives (issue 4): each console's own words, each site's language.
def out = new File(basedir, 'target/diapason')
def read = { String path -> def f = new File(out, path); assert f.isFile() : "missing ${path}"; f.getText('UTF-8') }

['amsterdam', 'barcelona', 'milano', 'london', 'lyon', 'oslo'].each { site ->
    ['manual.en.html', 'manual.en.md', 'manual.en.pdf', 'transfer-sheet.en.html', 'crf-mri.en.md', 'parameters.json'].each {
        assert new File(out, "sites/${site}/${it}").isFile() : "missing sites/${site}/${it}"
    }
}
assert read('index.html').contains('milano')

// GE: averages are NEX, bandwidth in kHz, FOV in cm.
def ge = read('sites/milano/manual.en.html')
assert ge.contains('>NEX<') : 'GE manual must say NEX'
assert ge.contains(' kHz<') : 'GE manual must give the receiver bandwidth in kHz'
assert !ge.contains('>NSA<')

// Philips: water-fat shift, NSA.
def philips = read('sites/oslo/manual.en.html')
assert philips.contains('Water-fat shift') : 'Philips manual must give the water-fat shift'
assert philips.contains('>NSA<')

// Siemens: averages, bandwidth per pixel.
def siemens = read('sites/amsterdam/manual.en.html')
assert siemens.contains('>Averages<')
assert siemens.contains('Hz/Px')

// The French-language site gets its manual in French.
def lyon = read('sites/lyon/manual.fr.html')
assert lyon.contains('<html lang="fr">')
assert lyon.contains('Séquences et paramètres pour cet imageur')

// A dropped optional sequence is explained.
def oslo = read('sites/oslo/manual.en.md')
assert oslo.contains('Sequences not run at this site')

// PDFs are PDFs; the bundle is attached.
assert new File(out, 'sites/milano/manual.en.pdf').bytes[0..3] == '%PDF'.bytes.toList()
assert new File(basedir, 'target/generate-example-study-protocol-bundle.zip').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Diapason wrote ')

// Issue 10: outputs and the bundle get the mode of any file the user creates (0644 under umask 022),
// and publication leaves no staging folder or temporary file behind, in the tree or in the bundle.
import java.nio.file.Files
def probe = new File(basedir, 'target/umask-probe.txt')
probe.text = ''
def mode = { File f -> Files.getPosixFilePermissions(f.toPath()) }
assert mode(new File(out, 'index.html')) == mode(probe) : "index.html mode ${mode(new File(out, 'index.html'))}"
assert mode(new File(out, 'sites/lyon/manual.fr.html')) == mode(probe)
def bundle = new File(basedir, 'target/generate-example-study-protocol-bundle.zip')
assert mode(bundle) == mode(probe) : "bundle mode ${mode(bundle)}"
def leftovers = new File(basedir, 'target').listFiles().findAll { it.name.contains('.staging-') || it.name.contains('.previous-') || it.name.endsWith('.tmp') }
assert leftovers.isEmpty() : "left over: ${leftovers}"
def entries = new java.util.zip.ZipFile(bundle).withCloseable { z -> z.entries().collect { it.name } }
assert !entries.any { it.endsWith('.tmp') || it.contains('.staging-') } : "bundle holds temporary files: ${entries.findAll { it.endsWith('.tmp') }}"
