package io.github.diapason.read.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;

/**
 * JAXB binding classes, one per XSD type, shaped like the XML rather than like the model:
 * plain mutable holders that {@link XmlModelConverter} turns into the model records. Fields are
 * bound by name (package-level {@code XmlAccessType.FIELD}); validity is the XSD's job, done
 * before binding, so these classes carry no checks.
 */
final class XmlBinding {

    /** The one namespace of protocol and site documents (protocol.xsd and site.xsd). */
    static final String NS = "urn:diapason:protocol:1";

    private XmlBinding() {
    }

    /** Plain content for every language, or {@code <text xml:lang="…">} children. */
    static final class TextXml {
        @XmlMixed
        @XmlElementRef(type = LanguageTextXml.class)
        List<Object> content = new ArrayList<>();
    }

    @XmlRootElement(name = "text")
    static final class LanguageTextXml {
        @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
        String lang;
        @XmlValue
        String value;
    }

    static final class QuantityXml {
        @XmlAttribute
        Double value;
        @XmlAttribute
        String unit;
    }

    static final class ContactXml {
        @XmlAttribute
        String name;
        @XmlAttribute
        String role;
        @XmlAttribute
        String email;
        @XmlAttribute
        String phone;
    }

    @XmlRootElement(name = "protocol")
    static final class ProtocolXml {
        StudyXml study;
        ExamXml exam;
        @XmlElementWrapper(name = "overrides")
        @XmlElement(name = "override")
        List<OverrideXml> overrides;
        DeidentificationXml deidentification;
        TransferXml transfer;
    }

    static final class StudyXml {
        @XmlAttribute
        String id;
        @XmlAttribute
        String version;
        @XmlAttribute
        String date;
        TextXml title;
        TextXml objective;
        String sponsor;
        String coordinatingCentre;
        @XmlElementWrapper(name = "contacts")
        @XmlElement(name = "contact")
        List<ContactXml> contacts;
        @XmlElementWrapper(name = "languages")
        @XmlElement(name = "language")
        List<String> languages;
    }

    static final class ExamXml {
        QuantityXml maximumDuration;
        PositioningXml positioning;
        TextXml participantInstructions;
        TextXml agitatedParticipant;
        EquipmentXml equipment;
        @XmlElementWrapper(name = "externalReferences")
        @XmlElement(name = "reference")
        List<TextXml> externalReferences;
        @XmlElementWrapper(name = "sequences")
        @XmlElement(name = "sequence")
        List<SequenceXml> sequences;
    }

    static final class PositioningXml {
        @XmlAttribute
        String patientPosition;
        TextXml instructions;
    }

    static final class EquipmentXml {
        CoilRequirementXml coil;
        ContrastAgentXml contrastAgent;
        @XmlElementWrapper(name = "sensors")
        @XmlElement(name = "sensor")
        List<TextXml> sensors;
        @XmlElementWrapper(name = "other")
        @XmlElement(name = "item")
        List<TextXml> other;
    }

    static final class CoilRequirementXml {
        @XmlAttribute
        Integer minimumChannels;
        TextXml description;
    }

    static final class ContrastAgentXml {
        @XmlAttribute
        String name;
        TextXml dose;
        TextXml administration;
    }

    static final class SequenceXml {
        @XmlAttribute
        String id;
        @XmlAttribute
        String technique;
        @XmlAttribute
        Boolean mandatory;
        @XmlAttribute
        Boolean repeatIfNonConformant;
        @XmlAttribute
        String orientation;
        @XmlAttribute
        String seriesName;
        TextXml name;
        TextXml coverage;
        TextXml landmark;
        @XmlElementWrapper(name = "parameters")
        @XmlElement(name = "parameter")
        List<ParameterXml> parameters;
        DiffusionXml diffusion;
        FunctionalXml functional;
        @XmlElementWrapper(name = "requiredOptions")
        @XmlElement(name = "option")
        List<String> requiredOptions;
        @XmlElementWrapper(name = "reconstructions")
        @XmlElement(name = "reconstruction")
        List<TextXml> reconstructions;
        @XmlElementWrapper(name = "checksBeforeStart")
        @XmlElement(name = "check")
        List<TextXml> checksBeforeStart;
        @XmlElementWrapper(name = "allowedAdaptations")
        @XmlElement(name = "adaptation")
        List<TextXml> allowedAdaptations;
        QuantityXml estimatedDuration;
    }

