package se.namndkoll.service.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import se.namndkoll.service.check.InputError;

/**
 * The texts of errors in Swedish ({@code messages/problems.properties}, the default) and English
 * ({@code messages/problems_en.properties}). Placeholders name their arguments: {@code {max}}.
 */
@Component
public class ProblemTexts {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ProblemTexts() {
        source.setBasename("messages/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
    }

    /** Swedish unless the locale is English. */
    public static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }

    public boolean has(String key, Locale locale) {
        try {
            source.getMessage(key, null, language(locale));
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    public String text(String key, Map<String, ?> args, Locale locale) {
        Locale language = language(locale);
        String template = source.getMessage(key, null, key, language);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(format(value, language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What is wrong with one input value, in words ("Ogiltigt datum 2020-13-45. Ange …"). */
    public String errorText(InputError error, Locale locale) {
        Map<String, Object> args = new LinkedHashMap<>(error.args());
        if (args.get("expected") instanceof String expected) {
            args.put("expected", "type." + expected);
        }
        String key = "error." + error.code();
        if (!has(key, locale)) {
            key = "error.constraint";
            args.put("constraint", error.code());
        }
        return text(key, args, locale);
    }

    private String format(Object value, Locale language) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> format(v, language)).collect(Collectors.joining(", "));
        }
        if (value instanceof String s && s.startsWith("type.")) {
            return source.getMessage(s, null, s, language);
        }
        String text = value.toString();
        // A value echoed from the input (an id, a date) is shown in part: a 9 MB id is not repeated.
        return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text;
    }

    /** Characters of an input value repeated in an error text at most. */
    static final int MAX_ECHO = 200;
}
