package rs.iom.hub.i18n;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Dates written the way each language writes them, from patterns and month names in the message file rather than
 * from the JDK's locale data (which differs between JDK versions): Serbian {@code 4. mart 2022.}, English
 * {@code 4 March 2022}.
 *
 * <p>Message keys: {@code date.pattern} with the placeholders {@code {day}}, {@code {month}} and {@code {year}};
 * {@code date.months}, the twelve month names.</p>
 */
public final class LocalizedDates {
    private final String pattern;
    private final List<String> months;

    public LocalizedDates(Messages messages) {
        Objects.requireNonNull(messages, "messages");
        this.pattern = messages.text("date.pattern");
        this.months = messages.list("date.months");
        if (months.size() != 12) {
            throw new IllegalArgumentException(messages.source() + ": date.months must list 12 month names but lists "
                    + months.size());
        }
    }

    /** {@code date} in the long form of the language. */
    public String format(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return pattern.replace("{day}", Integer.toString(date.getDayOfMonth()))
                .replace("{month}", months.get(date.getMonthValue() - 1))
                .replace("{year}", Integer.toString(date.getYear()));
    }
}
