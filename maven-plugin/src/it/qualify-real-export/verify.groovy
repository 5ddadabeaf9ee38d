def log = new File(basedir, 'build.log').text
// 97 (the cardiac-gated DWI's "# of RR Intervals" too, issue 12): the GE DWI's fat saturation and diffusion directions are labelled in the tar, and it programs TE Minimum as the MR750 export does (examples/spine-generic ge-dwi-no-focus), so its TE is compared too
assert log.contains('[INFO] Site mr750-dv2x, protocol spine-generic 1.0.0: QUALIFIED (97 of 855 exported values compared)')
// the card shows the GE imaging options as the MR750 printout does (examples/spine-generic): nothing left to review
assert !log.contains('[ValueDiffers]')
assert log.contains('[INFO] Diapason qualify: reports in ')
def json = new File(basedir, 'target/diapason/qualify/qualification-report.json').getText('UTF-8')
assert json.contains('"qualified" : true')
assert json.contains('"outcome" : "accepted"')
def html = new File(basedir, 'target/diapason/qualify/qualification-report.html').getText('UTF-8')
assert html.contains('<h1>Site qualification</h1>')
assert html.contains('Coordinating centre')
assert new File(basedir, 'target/diapason/qualify/qualification-report.xml').getText('UTF-8').contains('<testsuites name="diapason qualify">')
