package com.custodia.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a {@link HistoryTracked} entity that the change history leaves out: values derived
 * from other fields (search keys) or bookkeeping that changes with every save (updated at).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotInHistory {
}
