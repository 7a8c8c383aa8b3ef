package com.custodia.ui.firstrun;

import com.custodia.policy.CredentialRules;
import com.custodia.ui.common.FieldProblem;
import java.util.Optional;
import java.util.ResourceBundle;

/** A passphrase chosen now and typed twice: a workspace's, or a new signing key's. */
final class NewPassphrase {

    private NewPassphrase() {
    }

    /** The first problem of the pair, naming the field it is in; the fields are node ids. */
    static Optional<FieldProblem> validate(ResourceBundle bundle, String field, String repeatField,
                                           String passphrase, String repeat) {
        Optional<String> weak = CredentialRules.checkPassphrase(passphrase.toCharArray());
        if (weak.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, field, weak.get()));
        }
        if (!passphrase.equals(repeat)) {
            return Optional.of(FieldProblem.ofKey(bundle, repeatField, "problem.passphrasesDiffer"));
        }
        return Optional.empty();
    }
}
