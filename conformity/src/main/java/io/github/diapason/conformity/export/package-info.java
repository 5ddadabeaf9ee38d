/**
 * Console-export readers: what a site programmed on its scanner, read from the files its console
 * exports, in that console's own words and units.
 *
 * <p>{@link io.github.diapason.conformity.export.ConsoleExportReader#read(java.nio.file.Path)} is the one
 * entry point. It tells the format from the file's first bytes and returns a
 * {@link io.github.diapason.conformity.export.ConsoleExport}: the programs in console order, each a
 * {@link io.github.diapason.conformity.export.ConsoleProgram} (name, sequence type, values, parameters not
 * read) of {@link io.github.diapason.conformity.export.ConsoleValue}s (export key, printed label, value,
 * unit, source location), plus diagnostics. Reading never throws on bad input.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>format</th><th>what is read</th></tr>
 *   <tr><td>Siemens {@code .exar1} (syngo MR E11, XA)</td><td>SQLite; raw-deflate EDF/JSON blobs; the XProtocol's
 *       ASCCONV block (shared {@code Ascconv} parser) mapped to printout labels; program names and order from the
 *       exam tree</td></tr>
 *   <tr><td>Siemens {@code .edx} (syngo MR B17)</td><td>zlib MrEdxFile text; one section per program; the same
 *       ASCCONV mapping</td></tr>
 *   <tr><td>GE {@code protocol.tar} (DV2x)</td><td>session.xml series order; every LxProtocol {@code set} line,
 *       printout labels from {@code ge-lxprotocol.tsv}</td></tr>
 *   <tr><td>Philips {@code .ExamCard} (R5.3)</td><td>SOAP XML (DOCTYPE refused), ExamCard order; every parameter of
 *       the binary block, printout labels from {@code philips-examcard.tsv}</td></tr>
 *   <tr><td>PDF printouts (the three vendors)</td><td>PDFBox text runs placed by each vendor's page layout into
 *       programs, cards and labelled values</td></tr>
 * </table>
 */
package io.github.diapason.conformity.export;
