package id.go.bekasikab.bpu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The rules package is plain Java: records, enums and functions, no framework (design card). */
class RulesArchitectureTest {

    static final ArchRule RULES_ARE_PLAIN_JAVA = classes().that().resideInAPackage("..rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..rules..")
            .because("the domain rules must stay free of Quarkus, Jakarta, Hibernate and Jackson");

    @Test
    void theRulesPackageDependsOnNothingButJava() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.go.bekasikab.bpu");
        RULES_ARE_PLAIN_JAVA.check(production);
    }

    @Test
    void theRuleCatchesARulesClassThatImportsAFramework() {
        JavaClasses offender = new ClassFileImporter().importClasses(
                id.go.bekasikab.bpu.archfixture.rules.FrameworkBoundRule.class);
        assertTrue(RULES_ARE_PLAIN_JAVA.evaluate(offender).hasViolation());
    }
}
