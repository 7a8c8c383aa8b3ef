package com.custodia.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A validation failure of one form field: {@code field} is the field's node id (so the view can
 * put the focus there), {@code message} names the field and the problem for the operator.
 */
public record FieldProblem(String field, String message) {

    /**
     * Builds "Label: problem" from the feature bundle's {@code field.<field>} label and its
     * {@code validation.format} pattern.
     */
    public static FieldProblem of(ResourceBundle bundle, String field, String problem) {
        String label = bundle.getString("field." + field);
        return new FieldProblem(field, MessageFormat.format(bundle.getString("validation.format"), label, problem));
    }

    /** Same, with the problem taken from the bundle by key. */
    public static FieldProblem ofKey(ResourceBundle bundle, String field, String problemKey) {
        return of(bundle, field, bundle.getString(problemKey));
    }
}
