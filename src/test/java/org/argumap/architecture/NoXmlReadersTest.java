package org.argumap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Argumap parses no XML, so no file can make it fetch an external entity (XXE) or expand a
 * billion laughs. Its XML is only written: SVG by JFreeSVG, slides by Apache POI, which reads
 * nothing but its own template. A reader of XML added later fails this rule until it is written
 * with entities and DTDs turned off, tested as XxePayloadTest tests the readers, and allowed here.
 */
@AnalyzeClasses(packages = "org.argumap", importOptions = ImportOption.DoNotIncludeTests.class)
class NoXmlReadersTest {

    @ArchTest
    static final ArchRule noXmlParsers = noClasses().that().resideInAPackage("org.argumap..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.xml.parsers..", "javax.xml.stream..",
                    "javax.xml.transform..", "javax.xml.validation..", "javax.xml.xpath..", "org.xml.sax..",
                    "org.w3c.dom..", "org.apache.poi.util..", "org.apache.xmlbeans..")
            .because("an XML reader must turn off DTDs and external entities (reliability.md, Limits)");
}
