/**
 * The XML format: a hardened parse, XSD validation with located errors, and a conversion driven
 * by the XSD to the JSON tree the JSON reader binds, so that both formats give the same records.
 */
package io.github.diapason.read.xml;
