package com.custodia.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.ui.admin.AdministrationScreen;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.dashboard.DashboardScreen;
import com.custodia.ui.support.RecordingScreen;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class GlobalSearchViewModelTest {

    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final Screen dashboard = new DashboardScreen();
    private final RecordingScreen people = RecordingScreen.searchable("people");
    private final ObjectProperty<Screen> selected = new SimpleObjectProperty<>(dashboard);
    private final List<String> requests = new ArrayList<>();

    private GlobalSearchViewModel search(Screen... navigation) {
        GlobalSearchViewModel search = new GlobalSearchViewModel(List.of(navigation), selected, executor);
        search.requestProperty().addListener((obs, was, now) ->
                requests.add(now.screen().id() + ": " + now.text()));
        return search;
    }

    @Test
    void withoutAScreenThatTakesSearchesTheBoxIsNotShownAndTypingDoesNothing() {
        GlobalSearchViewModel search = search(dashboard, new AdministrationScreen(), new RecordingScreen());

        search.textProperty().set("jane");
        executor.runScheduled();
        search.submit();

        assertThat(search.shown()).isFalse();
        assertThat(requests).isEmpty();
        assertThat(selected.get()).isSameAs(dashboard);
    }

    @Test
    void aPauseInTypingOpensTheScreenThatTakesSearchesWithTheText() {
        GlobalSearchViewModel search = search(dashboard, people);

        search.textProperty().set("ja");
        search.textProperty().set("jane ");
        assertThat(requests).as("nothing before the pause").isEmpty();
        executor.runScheduled();

        assertThat(search.shown()).isTrue();
        assertThat(search.target()).isSameAs(people);
        assertThat(selected.get()).isSameAs(people);
        assertThat(requests).containsExactly("people: jane");
    }

    @Test
    void enterSearchesAtOnceAndAgainForTheSameText() {
        GlobalSearchViewModel search = search(dashboard, people);
        search.textProperty().set("acme");

        search.submit();
        executor.runScheduled();
        search.submit();

        assertThat(requests).as("the pause after Enter asks nothing new").containsExactly("people: acme", "people: acme");
    }

    @Test
    void aPauseThatChangedNothingAsksNothingNew() {
        GlobalSearchViewModel search = search(dashboard, people);
        search.textProperty().set("acme");
        executor.runScheduled();

        search.textProperty().set("acme ");
        executor.runScheduled();

        assertThat(requests).containsExactly("people: acme");
    }

    @Test
    void blankTextOpensNothingButClearsTheSearchOfTheShownScreen() {
        GlobalSearchViewModel search = search(dashboard, people);
        search.textProperty().set("  ");
        executor.runScheduled();
        search.submit();
        assertThat(requests).isEmpty();
        assertThat(selected.get()).isSameAs(dashboard);

        search.textProperty().set("jane");
        executor.runScheduled();
        search.textProperty().set("");
        executor.runScheduled();

        assertThat(requests).containsExactly("people: jane", "people: ");
    }

    @Test
    void aScreenOpenedAgainFromTheNavigationGetsTheSameTextAgain() {
        GlobalSearchViewModel search = search(dashboard, people);
        search.textProperty().set("jane");
        executor.runScheduled();
        selected.set(dashboard);
        selected.set(people);

        search.textProperty().set("jane ");
        executor.runScheduled();

        assertThat(requests).containsExactly("people: jane", "people: jane");
    }

    @Test
    void closingDropsASearchWaitingForThePause() {
        GlobalSearchViewModel search = search(dashboard, people);
        search.textProperty().set("jane");

        search.close();
        executor.runScheduled();

        assertThat(requests).isEmpty();
    }
}
