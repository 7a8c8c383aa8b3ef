package com.custodia.ui.communications;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.MessageClass;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** The Communications screen's words, from its resource bundle; shared by the view model and the view. */
public final class CommunicationsText {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle bundle;
    private final NumberFormat percent;

    public CommunicationsText(ResourceBundle bundle) {
        this.bundle = bundle;
        this.percent = NumberFormat.getPercentInstance(bundle.getLocale());
        this.percent.setMaximumFractionDigits(1);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** "feature news", as sentences use it. */
    public String messageClass(MessageClass messageClass) {
        return bundle.getString("class." + messageClass.name());
    }

    /** "Feature news (optional)", as the class chooser lists it. */
    public String choice(MessageClass messageClass) {
        return format(messageClass.mandatory() ? "choice.mandatory" : "choice.optional",
                bundle.getString("class." + messageClass.name() + ".title"));
    }

    public String basis(LegalBasis basis) {
        return bundle.getString("basis." + basis.name());
    }

    /** A share of everyone held, to a tenth of a percent: "72.8%". */
    public String percent(double share) {
        return percent.format(share);
    }

    String time(Instant instant) {
        return SECOND.format(instant);
    }
}
