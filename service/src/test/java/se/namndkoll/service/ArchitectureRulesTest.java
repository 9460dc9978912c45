package se.namndkoll.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the code, checked on the compiled classes of every module (docs/adr/0004): no
 * Spring in the rules, the document reader or the command line; no cycles between the packages of
 * a module; controllers only in the API package. Test classes are not checked.
 */
@AnalyzeClasses(packages = "se.namndkoll", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule noSpringInTheRules = noClasses().that().resideInAPackage("se.namndkoll.rules..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the rules module is plain Java, used by the service, the command line and the tests alike");

    @ArchTest
    static final ArchRule noSpringInTheDocumentReader = noClasses().that().resideInAPackage("se.namndkoll.documents..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the document reader is a library without a framework");

    @ArchTest
    static final ArchRule noSpringInTheCommandLine = noClasses().that().resideInAPackage("se.namndkoll.service.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the command line runs without starting Spring");

    @ArchTest
    static final ArchRule noCyclesBetweenTheServicesPackages = slices().matching("se.namndkoll.service.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheRulesPackages = slices().matching("se.namndkoll.rules.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheDocumentReadersPackages = slices().matching("se.namndkoll.documents.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersOnlyInTheApi = classes().that().areAnnotatedWith(RestController.class)
            .or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("se.namndkoll.service.api")
            .allowEmptyShould(true);
}
