package com.custodia.ui.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests of the whole console window do again and again: fill fields, read them, wait for a screen. */
public final class WindowSteps {

    /** Opening a database under load takes long; an answer is waited for this long. */
    private static final long WAIT_SECONDS = 60;

    private WindowSteps() {
    }

    /**
     * Fills a field as typing would (the text goes through the control into its bound view model);
     * the robot's key-by-key typing is left out because it costs seconds per field under load.
     */
    public static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    public static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof TextInputControl input ? input.getText() : ((Labeled) node).getText();
    }

    /** Whether the node is there and shown, as an operator would see it. */
    public static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(WindowSteps::shown).isPresent();
    }

    /** Visible itself and inside visible parents. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    public static void waitFor(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> shown(robot, query));
    }

    /** Sign-in clears the message when it starts; a message and an enabled button mean it has answered. */
    public static void waitForSignInError(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !text(robot, "#signin-error").isEmpty()
                && !robot.lookup("#signin-submit").queryAs(Button.class).isDisabled());
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
