package se.namndkoll.rules.engine;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Swedish and English texts of every rule: titles ({@code RULE-ID.title}) and one message per
 * outcome ({@code RULE-ID.variant}). Templates name their facts: {@code {present}}; {@code {share%}}
 * formats a 0–1 fraction as a percentage; a {@link Month} reads as the month's name ("januari"). A
 * part of a template in double brackets is said only when every fact it names is known:
 * {@code "Protokollet[[ från sammanträdet {meetingDate}]] redovisar inte …"} reads "Protokollet
 * redovisar inte …" for a protocol whose date was not read.
 */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BASE = "se/namndkoll/rules/messages/findings";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(%?)}");

    private final Properties swedish;
    private final Properties english;
    private final Map<String, Template> swedishTemplates = new ConcurrentHashMap<>();
    private final Map<String, Template> englishTemplates = new ConcurrentHashMap<>();

    /** NumberFormat is not thread-safe and costly to build: one per thread, language and öre. */
    private static final ThreadLocal<NumberFormat[]> NUMBER_FORMATS = ThreadLocal.withInitial(() -> new NumberFormat[4]);

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
        Template template = template(key, locale);
        if (template.fixed != null) {
            return template.fixed;
        }
        StringBuilder out = new StringBuilder(template.length + 32 * template.names.length);
        requireSupplied(key, template, facts);
        render(template, facts, locale, out);
        return out.toString();
    }

    /** A template's text filled from {@code facts} (for tests of the template syntax). */
    static String fill(String text, Map<String, Object> facts, Locale locale) {
        StringBuilder out = new StringBuilder();
        Template template = Template.parse(text);
        requireSupplied(text, template, facts);
        render(template, facts, locale, out);
        return out.toString();
    }

    /** Every fact a template names outside its optional parts must be supplied (a fact an optional part names may be absent). */
    private static void requireSupplied(String key, Template template, Map<String, Object> facts) {
        for (int i = 0; i < template.names.length; i++) {
            if (template.optional[i] == null && !facts.containsKey(template.names[i])) {
                throw new IllegalStateException("Message " + key + " names {" + template.names[i] + "}, which the rule did not supply");
            }
        }
    }

    private static void render(Template template, Map<String, Object> facts, Locale locale, StringBuilder out) {
        for (int i = 0; i < template.names.length; i++) {
            out.append(template.literals[i]);
            Template optional = template.optional[i];
            if (optional != null) {
                if (optional.allKnown(facts)) {
                    render(optional, facts, locale, out);
                }
                continue;
            }
            out.append(format(facts.get(template.names[i]), template.percent[i], locale));
        }
        out.append(template.literals[template.names.length]);
    }

    /**
     * The template of {@code key}, parsed once: the placeholder pattern used to be matched on every
     * render, which cost more than the rule that reported the finding (docs/performance.md).
     */
    private Template template(String key, Locale locale) {
        boolean english = ENGLISH.getLanguage().equals(locale.getLanguage());
        Map<String, Template> cache = english ? englishTemplates : swedishTemplates;
        Template template = cache.get(key);
        if (template == null) {
            String text = bundle(locale).getProperty(key);
            if (text == null) {
                throw new IllegalStateException("No " + locale.getLanguage() + " message for " + key);
            }
            template = Template.parse(text);
            cache.putIfAbsent(key, template);
        }
        return template;
    }

    /**
     * A message template split at its placeholders: literals[i] name[i] literals[i+1] ... An
     * optional part ("[[ … ]]") stands in the place of a placeholder, as {@code optional[i]}, with
     * the names it holds listed in {@code names[i]} joined by commas.
     */
    private static final class Template {
        final String[] literals;
        final String[] names;
        final boolean[] percent;
        final Template[] optional;
        final int length;
        /** The whole text when it has no placeholder. */
        final String fixed;

        private Template(List<String> literals, List<String> names, List<Boolean> percent, List<Template> optional, int length) {
            this.literals = literals.toArray(String[]::new);
            this.names = names.toArray(String[]::new);
            this.percent = new boolean[percent.size()];
            for (int i = 0; i < this.percent.length; i++) {
                this.percent[i] = percent.get(i);
            }
            this.optional = optional.toArray(Template[]::new);
            this.length = length;
            this.fixed = this.names.length == 0 ? this.literals[0] : null;
        }

        /** Whether every fact this template names is known (not null). */
        boolean allKnown(Map<String, Object> facts) {
            for (int i = 0; i < names.length; i++) {
                if (optional[i] != null ? !optional[i].allKnown(facts) : facts.get(names[i]) == null) {
                    return false;
                }
            }
            return true;
        }

        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Boolean> percent = new ArrayList<>();
            List<Template> optional = new ArrayList<>();
            int at = 0;
            while (at <= text.length()) {
                int open = text.indexOf("[[", at);
                Matcher m = PLACEHOLDER.matcher(text);
                boolean placeholder = m.find(at) && (open < 0 || m.start() < open);
                if (placeholder) {
                    literals.add(text.substring(at, m.start()));
                    names.add(m.group(1));
                    percent.add(!m.group(2).isEmpty());
                    optional.add(null);
                    at = m.end();
                } else if (open >= 0) {
                    int close = text.indexOf("]]", open);
                    if (close < 0) {
                        throw new IllegalArgumentException("An optional part \"[[\" without its \"]]\" in: " + text);
                    }
                    Template inner = parse(text.substring(open + 2, close));
                    literals.add(text.substring(at, open));
                    names.add(String.join(",", inner.names));
                    percent.add(false);
                    optional.add(inner);
                    at = close + 2;
                } else {
                    break;
                }
            }
            literals.add(text.substring(Math.min(at, text.length())));
            return new Template(literals, names, percent, optional, text.length());
        }
    }

    private Properties bundle(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : swedish;
    }

    private static NumberFormat numberFormat(boolean swedish, boolean ore) {
        NumberFormat[] formats = NUMBER_FORMATS.get();
        int slot = (swedish ? 0 : 2) + (ore ? 1 : 0);
        NumberFormat nf = formats[slot];
        if (nf == null) {
            nf = NumberFormat.getNumberInstance(swedish ? SWEDISH : Locale.UK);
            nf.setMaximumFractionDigits(2);
            if (ore) {
                nf.setMinimumFractionDigits(2);
            }
            formats[slot] = nf;
        }
        return nf;
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
            boolean swedish = locale.getLanguage().equals("sv");
            // öre: "914 400,10", never "914 400,1"
            boolean ore = value instanceof BigDecimal amount && amount.stripTrailingZeros().scale() > 0;
            String s = numberFormat(swedish, ore).format(value);
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
