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

    /** Why the answer is what it is, for counting the answers of many persons (a mailing's audience). */
    public enum Ground {
        /** Allowed: a mandatory service message to a customer or a point of contact. */
        MANDATORY,
        /** Allowed: an optional message the person has not declined. */
        NOT_DECLINED,
        /** Refused: no email address is held. */
        NO_EMAIL,
        /** Refused: not a customer, and no point of contact is recorded (P10). */
        NO_POINT_OF_CONTACT,
        /** Refused: the person declined this optional class (P9). */
        DECLINED;

        public boolean allowed() {
            return this == MANDATORY || this == NOT_DECLINED;
        }
    }

    /** The answer, its ground, and its reason in words an operator can repeat to the person. */
    public record Decision(boolean allowed, Ground ground, String reason) {
    }

    private EmailEligibility() {
    }

    public static Decision decide(Recipient recipient, MessageClass messageClass) {
        Ground ground = ground(recipient.kind(), recipient.hasEmail(), !recipient.contacts().isEmpty(),
                recipient.choices().get(messageClass), messageClass);
        String what = messageClass.label();
        String basis = recipient.kind() == PersonKind.CUSTOMER
                ? "a customer"
                : "a point of contact (" + reasons(recipient.contacts()) + ")";
        return switch (ground) {
            case NO_EMAIL -> new Decision(false, ground, "No email address is held for this person.");
            case NO_POINT_OF_CONTACT -> new Decision(false, ground, "Not a customer, and no point of contact is "
                    + "recorded (product ordered, trial license issued, technical support requested or information "
                    + "requested), so the vendor may not write to this person (P10).");
            case MANDATORY -> new Decision(true, ground, capitalised(what)
                    + " are mandatory service messages and always go to " + basis + " (P9).");
            case DECLINED -> new Decision(false, ground, "The person declined " + what + " (P9).");
            case NOT_DECLINED -> new Decision(true, ground, "The person is " + basis + " and has not declined "
                    + what + ".");
        };
    }

    /**
     * The rule itself, on the few facts it needs, for deciding about many persons at once (a
     * mailing's audience) without building a {@link Recipient} for each.
     *
     * @param choice the person's recorded choice for the class (true subscribed, false declined), or null
     */
    public static Ground ground(PersonKind kind, boolean hasEmail, boolean hasPointOfContact, Boolean choice,
                                MessageClass messageClass) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageClass, "messageClass");
        if (!hasEmail) {
            return Ground.NO_EMAIL;
        }
        if (kind != PersonKind.CUSTOMER && !hasPointOfContact) {
            return Ground.NO_POINT_OF_CONTACT;
        }
        if (messageClass.mandatory()) {
            return Ground.MANDATORY;
        }
        return Boolean.FALSE.equals(choice) ? Ground.DECLINED : Ground.NOT_DECLINED;
    }

    private static String reasons(Set<PointOfContactReason> contacts) {
        return contacts.stream().sorted().map(PointOfContactReason::label).collect(Collectors.joining(", "));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
