package com.custodia.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Console rules from STYLE.md that the layer test does not cover. */
@AnalyzeClasses(packages = "com.custodia", importOptions = ImportOption.DoNotIncludeTests.class)
class UiRulesTest {

    @ArchTest
    static final ArchRule coloursLiveInCss = noClasses()
            .should().callMethod(javafx.scene.Node.class, "setStyle", String.class)
            .because("colours and states come from CSS classes, so both themes stay consistent (STYLE.md)");

    @ArchTest
    static final ArchRule formsAndMonitorsHoldNoNodes = noClasses()
            .that().resideInAPackage("com.custodia.ui..")
            .and().haveSimpleNameEndingWith("Form").or().haveSimpleNameEndingWith("Monitor")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("the parts of view models are tested without a window like the view models themselves");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheApplication = noClasses()
            .that().resideInAPackage("com.custodia.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.custodia.app..")
            .because("the application wires the screens together; a screen gets what it needs through its constructor");
}
