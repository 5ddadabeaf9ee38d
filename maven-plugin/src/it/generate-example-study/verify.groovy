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
