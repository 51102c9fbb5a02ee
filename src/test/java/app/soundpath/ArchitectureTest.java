package app.soundpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The layout rules of ARCHITECTURE.md, checked on every build instead of remembered. */
@AnalyzeClasses(packages = "app.soundpath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controlIsPureRules = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "jakarta.ejb..",
                    "jakarta.transaction..", "jakarta.persistence..", "jakarta.servlet..", "org.omnifaces..");

    @ArchTest
    static final ArchRule entitiesKnowNothingOfTheirCallers = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "jakarta.faces..", "jakarta.ws.rs..");

    // Features meet through boundary services; what a service hands out (entity-package records) may be used
    // by the caller's rules, but one feature's rules never call another's.
    @ArchTest
    static final ArchRule rulesStayInTheirFeature = SlicesRuleDefinition.slices()
            .matching("app.soundpath.(*).control..")
            .should().notDependOnEachOther();

    // Features depend on each other in one direction only (catalog ← learning ← assessment, …): a cycle would mean
    // two features that can only be understood, changed and tested together.
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = SlicesRuleDefinition.slices()
            .matching("app.soundpath.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rulesAndEntitiesNeverReachIntoBoundaries = noClasses()
            .that().resideInAnyPackage("..control..", "..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule noJunkDrawerPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..dto..", "..impl..", "..helper..");

    @ArchTest
    static final ArchRule servicesKnowNothingOfFaces = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.omnifaces..");

    // Ready for sessions kept in Payara's data grid on a cluster (README, "Running as a cluster"): what a session holds must travel.
    @ArchTest
    static final ArchRule whatSessionsHoldIsSerialisable = classes().that()
            .areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
            .or().areAnnotatedWith(jakarta.enterprise.context.ConversationScoped.class)
            .or().areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
            .or().areAnnotatedWith(org.omnifaces.cdi.ViewScoped.class)
            .or().haveSimpleName("SessionCaller")
            .should().implement(java.io.Serializable.class).allowEmptyShould(true);

    // platform.FrameworkValuesOutOfSession keeps Weld's conversation map out of the replicated session: a long-running
    // conversation would not survive from one request to the next. Nothing may need one.
    @ArchTest
    static final ArchRule noConversations = noClasses().should().beAnnotatedWith(jakarta.enterprise.context.ConversationScoped.class)
            .orShould().dependOnClassesThat().areAssignableTo(jakarta.enterprise.context.Conversation.class);

    // Issue 13: one owning feature and one mapping per table. Reading another feature's data goes through its
    // service or a view it declares in sql/ (mapped read-only), never a second mapping of its table.
    @ArchTest
    static void everyTableIsMappedByOneFeatureOnly(com.tngtech.archunit.core.domain.JavaClasses classes) {
        java.util.Map<String, java.util.Set<String>> featuresByTable = new java.util.TreeMap<>();
        for (var c : classes) {
            if (!c.getPackageName().startsWith("app.soundpath.")) {
                continue;
            }
            String feature = c.getPackageName().split("\\.")[2];
            java.util.List<String> tables = new java.util.ArrayList<>();
            c.tryGetAnnotationOfType(jakarta.persistence.Table.class).ifPresent(t -> tables.add(t.name()));
            for (var field : c.getFields()) {
                field.tryGetAnnotationOfType(jakarta.persistence.JoinTable.class).ifPresent(t -> tables.add(t.name()));
                field.tryGetAnnotationOfType(jakarta.persistence.CollectionTable.class).ifPresent(t -> tables.add(t.name()));
            }
            tables.forEach(t -> featuresByTable.computeIfAbsent(t, k -> new java.util.TreeSet<>()).add(feature));
        }
        org.assertj.core.api.Assertions.assertThat(featuresByTable).as("tables mapped by entities").isNotEmpty()
                .containsKey("course").containsKey("published_courses");
        var mappedTwice = featuresByTable.entrySet().stream().filter(e -> e.getValue().size() > 1).toList();
        org.assertj.core.api.Assertions.assertThat(mappedTwice).as("tables mapped by more than one feature").isEmpty();
        org.assertj.core.api.Assertions.assertThat(featuresByTable.get("course")).containsExactly("authoring");
        org.assertj.core.api.Assertions.assertThat(featuresByTable.entrySet().stream()
                        .filter(e -> e.getValue().contains("catalog")).map(java.util.Map.Entry::getKey))
                .as("what the catalog maps: its own career tables and the published views of authoring's content")
                .allMatch(t -> t.startsWith("published_") || java.util.Set.of("track", "track_fact", "salary_figure", "content_version").contains(t));
    }
}
