def log = new File(basedir, 'build.log').text
// 97 (the cardiac-gated DWI's "# of RR Intervals" too, issue 12): the GE DWI's fat saturation and diffusion directions are labelled in the tar, and it programs TE Minimum as the MR750 export does (examples/spine-generic ge-dwi-no-focus), so its TE is compared too
assert log.contains('[WARNING] Site mr750-dv2x, protocol spine-generic 1.0.0: NOT QUALIFIED (97 of 855 exported values compared)')
assert log.contains("[WARNING]   error [ValueOutOfTolerance] protocol.tar: T1w: Receiver Bandwidth is 142.86 kHz where the card says 25.00 kHz: out of the protocol's tolerance (PixelBandwidth 150 ± 45)")
assert log.contains('Diapason qualify: site mr750-dv2x is not qualified; see ')
def junit = new File(basedir, 'target/diapason/qualify/qualification-report.xml').getText('UTF-8')
assert junit.contains('failures="1"')
assert junit.contains('type="ValueOutOfTolerance"')