    static final class ParameterXml {
        @XmlAttribute
        String name;
        @XmlAttribute
        Double value;
        @XmlAttribute
        @XmlList
        List<Double> values;
        @XmlAttribute
        Double min;
        @XmlAttribute
        Double max;
        @XmlAttribute
        String unit;
        @XmlAttribute
        String code;
        ToleranceXml tolerance;
    }

    static final class ToleranceXml {
        @XmlAttribute
        Double absolute;
        @XmlAttribute
        Double percent;
    }

    static final class DiffusionXml {
        @XmlElementWrapper(name = "shells")
        @XmlElement(name = "shell")
        List<ShellXml> shells;
        @XmlElementWrapper(name = "vectors")
        @XmlElement(name = "vector")
        List<VectorXml> vectors;
    }

    static final class ShellXml {
        @XmlAttribute
        Double bValue;
        @XmlAttribute
        Integer directions;
        @XmlAttribute
        Integer reversedPhase;
    }

    static final class VectorXml {
        @XmlAttribute
        Double x;
        @XmlAttribute
        Double y;
        @XmlAttribute
        Double z;
        @XmlAttribute
        Double bValue;
    }

    static final class FunctionalXml {
        @XmlAttribute
        String task;
        @XmlAttribute
        Integer volumes;
        @XmlAttribute
        Integer dummyVolumes;
    }

    static final class OverrideXml {
        @XmlAttribute
        String id;
        TextXml reason;
        WhenXml when;
        @XmlElementWrapper(name = "sequences")
        @XmlElement(name = "sequence")
        List<SequencePatchXml> sequences;
    }

    static final class WhenXml {
        @XmlAttribute
        Double fieldStrength;
        @XmlAttribute
        String vendor;
        @XmlAttribute
        String model;
        @XmlAttribute
        String softwareVersion;
        @XmlAttribute
        String site;
    }

    static final class SequencePatchXml {
        @XmlAttribute
        String ref;
        @XmlElementWrapper(name = "parameters")
        @XmlElement(name = "parameter")
        List<ParameterXml> parameters;
    }

    static final class DeidentificationXml {
        @XmlAttribute
        String profile;
        @XmlAttribute
        String pseudonymPattern;
        @XmlElementWrapper(name = "options")
        @XmlElement(name = "option")
        List<String> options;
        @XmlElementWrapper(name = "keep")
        @XmlElement(name = "keyword")
        List<String> keep;
        TextXml procedure;
    }

    static final class TransferXml {
        @XmlAttribute
        String method;
        String destination;
        TextXml instructions;
    }

    @XmlRootElement(name = "site")
    static final class SiteXml {
        @XmlAttribute
        String id;
        @XmlAttribute
        String language;
        @XmlAttribute
        Boolean referenceSite;
        String name;
        @XmlElementWrapper(name = "contacts")
        @XmlElement(name = "contact")
        List<ContactXml> contacts;
        @XmlElementWrapper(name = "scanners")
        @XmlElement(name = "scanner")
        List<ScannerXml> scanners;
        @XmlElementWrapper(name = "coils")
        @XmlElement(name = "coil")
        List<CoilXml> coils;
        @XmlElementWrapper(name = "licensedOptions")
        @XmlElement(name = "option")
        List<String> licensedOptions;
        @XmlElementWrapper(name = "phantoms")
        @XmlElement(name = "phantom")
        List<String> phantoms;
        @XmlElementWrapper(name = "plannedUpgrades")
        @XmlElement(name = "plannedUpgrade")
        List<PlannedUpgradeXml> plannedUpgrades;
        @XmlElementWrapper(name = "excludedSequences")
        @XmlElement(name = "excludedSequence")
        List<ExclusionXml> excludedSequences;
    }

    static final class ScannerXml {
        @XmlAttribute
        String vendor;
        @XmlAttribute
        String model;
        @XmlAttribute
        Double fieldStrength;
        @XmlAttribute
        String softwareVersion;
        @XmlAttribute
        String deviceSerialNumber;
        @XmlAttribute
        String validFrom;
        @XmlAttribute
        String validTo;
    }

    static final class CoilXml {
        @XmlAttribute
        String name;
        @XmlAttribute
        Integer channels;
    }

    static final class PlannedUpgradeXml {
        @XmlAttribute
        String date;
        TextXml description;
    }

    static final class ExclusionXml {
        @XmlAttribute
        String sequence;
        TextXml reason;
    }
}
