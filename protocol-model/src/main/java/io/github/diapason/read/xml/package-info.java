/**
 * The XML format: XSD validation, JAXB binding classes (package-private, shaped like the XSD)
 * and their conversion to the same model records the JSON reader produces.
 */
@XmlSchema(namespace = XmlBinding.NS, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package io.github.diapason.read.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
