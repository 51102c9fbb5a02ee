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
}
