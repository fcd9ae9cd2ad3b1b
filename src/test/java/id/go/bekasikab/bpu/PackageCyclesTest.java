package id.go.bekasikab.bpu;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Features depend downwards only (STYLE.md): a cycle between feature packages fails the build. */
class PackageCyclesTest {

    static final ArchRule NO_CYCLES = slices().matching("id.go.bekasikab.bpu.(*)..").should().beFreeOfCycles();

    @Test
    void featurePackagesAreFreeOfCycles() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.go.bekasikab.bpu");
        NO_CYCLES.check(production);
    }

    @Test
    void theRuleCatchesACycle() {
        JavaClasses offender = new ClassFileImporter().importClasses(
                id.go.bekasikab.bpu.archfixture.cycle.a.CallsB.class, id.go.bekasikab.bpu.archfixture.cycle.b.CallsA.class);
        assertTrue(slices().matching("id.go.bekasikab.bpu.archfixture.cycle.(*)..").should().beFreeOfCycles()
                .evaluate(offender).hasViolation());
    }

    /** STYLE.md: a class you cannot read at once (over ~350 lines) is two classes. */
    @Test
    void noMainClassIsOver350Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> long_ = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 350).map(f -> f + " (" + lines(f) + ")").toList();
            assertTrue(long_.isEmpty(), "over 350 lines: " + long_);
        }
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
