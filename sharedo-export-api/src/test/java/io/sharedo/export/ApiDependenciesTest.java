package io.sharedo.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The API module promises to depend on nothing but the JDK; this pins that promise. */
class ApiDependenciesTest {

  private final JavaClasses apiClasses = new ClassFileImporter()
      // Not ImportOption.DO_NOT_INCLUDE_TESTS: it only knows "target/test-classes", and a build may use
      // another directory (see build.suffix in the root pom).
      .withImportOption(location -> !location.contains("/test-classes/"))
      .importPackages("io.sharedo.export");

  @Test
  void apiDependsOnlyOnTheJdkAndItself() {
    classes().that().resideInAPackage("io.sharedo.export..")
        // JSpecify's annotations are compile-time only (ignored at run time when absent).
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.sharedo.export..", "org.jspecify.annotations..")
        .check(apiClasses);
  }

  @Test
  void apiHoldsNoInternalPackage() {
    classes().that().resideInAPackage("io.sharedo.export..")
        .should().resideOutsideOfPackage("..internal..")
        .check(apiClasses);
  }
}
