package com.custodia.service.communications;

import com.custodia.domain.MessageClass;
import com.custodia.policy.EmailEligibility.Ground;
import java.util.EnumMap;
import java.util.Map;

/**
 * Who a message of one class may reach (P9, P10): every person counted once, under the ground
 * the rule gives for them.
 *
 * @param persons every person held
 * @param counts  how many persons each ground covers; absent grounds count zero
 */
public record Audience(MessageClass messageClass, long persons, Map<Ground, Long> counts) {

    public Audience {
        EnumMap<Ground, Long> all = new EnumMap<>(Ground.class);
        for (Ground g : Ground.values()) {
            all.put(g, counts.getOrDefault(g, 0L));
        }
        counts = Map.copyOf(all);
    }

    public long count(Ground ground) {
        return counts.get(ground);
    }

    /** The persons the message may go to. */
    public long eligible() {
        return count(Ground.MANDATORY) + count(Ground.NOT_DECLINED);
    }

    /** The persons it may not go to, whatever the reason. */
    public long excluded() {
        return persons - eligible();
    }
}
