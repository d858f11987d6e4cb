package io.sharedo.export.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps internals internal: a consumer can only ever see types from public packages, so an
 * internal class may change in any release without breaking anyone.
 */
class ArchitectureTest {

  private static final String INTERNAL = ".internal";

  // Only core's own main classes: importing by package name scans the whole classpath and, resolving
  // dependencies, half the JDK, which took minutes on a loaded 2-core machine.
  private final JavaClasses coreClasses = new ClassFileImporter()
      .importLocations(Set.of(Location.of(ShareDoExportClient.class.getProtectionDomain().getCodeSource()
          .getLocation())));

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().contains(INTERNAL);
  }

  private static final DescribedPredicate<JavaClass> PUBLIC_API_CLASS =
      DescribedPredicate.describe("public classes of public packages",
          c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(c) && c.getPackageName().startsWith(
              "io.sharedo.export.core"));

  @Test
  void publicMethodsAndConstructorsNeverMentionInternalTypes() {
    codeUnits().that().areDeclaredInClassesThat(PUBLIC_API_CLASS)
        .and().arePublic().or().areProtected()
        .should(new ArchCondition<JavaCodeUnit>("not mention an internal type in their signature") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            if (!PUBLIC_API_CLASS.test(unit.getOwner())) {
              return;
            }
            List<JavaType> mentioned = new ArrayList<>(unit.getParameterTypes());
            mentioned.add(unit.getReturnType());
            mentioned.addAll(unit.getExceptionTypes());
            for (JavaType type : mentioned) {
              for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                if (isInternal(involved)) {
                  events.add(SimpleConditionEvent.violated(unit,
                      unit.getFullName() + " exposes internal type " + involved.getName()));
                }
              }
            }
          }
        })
        .check(coreClasses);
  }

  @Test
  void publicFieldsNeverHaveInternalTypes() {
    fields().that().areDeclaredInClassesThat(PUBLIC_API_CLASS).and().arePublic()
        .should(new ArchCondition<JavaField>("not have an internal type") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
              if (isInternal(involved)) {
                events.add(SimpleConditionEvent.violated(field,
                    field.getFullName() + " exposes internal type " + involved.getName()));
              }
            }
          }
        })
        .allowEmptyShould(true)
        .check(coreClasses);
  }

  @Test
  void publicClassesNeitherExtendNorImplementInternalTypes() {
    classes().that(PUBLIC_API_CLASS)
        .should(new ArchCondition<JavaClass>("not extend or implement an internal type") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            List<JavaClass> supertypes = new ArrayList<>(type.getRawInterfaces());
            type.getRawSuperclass().ifPresent(supertypes::add);
            for (JavaClass supertype : supertypes) {
              if (isInternal(supertype)) {
                events.add(SimpleConditionEvent.violated(type,
                    type.getName() + " extends or implements internal type " + supertype.getName()));
              }
            }
          }
        })
        .check(coreClasses);
  }
}
