package rs.iom.hub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shape of the code a maintainer can rely on: packages by feature that do not import each other in cycles, JBake's
 * types (and reflection) only in {@code jbake/}, no class longer than 400 lines.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importTheMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("rs.iom.hub");
    }

    @Test
    void packagesDoNotDependOnEachOtherInCycles() {
        slices().matching("rs.iom.hub.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheJBakePackageTouchesJBakesTypes() {
        noClasses().that().resideOutsideOfPackage("rs.iom.hub.jbake..").should().dependOnClassesThat()
                .resideInAPackage("org.jbake..").check(classes);
    }

    @Test
    void onlyTheJBakePackageUsesReflectionToReachPrivateFields() {
        noClasses().that().resideOutsideOfPackage("rs.iom.hub.jbake..").should()
                .callMethod(java.lang.reflect.AccessibleObject.class, "setAccessible", boolean.class)
                .orShould().callMethod(java.lang.reflect.Field.class, "setAccessible", boolean.class)
                .check(classes);
    }

    @Test
    void noClassIsLongerThanFourHundredLines() throws IOException {
        Path main = Path.of(System.getProperty("hub.project.dir", ".")).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> long_ = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 400)
                    .map(p -> main.relativize(p) + " (" + lines(p) + " lines)").sorted().toList();
            assertEquals(List.of(), long_, "classes over 400 lines: split them");
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
