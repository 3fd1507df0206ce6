package dev.teamgate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import rules of DESIGN.md, checked on the compiled main code. */
class ModularityTests {

    static final String[] VENDORS = {"teamfluence", "talktome", "stackfield", "commflow", "flowdock"};

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.teamgate");
    }

    @Test
    void vendorsNeverImportEachOther() {
        slices().matching("dev.teamgate.(" + String.join("|", VENDORS) + ")..")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void domainKnowsNoPlatformAdminOrVendor() {
        noClasses().that().resideInAPackage("dev.teamgate.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(forbiddenForDomain())
                .check(main);
    }

    @Test
    void domainKnowsNoWebLayer() {
        noClasses().that().resideInAPackage("dev.teamgate.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(main);
    }

    @Test
    void platformKnowsNoAdminOrVendor() {
        String[] forbidden = new String[VENDORS.length + 1];
        for (int i = 0; i < VENDORS.length; i++) {
            forbidden[i] = "dev.teamgate." + VENDORS[i] + "..";
        }
        forbidden[VENDORS.length] = "dev.teamgate.admin..";
        noClasses().that().resideInAPackage("dev.teamgate.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(main);
    }

    @Test
    void vendorsDoNotImportTheControlPlane() {
        for (String vendor : VENDORS) {
            noClasses().that().resideInAPackage("dev.teamgate." + vendor + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.teamgate.admin..")
                    .allowEmptyShould(true)
                    .check(main);
        }
    }

    /** The test kit talks to Teamgate over HTTP only, so it works the same against a jar or a container. */
    @Test
    void testingKitUsesOnlyTheHttpApi() {
        noClasses().that().resideInAPackage("dev.teamgate.testing..")
                .should().dependOnClassesThat().resideInAnyPackage(forbiddenForDomain())
                .orShould().dependOnClassesThat().resideInAPackage("dev.teamgate.domain..")
                .check(main);
    }

    @Test
    void nothingButTheTestKitImportsIt() {
        noClasses().that().resideOutsideOfPackage("dev.teamgate.testing..")
                .should().dependOnClassesThat().resideInAPackage("dev.teamgate.testing..")
                .check(main);
    }

    @Test
    void everyPackageIsNullMarked() {
        // JSpecify: unannotated types are non-null in every package; @Nullable marks what may be absent.
        java.util.Set<String> unmarked = new java.util.TreeSet<>();
        main.stream().map(c -> c.getPackage())
                .filter(p -> !p.isAnnotatedWith(org.jspecify.annotations.NullMarked.class))
                .forEach(p -> unmarked.add(p.getName()));
        org.assertj.core.api.Assertions.assertThat(unmarked).as("packages without @NullMarked package-info").isEmpty();
    }

    private static String[] forbiddenForDomain() {
        String[] forbidden = new String[VENDORS.length + 2];
        for (int i = 0; i < VENDORS.length; i++) {
            forbidden[i] = "dev.teamgate." + VENDORS[i] + "..";
        }
        forbidden[VENDORS.length] = "dev.teamgate.platform..";
        forbidden[VENDORS.length + 1] = "dev.teamgate.admin..";
        return forbidden;
    }
}
