package com.custodia.ledger;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of strings in strictly ascending order that carries its canonical JSON.
 * The lists the ledger stores once and names by number (roles, categories, fields) recur in
 * entry after entry; a verification writes their JSON once per list instead of once per entry.
 */
final class CanonicalList extends AbstractList<String> implements RandomAccess {

    private final List<String> items;
    private final byte[] json;

    private CanonicalList(List<String> items) {
        this.items = items;
        this.json = new CanonicalBytes().strings(items).toByteArray();
    }

    /** The list with its JSON when it is strictly ascending (as entries keep their lists); otherwise the list as it is. */
    static List<String> of(List<String> values) {
        List<String> items = List.copyOf(values);
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).compareTo(items.get(i)) >= 0) {
                return items;
            }
        }
        return new CanonicalList(items);
    }

    /** The canonical JSON array in UTF-8, as {@link CanonicalBytes#strings} writes the items; not to be changed. */
    byte[] jsonBytes() {
        return json;
    }

    @Override
    public String get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
