package rs.iom.hub.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the size of a file as a reader should see it next to a link to it ("1,2 MB" in Serbian, "1.2 MB" in
 * English). Why: a reader on a phone plan decides whether to download a report by its size, and a size is only read
 * at a glance when it is short and written the way the page's language writes numbers.
 *
 * <p>The rules, so that the same file always shows the same size:</p>
 * <ul>
 *   <li>units of 1,024: 1 kB = 1,024 bytes, 1 MB = 1,024 kB, 1 GB = 1,024 MB — the sizes Windows shows staff for the
 *       same file;</li>
 *   <li>the largest unit in which the size is at least 1 (below 1,024 bytes: bytes);</li>
 *   <li>below 10 of the unit, one decimal, dropped when it is 0 ("1,2 MB", "1 MB"); from 10 on, whole numbers
 *       ("12 MB", "340 kB"); half a unit rounds up;</li>
 *   <li>a size that rounds to 1,024 of a unit is written as 1 of the next ("1 MB", not "1024 kB");</li>
 *   <li>the number in the conventions of the edition's language (ICU: decimal comma in Serbian, point in English),
 *       without grouping (a number below 1,024 needs none);</li>
 *   <li>the unit from the message file: {@code file.bytes}, {@code file.kilobytes}, {@code file.megabytes},
 *       {@code file.gigabytes}, each a pattern with {@code {size}} ({@code "{size} MB"}).</li>
 * </ul>
 */
public final class FileSizes {
    private static final BigDecimal UNIT = BigDecimal.valueOf(1024);
    private static final String[] KEYS = {"file.bytes", "file.kilobytes", "file.megabytes", "file.gigabytes"};

    private FileSizes() {
    }

    /** The size of a file of {@code bytes} bytes, with the unit patterns of {@code messages}, for {@code locale}. */
    public static String format(long bytes, Messages messages, Locale locale) {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(locale, "locale");
        Size size = size(bytes);
        LocalizedNumberFormatter number = NumberFormatter.withLocale(ULocale.forLocale(locale))
                .grouping(NumberFormatter.GroupingStrategy.OFF).precision(Precision.maxFraction(1));
        return messages.text(KEYS[size.unit()]).replace("{size}", number.format(size.value()).toString());
    }

    /**
     * A size as a number of a unit.
     *
     * @param value the number, rounded as the class comment says
     * @param unit  0 bytes, 1 kB, 2 MB, 3 GB
     */
    record Size(BigDecimal value, int unit) {
    }

    /** {@code bytes} as a number of the unit it is written in, rounded. */
    static Size size(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative but is " + bytes);
        }
        int unit = 0;
        BigDecimal value = BigDecimal.valueOf(bytes);
        while (unit < KEYS.length - 1 && value.compareTo(UNIT) >= 0) {
            value = value.divide(UNIT); // exact: a power of two has a finite decimal inverse
            unit++;
        }
        value = rounded(value, unit);
        if (unit > 0 && unit < KEYS.length - 1 && value.compareTo(UNIT) >= 0) {
            value = rounded(value.divide(UNIT), ++unit); // 1023.6 kB rounds to 1024 kB: 1 MB
        }
        return new Size(value, unit);
    }

    private static BigDecimal rounded(BigDecimal value, int unit) {
        int decimals = unit > 0 && value.compareTo(BigDecimal.TEN) < 0 ? 1 : 0;
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
