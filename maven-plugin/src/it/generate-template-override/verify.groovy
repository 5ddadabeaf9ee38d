def out = new File(basedir, 'target/diapason')
def manual = new File(out, 'sites/milano/manual.en.html').getText('UTF-8')
// The override reached the output...
assert manual.contains('<header class="title-block custom">')
assert manual.contains('<h1>CHU Example — ')
// ...and replaced only the title block: the rest of the built-in manual is still there.
assert !manual.contains('<h1>Imaging manual</h1>')
assert manual.contains('Sequences and parameters for this scanner')
// The data model was dumped for template authors, and no PDF was asked for.
assert new File(out, 'sites/milano/model.en.json').getText('UTF-8').contains('"productName"')
assert !new File(out, 'sites/milano/manual.en.pdf').exists()
