package com.custodia.policy;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContactReason;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the vendor may send a person an email of a given class (promises P9 and P10):
 * customers always get mandatory service messages (welcome, billing, technical, security) and
 * get optional ones (features, upgrades) unless they declined them; anyone who is not a
 * customer gets email only with a recorded point of contact (product ordered, trial issued,
 * support requested, information requested), and then also not the optional classes they
 * declined. Every answer says why. Pure function.
 */
public final class EmailEligibility {

    /**
     * What the rule needs to know about the recipient.
     *
     * @param kind     the kind of person
     * @param hasEmail whether an email address is held at all
     * @param choices  the recorded choices per message class (true subscribed, false declined); absent means no choice
     * @param contacts the points of contact recorded for the person
     */
    public record Recipient(PersonKind kind, boolean hasEmail, Map<MessageClass, Boolean> choices,
                            Set<PointOfContactReason> contacts) {
        public Recipient {
            Objects.requireNonNull(kind, "kind");
            choices = Map.copyOf(choices);
            contacts = Set.copyOf(contacts);
        }
    }

    /** The answer and its reason, in words an operator can repeat to the person. */
    public record Decision(boolean allowed, String reason) {
    }

    private EmailEligibility() {
    }

    public static Decision decide(Recipient recipient, MessageClass messageClass) {
        Objects.requireNonNull(messageClass, "messageClass");
        String what = messageClass.label();
        if (!recipient.hasEmail()) {
            return new Decision(false, "No email address is held for this person.");
        }
        if (recipient.kind() != PersonKind.CUSTOMER && recipient.contacts().isEmpty()) {
            return new Decision(false, "Not a customer, and no point of contact is recorded (product ordered, trial "
                    + "license issued, technical support requested or information requested), so the vendor may "
                    + "not write to this person (P10).");
        }
        String basis = recipient.kind() == PersonKind.CUSTOMER
                ? "a customer"
                : "a point of contact (" + reasons(recipient.contacts()) + ")";
        if (messageClass.mandatory()) {
            return new Decision(true, capitalised(what) + " are mandatory service messages and always go to "
                    + basis + " (P9).");
        }
        if (Boolean.FALSE.equals(recipient.choices().get(messageClass))) {
            return new Decision(false, "The person declined " + what + " (P9).");
        }
        return new Decision(true, "The person is " + basis + " and has not declined " + what + ".");
    }

    private static String reasons(Set<PointOfContactReason> contacts) {
        return contacts.stream().sorted().map(PointOfContactReason::label).collect(Collectors.joining(", "));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
