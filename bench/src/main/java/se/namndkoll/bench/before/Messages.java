// Copied unchanged (but for the package) from rules/ at the commit the perf branch started from: the "before" of OptimisationsBenchmark.
package se.namndkoll.bench.before;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Swedish and English texts of every rule: titles ({@code RULE-ID.title}) and one message per
 * outcome ({@code RULE-ID.variant}). Templates name their facts: {@code {present}}; {@code {share%}}
 * formats a 0–1 fraction as a percentage; a {@link Month} reads as the month's name ("januari").
 */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BASE = "se/namndkoll/rules/messages/findings";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(%?)}");

    private final Properties swedish;
    private final Properties english;

    private Messages(Properties swedish, Properties english) {
        this.swedish = swedish;
        this.english = english;
    }

    public static Messages load() {
        return new Messages(read(BASE + "_sv.properties"), read(BASE + "_en.properties"));
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public boolean has(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    public java.util.Set<String> keys(Locale locale) {
        return bundle(locale).stringPropertyNames();
    }

    /** The text for {@code key} with its placeholders filled from {@code facts}. */
    public String render(String key, Map<String, Object> facts, Locale locale) {
        String template = bundle(locale).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("No " + locale.getLanguage() + " message for " + key);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!facts.containsKey(name)) {
                throw new IllegalStateException("Message " + key + " names {" + name + "}, which the rule did not supply");
            }
            String value = format(facts.get(name), !m.group(2).isEmpty(), locale);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Properties bundle(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : swedish;
    }

    static String format(Object value, boolean percent, Locale locale) {
        if (value == null) {
            return locale.getLanguage().equals("sv") ? "uppgift saknas" : "not stated";
        }
        if (percent && value instanceof Number n) {
            BigDecimal pct = new BigDecimal(n.toString()).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return pct.toPlainString().replace('.', locale.getLanguage().equals("sv") ? ',' : '.') + " %";
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
            NumberFormat nf = NumberFormat.getNumberInstance(locale.getLanguage().equals("sv") ? SWEDISH : Locale.UK);
            nf.setMaximumFractionDigits(2);
            if (value instanceof BigDecimal amount && amount.stripTrailingZeros().scale() > 0) {
                nf.setMinimumFractionDigits(2); // öre: "914 400,10", never "914 400,1"
            }
            String s = nf.format(value);
            // Swedish grouping uses a no-break space; a plain space reads the same and copies cleanly.
            return s.replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        if (value instanceof Month month) {
            return month.getDisplayName(TextStyle.FULL, locale.getLanguage().equals("sv") ? SWEDISH : Locale.UK);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> format(v, false, locale)).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
